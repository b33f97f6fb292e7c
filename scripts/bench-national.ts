// `npm run bench:national`: the single-council seed against a synthetic national graph (the curated seed plus
// N generated councils × Y years, labelled synthetic, written to a temp dir and loaded through the project's
// own seed reader, integrity rules and loader), in one run: load time, store size, and p50/p99 of the
// flagship and the listing for one council on each. The generated data never touches seed/ or ./data.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { countLabels, countRelationships } from '../src/graph/info.js';
import { openStore } from '../src/graph/open.js';
import { readRecipes } from '../src/playground/recipes.js';
import { loadSeed } from '../src/seed/load.js';
import { readSeed, type Seed } from '../src/seed/read.js';
import { createServer } from '../src/server.js';
import { BENCH_ENV } from './bench/usage.js';
import { writeSyntheticSeed } from './synthetic/generate.js';

const COUNCILS = Number(process.env.NATIONAL_COUNCILS ?? 150);
const YEARS = Number(process.env.NATIONAL_YEARS ?? 10);
const RUNS = Number(process.env.NATIONAL_RUNS ?? 20);
/** Seconds one operation may be measured for; slow answers give fewer samples (the count is printed). */
const BUDGET = Number(process.env.NATIONAL_BUDGET ?? 60);
/** Seconds one request may take before the operation is reported as unanswered. */
const TIMEOUT = Number(process.env.NATIONAL_TIMEOUT ?? 120);

const recipe = (name: string) => readRecipes().find((r) => r.name === name)!.query;
const OPERATIONS = [
  ['flagship', recipe('Flagship')],
  ['listing', recipe('Listing')],
] as const;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
const dirBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? dirBytes(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
    0,
  );
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

interface Measured {
  name: string;
  answers: Map<string, string>;
  rows: string[];
}

async function measure(name: string, seed: Seed, readMs: number): Promise<Measured> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `bench-national-${name}-`));
  const store = openStore({ backend: 'embedded', dataDir });
  const rows: string[] = [];
  const answers = new Map<string, string>();
  try {
    const rssBefore = process.memoryUsage().rss;
    const t = performance.now();
    const report = await loadSeed(store, undefined, seed);
    const loadMs = performance.now() - t;
    const labels = await countLabels(store);
    const rels = await countRelationships(store);
    const nodes = labels.reduce((n, l) => n + l.count, 0);
    const relationships = rels.reduce((n, r) => n + r.count, 0);
    console.log(
      `${name}: read the seed in ${(readMs / 1000).toFixed(1)} s, loaded ${report.nodes} nodes and ` +
        `${report.relationships} relationships in ${(loadMs / 1000).toFixed(1)} s; the store counts ${nodes} nodes, ${relationships} relationships; ` +
        `files ${mb(dirBytes(dataDir))}, RSS +${mb(process.memoryUsage().rss - rssBefore)}`,
    );

    // Uncached: the figures are the database path's at this size, not the response cache's.
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      RESPONSE_CACHE_MB: '0',
      ...BENCH_ENV,
    });
    const server = createServer({ config, store, log: pino({ level: 'silent' }) });
    const running = await server.listen(0, '127.0.0.1');
    try {
      for (const [op, query] of OPERATIONS) {
        const post = async () => {
          const res = await fetch(running.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
            signal: AbortSignal.timeout(TIMEOUT * 1000),
          });
          return { status: res.status, text: await res.text() };
        };
        const first = await post().catch((err: Error) => {
          if (err.name !== 'TimeoutError') throw err;
          rows.push(
            `| ${op} | ${name} | 0 | > ${TIMEOUT * 1000} | | | | | no answer within ${TIMEOUT} s (the server may still be computing it) |`,
          );
          return null;
        });
        if (!first) continue;
        answers.set(op, first.text);
        const times: number[] = [];
        const started = performance.now();
        while (times.length < RUNS && (times.length < 3 || performance.now() - started < BUDGET * 1000)) {
          const t0 = performance.now();
          await post();
          times.push(performance.now() - t0);
        }
        const body = JSON.parse(first.text) as {
          data?: Record<string, unknown[]>;
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        const list = Object.values(body.data ?? {})[0] ?? [];
        const councils = new Set(JSON.stringify(list).match(/synthetic-c\d{3}/g) ?? []).size;
        const errors = body.errors?.map((e) => e.extensions?.code).join(', ');
        rows.push(
          `| ${op} | ${name} | ${times.length} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.99).toFixed(1)} | ` +
            `${list.length} | ${councils} | ${(first.text.length / 1024).toFixed(1)} | ${errors ? `HTTP ${first.status}: ${errors}` : 'none'} |`,
        );
      }
    } finally {
      await running.stop();
    }
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { name, answers, rows };
}

/** Where two answers first part: the path, and each side's value there (shortened). */
function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const found = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (found) return found;
    }
  }
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 160);
  return `${at || '(root)'}: seed ${show(a)} vs national ${show(b)}`;
}

console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, node ${process.version}, ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (a shared machine slows both graphs alike)`,
);
const seedDir = mkdtempSync(path.join(os.tmpdir(), 'synthetic-national-seed-'));
try {
  let t = performance.now();
  const generated = writeSyntheticSeed(seedDir, { councils: COUNCILS, years: YEARS });
  console.log(
    `generated ${generated.records} synthetic records (${COUNCILS} councils × ${YEARS} years) in ` +
      `${((performance.now() - t) / 1000).toFixed(1)} s into ${seedDir}`,
  );

  t = performance.now();
  const curated = readSeed();
  const single = await measure('seed', curated, performance.now() - t);
  t = performance.now();
  const national = await measure('national', readSeed(seedDir), performance.now() - t);

  console.log(
    `\n${RUNS} sequential requests per operation (fewer when one takes longer than ${BUDGET} s in all), after one warm-up\n`,
  );
  console.log(
    '| operation | graph | requests | p50 ms | p99 ms | items | synthetic councils in answer | KB | errors |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---|');
  for (const row of [...single.rows, ...national.rows].sort()) console.log(row);
  for (const [op] of OPERATIONS) {
    const [a, b] = [single.answers.get(op), national.answers.get(op)];
    const same = a === b;
    console.log(`${op}: the national answer is ${same ? 'identical to' : 'DIFFERENT from'} the seed answer`);
    if (!same && a && b) console.log(`  first difference: ${firstDifference(JSON.parse(a), JSON.parse(b))}`);
  }
} finally {
  rmSync(seedDir, { recursive: true, force: true });
}
