// Liveness and readiness. Readiness asks the store (for the embedded graph that includes whether writes
// currently reach the disk). Anonymous callers learn only ready or not; a curator also sees why.
import express, { type Router } from 'express';
import type { Logger } from 'pino';
import type { GraphStore } from '../graph/store.js';
import { curatorOf } from './curators.js';

export function healthRoutes(store: GraphStore, log: Logger, curatorTokenHashes: Map<string, string>): Router {
  const router = express.Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  let lastReason: string | null = null;
  router.get('/health/ready', async (req, res) => {
    res.set('cache-control', 'no-store');
    const curator = curatorOf(req.headers.authorization, curatorTokenHashes);
    try {
      await store.ping();
      if (lastReason !== null) log.info('ready again');
      lastReason = null;
      res.json(curator ? { status: 'ready', backend: store.backend } : { status: 'ready' });
    } catch (err) {
      const reason = (err as Error).message;
      // Logged once per change, not on every probe.
      if (reason !== lastReason) log.error({ err }, 'not ready');
      lastReason = reason;
      res.status(503).json(curator ? { status: 'not ready', backend: store.backend, reason } : { status: 'not ready' });
    }
  });
  return router;
}
