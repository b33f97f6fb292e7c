// npm run soak: the real server (src/index.ts, embedded graph in a temporary directory) under 50 connections
// for 60 s on loopback, cycling through the saved recipes. Prints req/s, latency p50/p99, errors and the
// server's RSS at the start and the end. SOAK_SECONDS and SOAK_CONNECTIONS change the load.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { readRecipes } from '../src/playground/recipes.js';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 50);

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
};

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'soak-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: String(1e9),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    for (let i = 0; ; i++) {
      const ok = await fetch(`${base}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 600) throw new Error('the server did not become ready');
      await new Promise((r) => setTimeout(r, 100));
    }
    const requests = readRecipes().map((r) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: r.query }),
    }));
    // Warm-up, so RSS at the start includes the loaded graph and compiled code.
    await autocannon({ url: base, connections: 4, duration: 3, requests });
    const rssStart = rssMb(server.pid!);
    const result = await autocannon({ url: base, connections, duration: seconds, requests });
    const rssEnd = rssMb(server.pid!);
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(`soak: ${connections} connections × ${seconds} s on loopback, ${requests.length} recipes in turn`);
    console.log(`  requests  ${result.requests.total} (${Math.round(result.requests.average)} req/s average)`);
    console.log(`  latency   p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(
      `  errors    ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`,
    );
    console.log(`  RSS       ${rssStart} MB → ${rssEnd} MB`);
    process.exitCode = errors === 0 ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
