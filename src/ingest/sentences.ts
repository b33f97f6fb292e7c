// Sentence splitting (Intl.Segmenter, the platform's Unicode sentence rules) that keeps the map to the
// original text, plus the document's sentences with their locators.
import type { CleanDocument } from './clean.js';
import type { MappedText } from './mapped.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// The Unicode rules break after "e.g." or "Mr." followed by a capital; such a break is undone.
const ABBREVIATION_END = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|No|St|vs|cf|para|paras|approx)\.\s*$/i;

export function sentences(text: MappedText): MappedText[] {
  const out: MappedText[] = [];
  let start = 0;
  for (const { index } of segmenter.segment(text.text)) {
    if (index === 0 || ABBREVIATION_END.test(text.text.slice(start, index))) continue;
    out.push(text.slice(start, index));
    start = index;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export interface LocatedSentence {
  text: MappedText;
  /** Where it stands: the block's locator (section heading and paragraph). */
  locator: string;
  /** 1-based line of the original where its block starts. */
  line: number;
  /** The heading it sits under ('' before the first). */
  heading: string;
  /** Position in the document, for "the first sentence that…" rules. */
  order: number;
}

/** Every sentence of the document's headings, prose and list blocks, in reading order (tables left out). */
export function documentSentences(doc: CleanDocument): LocatedSentence[] {
  const out: LocatedSentence[] = [];
  let heading = '';
  let paragraph = 0;
  let bullet = 0;
  for (const block of doc.blocks) {
    let locator: string;
    if (block.heading) {
      // A heading is a sentence too: a press release's title states its news ("X appointed as …").
      heading = block.content.clean;
      paragraph = 0;
      bullet = 0;
      locator = `heading "${heading.length > 60 ? `${heading.slice(0, 59)}…` : heading}"`;
    } else if (block.table) {
      continue;
    } else if (block.number !== null) {
      locator = `paragraph ${block.number}`;
    } else {
      const where = heading || 'Introduction';
      locator = block.bullet ? `${where}, bullet ${++bullet}` : `${where}, paragraph ${++paragraph}`;
    }
    for (const text of sentences(block.content))
      out.push({ text, locator, line: block.firstLine, heading, order: out.length });
  }
  return out;
}
