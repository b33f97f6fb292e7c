// Finds what a report asks for. Three readers, tried in order of how explicit the report is:
//   lists under item headings ("Recommendations", "What needs to improve", "Areas for priority action"),
//   tables of past outcomes (tab-separated cells with a year per column),
//   and, only when neither finds anything, requirements reported in prose ("Ofsted said leaders must…").
import type { Block, CleanDocument } from './clean.js';
import { allowsParagraphItems, itemKindOfHeading } from './headings.js';
import type { MappedText } from './mapped.js';
import { proseRequirements } from './prose.js';
import { tableItems } from './table.js';
import type { InspectionKind } from '../model/values.js';
import type { ExtractedItem, ItemExtraction, ItemKind } from './types.js';

export interface ExtractContext {
  year: number;
  inspectionKind: InspectionKind;
}

export function extractItems(doc: CleanDocument, context: ExtractContext): ItemExtraction {
  const lists = listItems(doc, context);
  const tables = tableItems(doc, context.year);
  const items = [...lists.items, ...tables.items].sort((a, b) => a.line - b.line);
  const itemBlocks = new Set([...lists.itemBlocks, ...tables.itemBlocks]);
  if (items.length) return { items, itemBlocks };
  return proseRequirements(doc);
}

interface Section {
  kind: ItemKind;
  heading: string;
  mode: 'undecided' | 'numbered' | 'bulleted' | 'paragraphs';
  position: number;
  /** Prose blocks appended to the current numbered item since its number. */
  continuations: number;
}

interface Draft {
  parts: MappedText[];
  kind: ItemKind;
  number: number;
  locator: string;
  line: number;
  blocks: Block[];
}

/** Numbered or bulleted lists (and plain paragraphs under improvement headings) in item sections. */
function listItems(doc: CleanDocument, context: ExtractContext): ItemExtraction {
  const drafts: Draft[] = [];
  let section: Section | null = null;
  let current: Draft | null = null;
  const start = (block: Block, number: number, locator: string) => {
    current = { parts: [block.content], kind: section!.kind, number, locator, line: block.firstLine, blocks: [block] };
    drafts.push(current);
    section!.continuations = 0;
  };
  const extend = (block: Block) => {
    current!.parts.push(block.content);
    current!.blocks.push(block);
  };

  for (const block of doc.blocks) {
    if (block.table) continue;
    if (block.heading) {
      const kind = itemKindOfHeading(block.content.clean, context.inspectionKind === 'COMMISSIONER_REVIEW');
      section = kind ? { kind, heading: block.content.clean, mode: 'undecided', position: 0, continuations: 0 } : null;
      current = null;
      continue;
    }
    if (!section) continue;
    const s: Section = section;
    if (block.number !== null && s.mode !== 'bulleted') {
      s.mode = 'numbered';
      s.position++;
      start(block, block.number, `${s.heading}, ${block.number}`);
    } else if (block.bullet && s.mode === 'numbered' && current) {
      // Sub-points of a numbered recommendation belong to it.
      extend(block);
    } else if (block.bullet && (s.mode === 'undecided' || s.mode === 'bulleted')) {
      s.mode = 'bulleted';
      s.position++;
      start(block, s.position, `${s.heading}, bullet ${s.position}`);
    } else if (s.mode === 'numbered' && current && s.continuations < 3 && continuesItem(block.content.text)) {
      // A numbered recommendation can run on for a paragraph or two (and introduce its own sub-points).
      s.continuations++;
      extend(block);
    } else if (
      (s.mode === 'undecided' || s.mode === 'paragraphs') &&
      allowsParagraphItems(s.kind) &&
      !/:\s*$/.test(block.content.text)
    ) {
      s.mode = 'paragraphs';
      s.position++;
      start(block, s.position, `${s.heading}, paragraph ${s.position}`);
    } else if (s.mode !== 'undecided') {
      // Prose after a list ends the section.
      section = null;
      current = null;
    }
  }
  const items = drafts.map((d) => draftToItem(d, doc.original));
  return { items, itemBlocks: new Set(drafts.flatMap((d) => d.blocks)) };
}

/**
 * Prose after a numbered item still belongs to it when it carries on asking ("Targets must then be set…"),
 * introduces sub-points ("…through the following work:") or continues a sentence; a letter's closing
 * ("I am copying this letter…", "Yours sincerely") does not.
 */
function continuesItem(text: string): boolean {
  return (
    /:\s*$/.test(text) ||
    /^[a-z]/.test(text) ||
    /\b(?:must|should|needs? to|will need to|is required to|are required to)\b/i.test(text)
  );
}

function draftToItem(d: Draft, original: string): ExtractedItem {
  const text = d.parts.map((p) => p.clean).join(' ');
  return {
    text,
    kind: d.kind,
    number: d.number,
    locator: d.locator,
    quote: longestQuote(d.parts, original),
    line: d.line,
    method: 'LIST',
  };
}

/** The longest verbatim quote among an item's parts. */
export function longestQuote(parts: readonly MappedText[], original: string): string {
  return parts.map((p) => p.quote(original)).reduce((a, b) => (b.length > a.length ? b : a), '');
}
