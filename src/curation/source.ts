// The source a curation write cites: a document with a quote that really occurs in it, or a curator's note.
import { invalid } from '../domain/errors.js';
import { findDocumentSource } from '../graph/curation.js';
import type { WriteTx } from '../graph/store.js';
import { QuotedText } from '../text/normalise.js';

export interface SourceInput {
  document?: string | null;
  quote?: string | null;
  locator?: string | null;
  note?: string | null;
}
export interface CheckedSource {
  source: string | null;
  quote: string | null;
  locator: string | null;
  note: string | null;
}

export async function checkSource(tx: WriteTx, input: SourceInput): Promise<CheckedSource> {
  const note = input.note?.trim() || null;
  if (!input.document) {
    if (!note)
      throw invalid("Every write needs a source: a document and a quote from it, or a curator's note", 'source');
    return { source: null, quote: null, locator: null, note };
  }
  const doc = await findDocumentSource(tx, input.document);
  if (!doc) throw invalid(`Unknown document "${input.document}"`, 'source.document');
  const quote = input.quote?.trim();
  if (!quote) throw invalid('A document source needs the quote that supports the change', 'source.quote');
  if (!new QuotedText(doc.text ?? '').contains(quote)) {
    throw invalid(
      `The quote does not occur in ${input.document} (only whitespace and quote marks are normalised)`,
      'source.quote',
    );
  }
  return { source: input.document, quote, locator: input.locator?.trim() || null, note };
}
