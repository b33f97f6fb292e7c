// `npm run bench`: the project against a static server returning the same bytes, in one run on loopback.
// For the flagship, the listing and `{ __typename }`: throughput, latency, CPU per request and RSS of each
// server process (measured in the server, not the load generator), interleaved rounds so that a machine
// shared with other work slows both sides alike; then database statements per request for every recipe.
// Embedded by default; set NEO4J_URI (and NEO4J_PASSWORD) to measure Neo4j with the same code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { readRecipes } from '../src/playground/recipes.js';
import { startChild, type Child, type Usage } from './bench/usage.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const recipe = (name: string) => readRecipes().find((r) => r.name === name)!.query;
const OPERATIONS = [
  { name: 'flagship', query: recipe('Flagship') },
  { name: 'listing', query: recipe('Listing') },
  { name: '{ __typename }', query: '{ __typename }' },
].map((op) => ({
  ...op,
  path: `/${op.name.replace(/\W/g, '') || 'typename'}`,
  body: JSON.stringify({ query: op.query }),
}));

interface Tally {
  requests: number;
  sent: number;
  seconds: number;
  cpuMs: number;
  statements: number;
  rssMb: number;
  p50: number[];
  p99: number[];
  failed: number;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const post = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (r) => ({
    status: r.status,
    text: await r.text(),
  }));

async function load(url: string, body: string, seconds: number) {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
}

/** Usage once the server has finished the requests still in flight when the load stopped (CPU idle). */
async function settledUsage(child: Child): Promise<Usage> {
  let last = await child.usage();
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await child.usage();
    if (now.cpuMs - last.cpuMs < 3) return now;
    last = now;
  }
  return last;
}

async function measure(child: Child, url: string, body: string, tally: Tally): Promise<void> {
  const before: Usage = await settledUsage(child);
  const result = await load(url, body, DURATION);
  const after: Usage = await settledUsage(child);
  // Throughput counts completed responses; CPU and statements are divided by every request sent, since the
  // server also finished those in flight at the end before `after` was read.
  const sent = (result.requests as { sent?: number }).sent ?? result.requests.total;
  tally.requests += result.requests.total;
  tally.sent += sent;
  tally.seconds += result.duration;
  tally.cpuMs += after.cpuMs - before.cpuMs;
  tally.statements += after.statements - before.statements;
  tally.rssMb = Math.max(tally.rssMb, after.rssMb);
  tally.p50.push(result.latency.p50);
  tally.p99.push(result.latency.p99);
  tally.failed += result.non2xx + result.errors + result.timeouts;
}

console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ` +
    `node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other work on the machine slows both sides)`,
);
console.log(
  `autocannon: ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds × ${DURATION} s per server and operation, loopback\n`,
);

// The project twice: as deployed (response cache on) and with the cache off, so the figures show what the
// data layer costs on every miss (the first request after each write).
const project = await startChild('project-server.ts');
const uncached = await startChild('project-server.ts', { RESPONSE_CACHE_MB: '0' });
let staticServer: Child | null = null;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
try {
  const captured: Record<string, string> = {};
  for (const op of OPERATIONS) {
    const res = await post(project.url, op.body);
    if (res.status !== 200 || JSON.parse(res.text).errors)
      throw new Error(`${op.name}: the project answered ${res.status} ${res.text.slice(0, 300)}`);
    captured[op.path] = res.text;
  }
  const bodiesFile = path.join(scratch, 'bodies.json');
  writeFileSync(bodiesFile, JSON.stringify(captured));
  staticServer = await startChild('static-server.ts', { STATIC_BODIES_FILE: bodiesFile });
  const origin = staticServer.url;
  const tallies = new Map<string, Tally>();
  const tally = (key: string) =>
    tallies.get(key) ??
    tallies
      .set(key, { requests: 0, sent: 0, seconds: 0, cpuMs: 0, statements: 0, rssMb: 0, p50: [], p99: [], failed: 0 })
      .get(key)!;

  for (const op of OPERATIONS) {
    await load(project.url, op.body, 1);
    await load(uncached.url, op.body, 1);
    await load(origin + op.path, '', 1);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const op of OPERATIONS) {
      // Alternate which side goes first so drift in the machine's load favours neither.
      const sides: Array<[string, Child, string]> = [
        ['project', project, project.url],
        ['project, no cache', uncached, uncached.url],
        ['static', staticServer, origin + op.path],
      ];
      if (round % 2) sides.reverse();
      for (const [side, child, url] of sides)
        await measure(child, url, side === 'static' ? '' : op.body, tally(`${op.name}|${side}`));
    }
  }

  console.log(
    '| operation | server | req/s | project/static | p50 ms | p99 ms | CPU ms/request | RSS MB | statements/request | response KB |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const op of OPERATIONS) {
    const s = tally(`${op.name}|static`);
    const rate = (t: Tally) => t.requests / t.seconds;
    const kb = (Buffer.byteLength(captured[op.path]!) / 1024).toFixed(1);
    for (const side of ['project', 'project, no cache', 'static']) {
      const t = tally(`${op.name}|${side}`);
      const ours = side !== 'static';
      console.log(
        `| ${op.name} | ${side} | ${rate(t).toFixed(0)} | ${ours ? `${((100 * rate(t)) / rate(s)).toFixed(1)}%` : ''} | ` +
          `${median(t.p50).toFixed(1)} | ${median(t.p99).toFixed(1)} | ${(t.cpuMs / t.sent).toFixed(3)} | ${t.rssMb.toFixed(0)} | ` +
          `${ours ? (t.statements / t.sent).toFixed(1) : ''} | ${kb} |`,
      );
      if (t.failed) console.log(`|   ⚠ ${t.failed} failed or non-2xx responses | | | | | | | | | |`);
    }
  }

  console.log('\nstatements per request for every saved recipe (one uncached request each, after a warm-up):\n');
  console.log('| recipe | statements | response KB |');
  console.log('|---|---:|---:|');
  for (const r of readRecipes()) {
    const body = JSON.stringify({ query: r.query });
    await post(uncached.url, body);
    const before = await uncached.usage();
    const res = await post(uncached.url, body);
    const after = await uncached.usage();
    console.log(
      `| ${r.name} | ${after.statements - before.statements} | ${(Buffer.byteLength(res.text) / 1024).toFixed(1)} |`,
    );
  }
} finally {
  await staticServer?.stop();
  await project.stop();
  await uncached.stop();
  rmSync(scratch, { recursive: true, force: true });
}
