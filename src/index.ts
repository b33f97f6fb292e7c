// Entry point: config → store (seeded on first start when embedded) → server; graceful shutdown.
import { loadConfig } from './config.js';
import { CodedError } from './errors.js';
import { openStore } from './graph/open.js';
import { createLogger } from './log.js';
import { completeDocumentTexts, isSeeded, loadSeed } from './seed/load.js';
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
      // The seed lands in the data file itself, not only in the write-ahead log.
      await store.checkpoint?.();
      log.info(report, 'seeded');
    } else {
      const completed = await completeDocumentTexts(store);
      if (completed.length)
        log.info({ documents: completed }, 'stored the seed texts of documents seeded without them');
    }
    const server = createServer({ config, store, log });
    const running = await server.listen(config.port, config.host);
    log.info({ url: running.url, backend: store.backend }, `serving ${running.url} (playground in a browser)`);
    // Apollo's own signal handling is off (it re-raises the signal before the store is closed): stop taking
    // requests, let those in flight finish, then close the store, which checkpoints it, and exit 0.
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      const force = setTimeout(() => {
        log.error('shutdown did not finish within 20 s; exiting without a clean close');
        process.exit(1);
      }, 20_000).unref();
      try {
        await running.stop();
        await store.close();
        log.info('store closed; bye');
        clearTimeout(force);
        process.exit(0);
      } catch (err) {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      }
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    // A stray rejection in one request must not take the service down: log it and keep serving.
    process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
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
