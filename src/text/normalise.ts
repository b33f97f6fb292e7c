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
