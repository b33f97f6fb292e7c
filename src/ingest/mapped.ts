// Cleaned text that remembers where every character came from in the original file. Cleanup removes page
// numbers, footnotes and markup and rejoins broken words, so cleaned text is not verbatim; each character
// keeps its original offset and a segment number that changes wherever something was removed or rejoined.
// A quote is then the longest stretch of one segment, sliced from the ORIGINAL text: verbatim by construction.
import { QuotedText } from '../text/normalise.js';

export class MappedText {
  constructor(
    readonly text: string,
    /** Offset in the original text of each character. */
    readonly origin: readonly number[],
    /** Characters with the same segment number are contiguous in the original (whitespace aside). */
    readonly segment: readonly number[],
  ) {}

  static readonly empty = new MappedText('', [], []);

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.origin.slice(start, end), this.segment.slice(start, end));
  }

  trim(): MappedText {
    const start = this.text.search(/\S/);
    if (start < 0) return MappedText.empty;
    const end = this.text.length - (this.text.length - this.text.trimEnd().length);
    return this.slice(start, end);
  }

  /** Pieces between matches of `separator` (which must be global), trimmed, empty ones dropped. */
  split(separator: RegExp): MappedText[] {
    const pieces: MappedText[] = [];
    let last = 0;
    for (const match of this.text.matchAll(separator)) {
      pieces.push(this.slice(last, match.index));
      last = match.index + match[0].length;
    }
    pieces.push(this.slice(last));
    return pieces.map((p) => p.trim()).filter((p) => p.length > 0);
  }

  /** Removes a leading pattern (anchored with ^), e.g. a list number. */
  stripStart(pattern: RegExp): MappedText {
    const match = pattern.exec(this.text);
    return match && match.index === 0 ? this.slice(match[0].length).trim() : this;
  }

  /** Removes a trailing pattern (anchored with $), e.g. a "(Recommendation)" marker. */
  stripEnd(pattern: RegExp): MappedText {
    const match = pattern.exec(this.text);
    return match ? this.slice(0, match.index).trim() : this;
  }

  /** The text for display: whitespace collapsed. */
  get clean(): string {
    return this.text.replace(/\s+/g, ' ').trim();
  }

  /**
   * The longest verbatim stretch of this text, taken from `original` with whitespace collapsed. It never
   * starts or ends inside a word that cleanup rejoined, and it is always findable in the original after
   * normaliseQuote.
   */
  quote(original: string): string {
    let best: [number, number] = [0, 0];
    let runStart = 0;
    for (let i = 1; i <= this.text.length; i++) {
      if (i === this.text.length || this.segment[i] !== this.segment[runStart]) {
        const [s, e] = wordAligned(this.text, runStart, i);
        if (e - s > best[1] - best[0]) best = [s, e];
        runStart = i;
      }
    }
    const [s, e] = sentenceAligned(this.text, best[0], best[1]);
    if (e <= s) return '';
    return original
      .slice(this.origin[s]!, this.origin[e - 1]! + 1)
      .replace(/\s+/g, ' ')
      .trim();
  }
}

/**
 * A quote cut short by a break reads better ending at a sentence end (and starting at a sentence start),
 * as long as that keeps at least half of it.
 */
function sentenceAligned(text: string, s: number, e: number): [number, number] {
  let start = s;
  let end = e;
  if (end < text.length) {
    const lastStop = Math.max(
      ...[...text.slice(start, end).matchAll(/[.!?]["'\u2019\u201d)]*(?=\s)/g)].map(
        (m) => start + m.index + m[0].length,
      ),
      -1,
    );
    if (lastStop > 0 && lastStop - start >= (end - start) / 2) end = lastStop;
  }
  if (start > 0 && !/^[\p{Lu}"'\u2018\u201c(]/u.test(text.slice(start, start + 1))) {
    const firstStart = /[.!?]["'\u2019\u201d)]*\s+(?=\p{Lu})/u.exec(text.slice(start, end));
    if (firstStart && end - (start + firstStart.index + firstStart[0].length) >= (end - start) / 2)
      start += firstStart.index + firstStart[0].length;
  }
  return [start, end];
}

/** Shrinks [s, e) so it neither starts nor ends part-way through a word of `text`. */
function wordAligned(text: string, s: number, e: number): [number, number] {
  // A hyphen counts as part of a word, so a quote never starts with the tail of "multi-agency".
  const isWord = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}-]/u.test(text[i]!);
  let start = s;
  let end = e;
  if (isWord(start) && isWord(start - 1)) while (start < end && isWord(start)) start++;
  if (isWord(end - 1) && isWord(end)) while (end > start && isWord(end - 1)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Appends characters with their origin; `breakHere` starts a new segment. */
export class MappedBuilder {
  private chars = '';
  private readonly origin: number[] = [];
  private readonly segment: number[] = [];
  private current = 0;

  get length(): number {
    return this.chars.length;
  }

  get text(): string {
    return this.chars;
  }

  get last(): string {
    return this.chars.at(-1) ?? '';
  }

  push(ch: string, originOffset: number): void {
    this.chars += ch;
    this.origin.push(originOffset);
    this.segment.push(this.current);
  }

  pop(): void {
    this.chars = this.chars.slice(0, -1);
    this.origin.pop();
    this.segment.pop();
  }

  breakHere(): void {
    this.current++;
  }

  build(): MappedText {
    return new MappedText(this.chars, [...this.origin], [...this.segment]);
  }
}

/** True when `quote` can be found in `original` the way the project checks quotes. */
export function quoteIsFindable(original: string, quote: string): boolean {
  return new QuotedText(original).contains(quote);
}
