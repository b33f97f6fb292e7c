// `npm run seed`: load the curated seed into the configured store (embedded ./data or Neo4j). Idempotent.
// The embedded store is locked by a running server: stop it first (the error says so).
import { loadConfig } from '../config.js';
import { CodedError } from '../errors.js';
import { openStore } from '../graph/open.js';
import { createLogger } from '../log.js';
import { loadSeed } from './load.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
try {
  const store = openStore(config.store);
  try {
    const started = Date.now();
    const report = await loadSeed(store, log);
    log.info({ ...report, ms: Date.now() - started, backend: store.backend }, 'seed loaded');
  } finally {
    await store.close();
  }
} catch (err) {
  if (err instanceof CodedError) {
    console.error(`${err.code}: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
