// Body-parser failures answered as GraphQL-shaped, coded 4xx errors instead of express's HTML page.
import type { ErrorRequestHandler } from 'express';

export const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') {
    res
      .status(413)
      .json({ errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] });
  } else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    res
      .status(415)
      .json({ errors: [{ message: 'Unsupported body encoding', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
  } else if (typeof (err as { status?: number }).status === 'number' && (err as { status: number }).status < 500) {
    // Any other client-side body problem (aborted upload, bad length): say so without internals.
    const status = (err as { status: number }).status;
    res
      .status(status)
      .json({ errors: [{ message: 'The request body could not be read', extensions: { code: 'BAD_REQUEST' } }] });
  } else next(err);
};

/** Anything else that reaches express's error chain: logged, answered without internals. */
export function lastResortErrors(log: { error(obj: object, msg: string): void }): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    log.error({ err }, 'unhandled request error');
    res
      .status(500)
      .json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
}
