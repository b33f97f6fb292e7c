// Sentence splitting that keeps the map to the original text.
import type { MappedText } from './mapped.js';

const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|No|St|vs|cf|para|paras|approx)\.$/i;

/** Sentences of a text: a split after . ! or ? (and closing quotes) before a capital, not after an abbreviation. */
export function sentences(text: MappedText): MappedText[] {
  const out: MappedText[] = [];
  let start = 0;
  for (const m of text.text.matchAll(/(?<=[.!?]["'\u2019\u201d)]*)\s+(?=["'\u2018\u201c(]?[A-Z0-9])/g)) {
    if (ABBREVIATIONS.test(text.text.slice(Math.max(start, m.index - 6), m.index))) continue;
    out.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
