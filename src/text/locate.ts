// Where a quote stands in its document, as character offsets into the document's own text. Quotes are
// stored normalised (whitespace and quote marks, see normalise.ts), so the search runs over a normalised
// copy of the text that remembers, for each of its characters, the offset it came from.
import { normaliseQuote } from './normalise.js';

export interface TextSpan {
  start: number;
  end: number;
}

const QUOTE_MARK: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
};

interface Normalised {
  text: string;
  origin: number[];
}

function normaliseWithOrigins(text: string): Normalised {
  let out = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (out.length && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      out += ' ';
      origin.push(pendingSpace);
      pendingSpace = -1;
    }
    out += QUOTE_MARK[ch] ?? ch;
    origin.push(i);
  }
  return { text: out, origin };
}

const cache = new Map<string, Normalised>();

function normalisedOf(text: string): Normalised {
  let n = cache.get(text);
  if (!n) {
    n = normaliseWithOrigins(text);
    // A handful of documents; keep the last few so a request citing one document many times normalises it once.
    if (cache.size > 16) cache.delete(cache.keys().next().value!);
    cache.set(text, n);
  }
  return n;
}

/**
 * The span of `quote` in `text`, or null when it does not occur. An ellipsis (… or ...) in a stored quote
 * marks words left out: the span then runs from the first part to the end of the last part found in order.
 */
export function locateQuote(text: string, quote: string): TextSpan | null {
  const doc = normalisedOf(text);
  const parts = normaliseQuote(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (!parts.length) return null;
  let from = 0;
  let start = -1;
  let end = -1;
  for (const part of parts) {
    const at = doc.text.indexOf(part, from);
    if (at < 0) return null;
    if (start < 0) start = at;
    end = at + part.length;
    from = end;
  }
  return { start: doc.origin[start]!, end: doc.origin[end - 1]! + 1 };
}
