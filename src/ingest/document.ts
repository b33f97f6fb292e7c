// Ingest of a document received as bytes (the API, the upload endpoint and the CLI share it): convert it
// to text by its format, analyse it against the graph, and write it when asked.
import type { GraphStore } from '../graph/store.js';
import { IngestError } from './errors.js';
import { documentText, formatOf, type DocumentFormat } from './formats.js';
import { DEFAULT_RANKING } from './recurrence.js';
import { ingestReport, type IngestOutcome } from './run.js';
import { toJson, type IngestJson } from './summary.js';

export interface DocumentRequest {
  /** File name: ids and the document record use it. */
  name: string;
  bytes: Uint8Array;
  /** Default: from the name and the first bytes. */
  format?: DocumentFormat;
  dryRun: boolean;
  kind?: string | null;
  date?: string | null;
  title?: string | null;
  slug?: string | null;
  organisation?: string | null;
  limit?: number | null;
  now?: () => Date;
}

export interface DocumentOutcome {
  outcome: IngestOutcome;
  json: IngestJson;
}

/** Largest document accepted (the same bound as the CLI's). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export async function ingestDocument(store: GraphStore, request: DocumentRequest): Promise<DocumentOutcome> {
  const name = request.name.trim();
  if (!name || /[\\/]/.test(name) || name.length > 200) {
    throw new IngestError(
      'INGEST_BAD_ARGUMENTS',
      'name must be a file name (no slashes, at most 200 characters), e.g. 2025-01-press-release.txt',
    );
  }
  if (request.bytes.length > MAX_DOCUMENT_BYTES)
    throw new IngestError('INGEST_UNREADABLE', `${name} is larger than 20 MiB: too large for a document`);
  const limit = request.limit ?? DEFAULT_RANKING.limit;
  if (!Number.isInteger(limit) || limit < 0 || limit > 20)
    throw new IngestError('INGEST_BAD_ARGUMENTS', 'limit must be a whole number from 0 to 20');
  const format = request.format ?? formatOf(name, request.bytes);
  const text = await documentText(request.bytes, format, name);
  const outcome = await ingestReport(store, {
    file: name,
    text,
    format,
    dryRun: request.dryRun,
    organisation: request.organisation ?? undefined,
    overrides: {
      kind: request.kind ?? undefined,
      date: request.date ?? undefined,
      title: request.title ?? undefined,
      slug: request.slug ?? undefined,
    },
    ranking: { ...DEFAULT_RANKING, limit },
    now: request.now,
  });
  return { outcome, json: toJson(outcome) };
}
