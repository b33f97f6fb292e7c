// `npm run bench`: seed time and per-recipe latency through the real HTTP server, with database statements
// per request. Embedded by default; set NEO4J_URI (and NEO4J_PASSWORD) to measure Neo4j with the same code.
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/graph/open.js';
import { readRecipes } from '../src/playground/recipes.js';
import { loadSeed } from '../src/seed/load.js';
import { createServer } from '../src/server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const config = loadConfig();
const store = config.store.backend === 'embedded' ? openStore({ backend: 'embedded', dataDir: '' }) : openStore(config.store);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

try {
  let t = performance.now();
  const report = await loadSeed(store);
  const seedMs = performance.now() - t;
  t = performance.now();
  await loadSeed(store);
  const reseedMs = performance.now() - t;
  console.log(`backend ${store.backend}: seed ${report.nodes} nodes + ${report.relationships} relationships in ${seedMs.toFixed(0)} ms; idempotent re-seed ${reseedMs.toFixed(0)} ms (ratio ${(reseedMs / seedMs).toFixed(2)})`);

  const server = createServer({ config: { env: 'production', maxBodyBytes: 100_000, curatorTokenHashes: new Map() }, store, log: pino({ level: 'silent' }) });
  const running = await server.listen(0);
  console.log(`\n${RUNS} runs per recipe after one warm-up\n`);
  console.log('| recipe | p50 ms | p95 ms | statements/request | response KB | KB per statement |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const recipe of readRecipes()) {
    const post = () => fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: recipe.query }) }).then((r) => r.text());
    await post();
    const times: number[] = [];
    let statements = 0;
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const before = store.statementCount;
      const start = performance.now();
      bytes = (await post()).length;
      times.push(performance.now() - start);
      statements = store.statementCount - before;
    }
    const kb = bytes / 1024;
    console.log(`| ${recipe.name} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.95).toFixed(1)} | ${statements} | ${kb.toFixed(1)} | ${(kb / statements).toFixed(1)} |`);
  }
  await running.stop();
} finally {
  await store.close();
}
