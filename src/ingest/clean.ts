// Cleanup of PDF-extracted or markdown report text into blocks (paragraphs, list items, headings, table
// rows). Removes page numbers, footnotes, running headers and markup; rejoins words broken across lines and
// paragraphs broken across pages. Every block keeps a map back to the original (see mapped.ts).
import { MappedBuilder, type MappedText } from './mapped.js';

export interface Block {
  content: MappedText;
  /** 1-based line numbers in the original file. */
  firstLine: number;
  lastLine: number;
  /** The number a list item or numbered paragraph starts with ("12." → 12). */
  number: number | null;
  bullet: boolean;
  heading: boolean;
  /** A row of tab-separated cells (tabs are kept in the content). */
  table: boolean;
}

export interface CleanDocument {
  original: string;
  blocks: Block[];
  /** Lines removed as noise, by kind, for the summary. */
  removed: { pageNumbers: number; footnoteLines: number; runningHeaders: number; hyphenJoins: number };
}

type LineKind = 'text' | 'blank' | 'page-number' | 'footnote' | 'running-header';

interface Line {
  index: number;
  start: number;
  text: string;
  kind: LineKind;
}

const PAGE_NUMBER = /^\s*(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\s*$/i;
const FOOTNOTE_RULE = /^[ \u00a0_\u2014-]{15,}$/;
const FOOTNOTE_START = /^\s*(\d{1,2})\s+\S/;
const ENDS_SENTENCE = /[.!?:;]["'\u2019\u201d)]*\s*$/;
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+/;
const BULLET = /^\s*(?:[-*\u2022\u25aa\u25a0\u25cf\u25e6\u2023\u2013\uf000-\uf0ff])\s+/;
const NUMBERED = /^\s*\(?(\d{1,3})[.)]\s+(?=\S)/;
const KEEP_HYPHEN_PREFIXES = new Set([
  'multi',
  'self',
  'non',
  'pre',
  'post',
  'co',
  'cross',
  'inter',
  'well',
  'single',
  'long',
  'short',
  'high',
  'low',
  'out',
  'sub',
  'semi',
  'under',
  'over',
  'two',
  'three',
  'four',
  'five',
  'six',
  'half',
  'full',
  'part',
  'step',
  'face',
  'care',
  'year',
  'child',
]);

export function cleanDocument(original: string): CleanDocument {
  const lines = classifyLines(original);
  const footnoteNumbers = new Set<string>();
  for (const line of lines) {
    const m = line.kind === 'footnote' ? FOOTNOTE_START.exec(line.text) : null;
    if (m) footnoteNumbers.add(m[1]!);
  }
  const compounds = hyphenatedForms(original);
  const removed = {
    pageNumbers: lines.filter((l) => l.kind === 'page-number').length,
    footnoteLines: lines.filter((l) => l.kind === 'footnote').length,
    runningHeaders: lines.filter((l) => l.kind === 'running-header').length,
    hyphenJoins: 0,
  };

  const blocks: Block[] = [];
  let builder: MappedBuilder | null = null;
  let meta: Omit<Block, 'content' | 'heading'> & { markdownHeading: boolean; bold: boolean } = emptyMeta(0);
  let lastText: Line | null = null;
  let gap: 'none' | 'blank' | 'noise' = 'none';

  const close = () => {
    if (!builder) return;
    // Table rows keep leading tabs: an empty first cell still counts as a column.
    const content = meta.table ? builder.build() : builder.build().trim();
    if (content.length) {
      const heading =
        meta.markdownHeading ||
        (meta.firstLine === meta.lastLine &&
          !meta.number &&
          !meta.bullet &&
          !meta.table &&
          (meta.bold || headingLike(content.text)));
      blocks.push({
        content,
        firstLine: meta.firstLine,
        lastLine: meta.lastLine,
        number: meta.number,
        bullet: meta.bullet,
        heading,
        table: meta.table,
      });
    }
    builder = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') {
      if (gap === 'none') gap = 'blank';
      continue;
    }
    if (line.kind !== 'text') {
      gap = 'noise';
      continue;
    }
    const shape = lineShape(line.text);
    const next = nextTextOrGap(lines, i);
    const prevEnds = lastText ? ENDS_SENTENCE.test(lastText.text) : true;
    const startsNew =
      !builder ||
      shape.markdownHeading ||
      shape.bullet ||
      shape.table ||
      meta.table ||
      meta.markdownHeading ||
      (shape.number !== null && (prevEnds || gap !== 'none')) ||
      (gap !== 'none' && !continuesAcrossGap(lastText!.text, shape.body)) ||
      (gap === 'none' && prevEnds && headingLike(shape.body.trim()) && next !== 'text');
    let body = shape;
    if (startsNew) {
      close();
      builder = new MappedBuilder();
      meta = {
        ...emptyMeta(line.index + 1),
        number: shape.number,
        bullet: shape.bullet,
        table: shape.table,
        markdownHeading: shape.markdownHeading,
        bold: shape.bold,
      };
    } else {
      // A continuation line keeps any number it starts with ("…aged\n18 to 25") as text.
      body = { ...lineShape(''), body: line.text, offset: 0 };
      const b = builder!;
      if (gap === 'noise') b.breakHere();
      if (/[A-Za-z]-$/.test(b.text) && /^\s*[a-z]/.test(line.text)) {
        // A word split with a hyphen at the line end: rejoin it, or keep a real compound ("multi-agency").
        b.breakHere();
        const head = /([A-Za-z]+)-$/.exec(b.text)![1]!;
        const tail = /^\s*([a-z]+)/.exec(line.text)![1]!;
        if (!keepHyphen(head, tail, compounds)) {
          b.pop();
          removed.hyphenJoins++;
        }
      } else {
        b.push(' ', line.start - 1);
      }
      meta.lastLine = line.index + 1;
      meta.bold = false;
    }
    appendLine(builder!, line, body, footnoteNumbers);
    lastText = line;
    gap = 'none';
  }
  close();
  return { original, blocks, removed };
}

function emptyMeta(firstLine: number) {
  return {
    firstLine,
    lastLine: firstLine,
    number: null as number | null,
    bullet: false,
    table: false,
    markdownHeading: false,
    bold: false,
  };
}

/** Page numbers, footnotes (after a footnote rule) and running headers beside page numbers are noise. */
function classifyLines(original: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  original.split('\n').forEach((raw, index) => {
    const text = raw.replace(/[\r\f]/g, ' ');
    lines.push({ index, start, text, kind: text.trim() === '' ? 'blank' : 'text' });
    start += raw.length + 1;
  });
  for (const line of lines) if (line.kind === 'text' && PAGE_NUMBER.test(line.text)) line.kind = 'page-number';

  // Footnotes: a rule of spaces or underscores, then "N text…" lines until one ends a sentence.
  for (let i = 0; i < lines.length; i++) {
    if (!FOOTNOTE_RULE.test(lines[i]!.text) && !(lines[i]!.kind === 'blank' && /^ {15,}$/.test(lines[i]!.text)))
      continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.kind === 'blank') j++;
    let taken = 0;
    while (j < lines.length && FOOTNOTE_START.test(lines[j]!.text) && lines[j]!.kind === 'text') {
      // One footnote: its lines (blank lines inside allowed) until a sentence ends, at most eight lines.
      for (let n = 0; j < lines.length && n < 8; j++) {
        const l = lines[j]!;
        if (l.kind === 'blank') continue;
        if (l.kind !== 'text') break;
        l.kind = 'footnote';
        taken++;
        n++;
        if (ENDS_SENTENCE.test(l.text)) {
          j++;
          break;
        }
      }
      while (j < lines.length && lines[j]!.kind === 'blank') j++;
    }
    if (taken) i = j - 1;
  }

  // Running headers and footers: the same short line at least three times, once beside a page number.
  const counts = new Map<string, number>();
  for (const l of lines)
    if (l.kind === 'text' && !l.text.includes('\t')) counts.set(l.text.trim(), (counts.get(l.text.trim()) ?? 0) + 1);
  const nearPageNumber = new Set<string>();
  lines.forEach((l, i) => {
    if (l.kind !== 'page-number') return;
    for (const d of [-2, -1, 1, 2]) {
      const n = lines[i + d];
      if (n?.kind === 'text') nearPageNumber.add(n.text.trim());
    }
  });
  for (const l of lines) {
    const key = l.text.trim();
    if (l.kind === 'text' && key.length >= 8 && (counts.get(key) ?? 0) >= 3 && nearPageNumber.has(key))
      l.kind = 'running-header';
  }
  return lines;
}

interface Shape {
  /** The line without its list or heading marker. */
  body: string;
  /** Where body starts in the line. */
  offset: number;
  number: number | null;
  bullet: boolean;
  markdownHeading: boolean;
  bold: boolean;
  table: boolean;
}

function lineShape(text: string): Shape {
  let offset = 0;
  let markdownHeading = false;
  let bullet = false;
  let number: number | null = null;
  const heading = MARKDOWN_HEADING.exec(text);
  if (heading) {
    markdownHeading = true;
    offset = heading[0].length;
  } else {
    const b = BULLET.exec(text);
    if (b) {
      bullet = true;
      offset = b[0].length;
    } else {
      const n = NUMBERED.exec(text);
      if (n) {
        number = Number(n[1]);
        offset = n[0].length;
      }
    }
  }
  const body = text.slice(offset);
  const bold = /^\s*\*\*[^*]+\*\*\s*$/.test(body);
  return { body, offset, number, bullet, markdownHeading, bold, table: /\S[ \t]*\t[ \t]*\S/.test(text.trim()) };
}

/** Copies a line's body into the block, dropping inline markup and footnote markers (each a segment break). */
function appendLine(b: MappedBuilder, line: Line, shape: Shape, footnoteNumbers: ReadonlySet<string>): void {
  const text = line.text;
  const skip = new Map<number, number>(); // start → end of removed spans
  const mark = (re: RegExp, group = 0) => {
    for (const m of text.matchAll(re)) {
      const at = m.index + (group ? m[0].indexOf(m[group]!) : 0);
      if (at >= shape.offset) skip.set(at, at + m[group]!.length);
    }
  };
  mark(/\*\*|__/g);
  mark(/<\/?[a-zA-Z][^>]*>/g);
  mark(/\]\([^)]*\)/g);
  mark(/(?<=^|\s)\[(?=[^\]]*\]\()/g);
  if (footnoteNumbers.size) {
    for (const m of text.matchAll(/(?:[a-z\u2019')]|[a-z][,;:.])(\d{1,2})(?=[\s.,;:]|$)/g)) {
      const at = m.index + m[0].length - m[1]!.length;
      if (footnoteNumbers.has(m[1]!)) skip.set(at, at + m[1]!.length);
    }
  }
  let i = shape.offset;
  let pendingSpace = -1;
  while (i < text.length) {
    const end = skip.get(i);
    if (end !== undefined) {
      // HTML block tags separate cell items, so they become line breaks; other markup just disappears.
      if (/^<\/?(p|li|ul|ol|br|div|tr|td)\b/i.test(text.slice(i, end))) pendingSpace = -2;
      b.breakHere();
      i = end;
      continue;
    }
    const ch = text[i]!;
    if (ch === '\t') {
      while (b.length && b.last === ' ') b.pop();
      b.push('\t', line.start + i);
      pendingSpace = -1;
    } else if (/\s/.test(ch)) {
      if (pendingSpace === -1) pendingSpace = line.start + i;
    } else {
      if (pendingSpace === -2) {
        if (b.length && b.last !== '\t') b.push('\n', line.start + i);
      } else if (pendingSpace >= 0 && b.length && !/[\t\n ]/.test(b.last)) {
        b.push(' ', pendingSpace);
      }
      pendingSpace = -1;
      b.push(ch, line.start + i);
    }
    i++;
  }
}

function nextTextOrGap(lines: readonly Line[], i: number): 'text' | 'gap' {
  const next = lines[i + 1];
  return next && next.kind === 'text' ? 'text' : 'gap';
}

/** After a blank line or page break, a paragraph continues when it had not ended and the next line is lower-case. */
function continuesAcrossGap(previous: string, next: string): boolean {
  return !ENDS_SENTENCE.test(previous) && !/:\s*$/.test(previous) && /^\s*[a-z(]/.test(next);
}

/** Short, unpunctuated, capitalised lines read as headings ("Recommendations", "What needs to improve?"). */
export function headingLike(text: string): boolean {
  // Headings may be quoted ("‘Leaders do not know their services well enough’") or carry a note mark.
  const t = text
    .replace(/\*\*/g, '')
    .trim()
    .replace(/\s*\*+$/, '')
    .replace(/^["'\u2018\u201c](.*)["'\u2019\u201d]$/, '$1');
  if (t.length < 3 || t.length > 120 || t.includes('\t')) return false;
  if (!/^[\p{Lu}\d]/u.test(t) || /[.,;:!"'\u2019\u201d)]$/.test(t)) return false;
  if (t.split(/\s+/).length > 14) return false;
  if (/^(dear|yours|kind regards|best wishes)\b/i.test(t) || /@|www\.|https?:/.test(t)) return false;
  if (/^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$/.test(t)) return false;
  return true;
}

/** Hyphenated compounds the document uses elsewhere ("multi-agency"), to tell them from broken words. */
function hyphenatedForms(original: string): Set<string> {
  return new Set(original.toLowerCase().match(/[a-z]+(?:-[a-z]+)+/g) ?? []);
}

/** "multi-\nagency" stays hyphenated (a known compound or prefix); "recom-\nmendation" becomes one word. */
function keepHyphen(head: string, tail: string, hyphenated: ReadonlySet<string>): boolean {
  const h = head.toLowerCase();
  return hyphenated.has(`${h}-${tail.toLowerCase()}`) || KEEP_HYPHEN_PREFIXES.has(h);
}
