// Per-client request rate on /graphql (express-rate-limit, in memory: one process serves the API).
// Health probes are not limited. Behind a proxy set TRUST_PROXY so clients are told apart.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';

export function graphqlRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res, _next, options) => {
      res.status(options.statusCode).json({
        errors: [
          {
            message: `Too many requests: at most ${perMinute} a minute per client`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    },
  });
}
