// Store lifecycle: pick the runner the config names.
import type { StoreConfig } from '../config.js';
import { openEmbeddedStore } from './embedded.js';
import { openNeo4jStore } from './neo4j.js';
import type { GraphStore } from './store.js';

export function openStore(config: StoreConfig): GraphStore {
  // An empty dataDir means an in-memory embedded graph (benchmarks, throwaway runs).
  return config.backend === 'neo4j' ? openNeo4jStore(config) : openEmbeddedStore(config.dataDir || null);
}
