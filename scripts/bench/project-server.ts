// Child process of `npm run bench`: the project in production mode over a freshly seeded store (embedded in
// memory, or Neo4j when NEO4J_URI is set), reporting its own CPU time, RSS and statement count on request so
// the parent measures the server alone.
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { openStore } from '../../src/graph/open.js';
import { loadSeed } from '../../src/seed/load.js';
import { createServer } from '../../src/server.js';
import { BENCH_ENV, serveUsage } from './usage.js';

const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', ...BENCH_ENV });
const store = openStore(config.store.backend === 'embedded' ? { backend: 'embedded', dataDir: '' } : config.store);
await loadSeed(store);
const server = createServer({ config, store, log: pino({ level: 'silent' }) });
const running = await server.listen(0, '127.0.0.1');
serveUsage(
  running.url,
  () => store.statementCount,
  async () => {
    await running.stop();
    await store.close();
  },
);
