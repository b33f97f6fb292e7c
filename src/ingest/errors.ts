// Errors the ingest tool reports to its user. Each carries a stable code, so scripts and tests can tell
// an empty file from a binary one without parsing messages.

import { CodedError } from '../errors.js';

export type IngestErrorCode =
  | 'INGEST_UNREADABLE'
  | 'INGEST_EMPTY'
  | 'INGEST_BINARY'
  | 'INGEST_NO_ITEMS'
  | 'INGEST_BAD_ARGUMENTS'
  | 'INGEST_ALREADY_INGESTED'
  | 'INGEST_UNKNOWN_REFERENCE'
  | 'INGEST_LEXICON_INVALID';

export class IngestError extends CodedError {
  constructor(
    override readonly code: IngestErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}
