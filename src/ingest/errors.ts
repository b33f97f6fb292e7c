// Errors the ingest tool reports to its user. Each carries a stable code, so scripts and tests can tell
// an empty file from a binary one without parsing messages.

import { CodedError } from '../errors.js';

export const INGEST_ERROR_CODES = [
  'INGEST_UNREADABLE',
  'INGEST_EMPTY',
  'INGEST_BINARY',
  'INGEST_NO_ITEMS',
  'INGEST_NOTHING_TO_PROPOSE',
  'INGEST_API_UNREACHABLE',
  'INGEST_API_REFUSED',
  'INGEST_BAD_ARGUMENTS',
  'INGEST_ALREADY_INGESTED',
  'INGEST_UNKNOWN_REFERENCE',
  'INGEST_LEXICON_INVALID',
] as const;
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];
export const isIngestErrorCode = (code: string): code is IngestErrorCode =>
  (INGEST_ERROR_CODES as readonly string[]).includes(code);

export class IngestError extends CodedError {
  constructor(
    override readonly code: IngestErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}
