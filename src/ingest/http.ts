// POST /ingest: a document as the raw request body (text, markdown, HTML or PDF), for files larger than a
// GraphQL request allows and for the CLI when a running server holds the embedded graph. Curators only.
// Query: name (required), dryRun (default true), format, kind, date, title, slug, organisation, limit.
// Answers the contract JSON and the text summary, or { errors: [{ message, extensions: { code } }] }.
import express from 'express';
import { CodedError } from '../errors.js';
import { StoreUnavailableError } from '../graph/store.js';
import { DOCUMENT_FORMATS, type DocumentFormat } from './formats.js';
import { ingestDocument, MAX_DOCUMENT_BYTES } from './document.js';
import { formatSummary } from './summary.js';

export interface IngestRouteDeps {
  store: Parameters<typeof ingestDocument>[0];
  curatorOf(authorization: string | undefined): string | null;
  now: () => Date;
  log: { error(obj: object, msg: string): void };
}

export function ingestRoute(deps: IngestRouteDeps): express.Router {
  const router = express.Router();
  router.post('/', express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES }), async (req, res) => {
    const fail = (status: number, code: string, message: string) =>
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    if (!deps.curatorOf(req.headers.authorization))
      return fail(401, 'UNAUTHENTICATED', 'A valid curator bearer token is required to ingest');
    const q = req.query as Record<string, string | undefined>;
    const format = q.format?.toUpperCase();
    if (format && !DOCUMENT_FORMATS.includes(format as DocumentFormat))
      return fail(400, 'INGEST_BAD_ARGUMENTS', `format must be one of ${DOCUMENT_FORMATS.join(', ')}`);
    if (!Buffer.isBuffer(req.body)) return fail(400, 'INGEST_EMPTY', 'send the document as the request body');
    try {
      const { json } = await ingestDocument(deps.store, {
        name: q.name ?? '',
        bytes: req.body,
        format: format as DocumentFormat | undefined,
        dryRun: q.dryRun !== 'false',
        kind: q.kind,
        date: q.date,
        title: q.title,
        slug: q.slug,
        organisation: q.organisation,
        limit: q.limit === undefined ? undefined : Number(q.limit),
        now: deps.now,
      });
      return res.json({ json, summary: formatSummary(json) });
    } catch (err) {
      if (err instanceof CodedError && err.exposed) return fail(400, err.code, err.message);
      if (err instanceof StoreUnavailableError)
        return fail(503, 'SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again shortly');
      deps.log.error({ err }, 'ingest failed');
      return fail(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  return router;
}
