// Quotes are compared after whitespace and quote-mark normalisation only, so a quote copied from the
// PDF-extracted text matches across its broken lines and curly apostrophes, and nothing else is forgiven.
const QUOTE_MARKS: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
];

export function normaliseQuote(text: string): string {
  let out = text;
  for (const [pattern, plain] of QUOTE_MARKS) out = out.replace(pattern, plain);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * A text in which quotes are looked up the way the project checks them (seed integrity, curation sources,
 * ingest): normalised once, searched many times. An empty quote never occurs.
 */
export class QuotedText {
  readonly normalised: string;

  constructor(text: string) {
    this.normalised = normaliseQuote(text);
  }

  /** Offset of the quote in the normalised text, or -1. */
  indexOf(quote: string, from = 0): number {
    const q = normaliseQuote(quote);
    return q ? this.normalised.indexOf(q, from) : -1;
  }

  contains(quote: string): boolean {
    return this.indexOf(quote) >= 0;
  }
}
