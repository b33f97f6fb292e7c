// Store lifecycle: the one place that opens a runner. Everything else opens stores through here.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { StoreConfig } from '../config.js';
import { EMBEDDED_FILE, openEmbeddedStore } from './embedded.js';
import { openNeo4jStore } from './neo4j.js';
import type { GraphStore } from './store.js';

// The data file's name in an embedded data directory (backups, recovery steps and durability tests name it).
export { EMBEDDED_FILE };

export function openStore(config: StoreConfig): GraphStore {
  // An empty dataDir means an in-memory embedded graph (benchmarks, throwaway runs).
  return config.backend === 'neo4j'
    ? openNeo4jStore(config)
    : openEmbeddedStore(config.dataDir || null, { checkpointIntervalMs: config.checkpointIntervalMs });
}

/** A throwaway in-memory graph (dry runs, tests, benchmarks): nothing is written to disk. */
export function openScratchStore(): GraphStore {
  return openEmbeddedStore(null);
}

/** Whether the configured graph exists yet: an embedded data directory holds no graph before its first open. */
export function storeExists(config: StoreConfig): boolean {
  return config.backend === 'neo4j' || !config.dataDir || existsSync(path.join(config.dataDir, EMBEDDED_FILE));
}
