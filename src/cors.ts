// Cross-origin access for browser apps served from elsewhere: an explicit allowlist of origins, off when the
// list is empty (the default), so only pages the operator names can call the API from a browser.
import cors from 'cors';
import type { RequestHandler } from 'express';

/** Parses "https://a.example, http://localhost:5173" into origins; throws on anything that is not an origin. */
export function parseCorsOrigins(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new Error(`"${entry}" is not an origin (scheme://host[:port])`);
      }
      if (!['http:', 'https:'].includes(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
        throw new Error(`"${entry}" is not an origin (scheme://host[:port], no path)`);
      }
      return url.origin;
    });
}

/** The middleware for an allowlist, or null when it is empty. */
export function corsFor(origins: readonly string[]): RequestHandler | null {
  if (!origins.length) return null;
  const allowed = new Set(origins);
  return cors({
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight'],
    maxAge: 600,
  });
}
