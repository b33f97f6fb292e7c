// `npm run bench:ingest`: how long a long report takes to ingest through the running service. The document is
// the five corpus texts and the commissioner's report a second time, one after another (~325 KB of plain text,
// about 100 pages), so it has every form of section the analysis reads. The server runs in this process over
// an in-memory graph seeded with the curated data; a dry run (analysis only) and a real run (analysis and the
// SUGGESTED write) are timed in turn, each on its own fresh graph so neither sees the other's proposals.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { openScratchStore } from '../src/graph/open.js';
import { DEFAULT_SEED_DIR } from '../src/seed/read.js';
import { loadSeed } from '../src/seed/load.js';
import { createServer, hashToken } from '../src/server.js';

const RUNS = Number(process.env.BENCH_INGEST_RUNS ?? 3);
const FILES = [
  '2016-ofsted-sif-report.txt',
  '2024-dfe-commissioner-report.txt',
  '2021-ofsted-focused-visit.txt',
  '2018-ofsted-monitoring-visit-5.txt',
  '2022-news-focused-visit.txt',
  '2024-dfe-commissioner-report.txt',
];
const document = FILES.map((f) => readFileSync(path.join(DEFAULT_SEED_DIR, 'documents', f), 'utf8')).join('\n\n');
const token = randomBytes(16).toString('hex');

async function timeIngest(dryRun: boolean): Promise<{ seconds: number; summary: string }> {
  const store = openScratchStore();
  await loadSeed(store);
  const server = createServer({
    config: { env: 'production', maxBodyBytes: 100_000, curatorTokenHashes: new Map([[hashToken(token), 'bench']]) },
    store,
    log: pino({ level: 'silent' }),
  });
  const running = await server.listen(0, '127.0.0.1');
  try {
    const url = `${running.url.replace(/\/graphql$/, '')}/ingest?name=long-report.txt&date=2025-03&dryRun=${dryRun}`;
    const t = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: document,
    });
    const body = (await res.json()) as { summary?: string; errors?: unknown };
    const seconds = (performance.now() - t) / 1000;
    if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${JSON.stringify(body.errors)}`);
    return { seconds, summary: body.summary?.split('\n').at(-1) ?? '' };
  } finally {
    await running.stop();
    await store.close();
  }
}

console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`document: ${(Buffer.byteLength(document) / 1024).toFixed(0)} KB of text (${FILES.join(' + ')})\n`);
console.log('| run | seconds (each request) | median |');
console.log('|---|---|---:|');
let last = '';
for (const dryRun of [true, false]) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { seconds, summary } = await timeIngest(dryRun);
    times.push(seconds);
    last = summary;
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]!;
  console.log(
    `| ${dryRun ? 'dry run (analysis)' : 'real run (analysis and write)'} | ${times.map((s) => s.toFixed(2)).join(', ')} | ${median.toFixed(2)} |`,
  );
}
console.log(`\n${last}`);
