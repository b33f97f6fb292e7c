// Runs inside a private mount namespace with a small tmpfs at <dir> (see the full-disk test): serves the
// API over an embedded graph there, writes until the disk is full, then frees space. Prints one JSON report.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { openStore } from '../../src/graph/open.js';
import { createServer, hashToken } from '../../src/server.js';

const dir = process.argv[2]!;
const TOKEN = 'full-disk-test-token-0123456789';
const logs: string[] = [];
const log = pino(
  { level: 'info' },
  new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  }),
);

async function main() {
  const ballast = path.join(dir, 'ballast');
  writeFileSync(ballast, Buffer.alloc(1536 * 1024));
  const store = openStore({ backend: 'embedded', dataDir: path.join(dir, 'data') });
  const server = createServer({
    config: { env: 'production', maxBodyBytes: 200_000, curatorTokenHashes: new Map([[hashToken(TOKEN), 'tester']]) },
    store,
    log,
  });
  const running = await server.listen(0);
  const ready = async () => (await fetch(running.url.replace(/\/graphql$/, '/health/ready'))).status;
  const register = async (n: number) => {
    const res = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        query: 'mutation($input: DocumentInput!) { registerDocument(input: $input) { id } }',
        variables: {
          input: {
            id: `doc-fill-${n}`,
            title: `Filler ${n}`,
            publisher: 'Test',
            kind: 'NEWS_ARTICLE',
            licence: 'test',
            text: `${n} `.repeat(20_000),
          },
        },
      }),
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        data?: unknown;
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      },
    };
  };
  const report: Record<string, unknown> = { readyBefore: await ready() };
  let n = 0;
  let failed: Awaited<ReturnType<typeof register>> | null = null;
  while (n < 500) {
    const res = await register(++n);
    if (res.body.errors) {
      failed = res;
      break;
    }
  }
  report.acceptedBeforeFull = n - 1;
  report.failedStatus = failed?.status;
  report.failedErrors = failed?.body.errors;
  report.readyWhileFull = await ready();
  report.loggedCause = logs
    .map((l) => JSON.parse(l) as { msg?: string; cause?: string; err?: { message?: string } })
    .filter((l) => /unavailable/i.test(l.msg ?? ''))
    .map((l) => l.cause ?? l.err?.message)[0];
  rmSync(ballast);
  report.readyAfterFreeing = await ready();
  const again = await register(10_000);
  report.writeAfterFreeing = again.body.errors ? again.body.errors : 'ok';
  await running.stop();
  report.closed = await store.close().then(
    () => 'ok',
    (err: Error) => err.message,
  );
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((err) => {
  process.stdout.write(`${JSON.stringify({ crashed: String(err?.stack ?? err) })}\n`);
  process.exit(1);
});
