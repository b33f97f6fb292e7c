// Structured JSON logs (pino); pretty output is left to the reader's tooling (`| pino-pretty`).
// Credentials never reach the log: credential-bearing headers and query parameters are redacted.
import { pino, type Logger } from 'pino';

export const REDACTED = '[Redacted]';
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'x-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
]);
/** Query parameter names that carry credentials (matched case-insensitively, whole name). */
const SECRET_PARAM =
  /^(access_?token|id_?token|refresh_?token|token|api_?key|key|secret|password|passwd|auth|authorization|session|sig|signature|code)$/i;

export function createLogger(level: string): Logger {
  // Also covers objects logged outside pino-http.
  return pino({
    level,
    base: { service: 'tameside-graph' },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}

export function redactHeaders(headers: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, SECRET_HEADERS.has(k.toLowerCase()) ? REDACTED : v]),
  );
}

export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  let changed = false;
  for (const name of new Set(params.keys())) {
    if (SECRET_PARAM.test(name)) {
      params.set(name, REDACTED);
      changed = true;
    }
  }
  return changed ? `${url.slice(0, q)}?${params.toString()}` : url;
}

type SerializedReq = { url?: string; query?: Record<string, unknown>; headers?: Record<string, unknown> };
type SerializedRes = { headers?: Record<string, unknown> };

/** pino-http serializers (they receive pino's standard request/response objects). */
export const redactingSerializers = {
  req(req: SerializedReq) {
    const query =
      req.query &&
      Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, SECRET_PARAM.test(k) ? REDACTED : v]));
    return { ...req, url: redactUrl(req.url), ...(query ? { query } : {}), headers: redactHeaders(req.headers) };
  },
  res(res: SerializedRes) {
    return { ...res, headers: redactHeaders(res.headers) };
  },
};
