// Serves the built explorer at `/` (GraphiQL stays at /graphql). Hashed assets are cached for a year; the
// page itself is never cached so a rebuilt explorer is picked up at once.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { EXPLORER_DIST_DIR } from './paths.js';

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Explorer not built</title></head>
<body><main><h1>The explorer is not built</h1><p>Run <code>npm run explorer:build</code> (or <code>npm start</code>, which builds it),
then reload. The GraphQL API and its playground are at <a href="/graphql">/graphql</a>.</p></main></body></html>`;

export function explorerRoutes(dir = EXPLORER_DIST_DIR): Router {
  const router = express.Router();
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.get('/', (_req, res) => {
    const index = path.join(dir, 'index.html');
    res.set('cache-control', 'no-cache');
    if (existsSync(index)) res.sendFile(index);
    else res.status(503).type('html').send(NOT_BUILT);
  });
  return router;
}
