// The graph an ingest run compares with and writes to, opened from config.
import type { StoreConfig } from '../config.js';
import { openScratchStore, openStore, storeExists } from '../graph/open.js';
import type { GraphStore } from '../graph/store.js';
import { isSeeded, loadSeed } from '../seed/load.js';

/**
 * The store to compare with (and write to). An empty embedded graph is seeded with the curated graph first;
 * a dry run never writes, so with no embedded graph yet it compares with the curated seed in memory.
 */
export async function openCuratedStore(config: StoreConfig, dryRun: boolean): Promise<GraphStore> {
  if (dryRun && !storeExists(config)) {
    return seededInMemory();
  }
  const store = openStore(config);
  if (config.backend !== 'embedded' || (await isSeeded(store))) return store;
  if (dryRun) {
    await store.close();
    return seededInMemory();
  }
  log(`ingest: the embedded graph in ${config.dataDir} is empty; loading the curated seed first`);
  await loadSeed(store);
  return store;
}

async function seededInMemory(): Promise<GraphStore> {
  log('ingest: no seeded embedded graph yet; comparing with the curated seed in memory (dry run: nothing is written)');
  const store = openScratchStore();
  await loadSeed(store);
  return store;
}

const log = (message: string) => process.stderr.write(`${message}\n`);
