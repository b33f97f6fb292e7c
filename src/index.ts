// Entry point: config → store (seeded on first start when embedded) → server; graceful shutdown.
import { loadConfig } from './config.js';
import { CodedError } from './errors.js';
import { openStore } from './graph/open.js';
import { createLogger } from './log.js';
import { isSeeded, loadSeed } from './seed/load.js';
import { createServer } from './server.js';

async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const store = openStore(config.store);
  try {
    await store.ping();
    // A new store (first start, or a fresh docker compose volume) is seeded; an existing one is left alone.
    if (!(await isSeeded(store))) {
      log.info({ backend: store.backend }, 'empty graph: seeding it from seed/');
      const report = await loadSeed(store, log);
      log.info(report, 'seeded');
    }
    const server = createServer({ config, store, log });
    const running = await server.listen(config.port, config.host);
    log.info({ url: running.url, backend: store.backend }, `serving ${running.url} (playground in a browser)`);
    const shutdown = async (signal: string) => {
      log.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 10_000).unref();
      await running.stop();
      await store.close();
      clearTimeout(force);
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
}

main().catch((err) => {
  if (err instanceof CodedError) {
    console.error(`${err.code}: ${err.message}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
