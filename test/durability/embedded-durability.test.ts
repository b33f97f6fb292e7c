// Nothing acknowledged is lost on the embedded store: kill -9 mid-write keeps every acknowledged write;
// a lost, emptied or cut write-ahead log (or a missing data file) is refused at open with recovery steps,
// and the server then refuses to start rather than re-seed; SIGTERM drains, checkpoints, closes, exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_FILE, openStore } from '../../src/graph/open.js';
import { markPath, readMark, walDir } from '../../src/graph/durability.js';
import { hashToken } from '../../src/server.js';

const root = mkdtempSync(path.join(tmpdir(), 'durability-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CHILD = path.resolve('test/support/store-child.ts');
const tsx = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

function linesOf(child: ChildProcess, stream: 'stdout' | 'stderr' = 'stdout'): string[] {
  const lines: string[] = [];
  let rest = '';
  child[stream]!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop()!;
    lines.push(...parts);
  });
  return lines;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function count(dir: string): Promise<{ count?: number; max?: number; error?: string; message?: string }> {
  const child = tsx([CHILD, 'count', dir]);
  const out = linesOf(child);
  await exited(child);
  return JSON.parse(out[0]!);
}

/** Writes until at least `atLeast` writes are acknowledged, then kill -9; returns the last acknowledged. */
async function writeThenKill(dir: string, atLeast: number): Promise<number> {
  const child = tsx([CHILD, 'write', dir]);
  const out = linesOf(child);
  await until(() => out.length >= atLeast, `${atLeast} acknowledged writes`);
  child.kill('SIGKILL');
  await exited(child);
  return Math.max(...out.filter((l) => l.startsWith('acked ')).map((l) => Number(l.slice(6))));
}

let crashed: string;
let acknowledged: number;

beforeAll(async () => {
  crashed = path.join(root, 'crashed');
  acknowledged = await writeThenKill(crashed, 40);
}, 60_000);

describe('kill -9 mid-write', () => {
  it('keeps every acknowledged write and the store opens', async () => {
    cpSync(crashed, path.join(root, 'reopened'), { recursive: true });
    const reopened = await count(path.join(root, 'reopened'));
    expect(reopened.error).toBeUndefined();
    expect(reopened.count).toBeGreaterThanOrEqual(acknowledged);
    expect(reopened.max).toBeGreaterThanOrEqual(acknowledged);
    // The high-water mark holds the epoch of the last acknowledged write.
    expect(readMark(path.join(crashed, EMBEDDED_FILE))!.epoch).toBeGreaterThanOrEqual(BigInt(acknowledged));
  }, 30_000);
});

describe('a store that lost acknowledged writes is refused', () => {
  const damaged = (name: string, damage: (dir: string) => void) => {
    const dir = path.join(root, name);
    cpSync(crashed, dir, { recursive: true });
    damage(dir);
    return dir;
  };
  const segments = (dir: string) => {
    const wal = walDir(path.join(dir, EMBEDDED_FILE));
    return readdirSync(wal)
      .filter((f) => f.endsWith('.log'))
      .map((f) => path.join(wal, f));
  };

  it.each([
    [
      'the WAL directory is missing',
      (dir: string) => rmSync(walDir(path.join(dir, EMBEDDED_FILE)), { recursive: true }),
    ],
    ['the WAL is emptied', (dir: string) => segments(dir).forEach((f) => truncateSync(f, 0))],
    [
      'the WAL is cut in half',
      (dir: string) => segments(dir).forEach((f) => truncateSync(f, Math.floor(statSync(f).size / 2))),
    ],
    ['the data file is missing', (dir: string) => rmSync(path.join(dir, EMBEDDED_FILE))],
  ])(
    'when %s, with the recovery steps',
    async (name, damage) => {
      const dir = damaged(name.replace(/\W+/g, '-'), damage);
      const result = await count(dir);
      expect(result.error).toBe('STORE_UNAVAILABLE');
      expect(result.message).toMatch(/acknowledged/);
      expect(result.message).toMatch(/npm run restore/);
      expect(result.message).toContain(markPath(path.join(dir, EMBEDDED_FILE)));
    },
    30_000,
  );

  it('and the server refuses to start instead of re-seeding over it', async () => {
    const dir = damaged('server-refuses', (d) => rmSync(walDir(path.join(d, EMBEDDED_FILE)), { recursive: true }));
    const before = readFileSync(path.join(dir, EMBEDDED_FILE));
    const server = tsx(['src/index.ts'], { DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent' });
    const errors = linesOf(server, 'stderr');
    expect(await exited(server)).toBe(1);
    expect(errors.join('\n')).toMatch(/^STORE_UNAVAILABLE: .*write-ahead log is missing, emptied or cut short/m);
    expect(readFileSync(path.join(dir, EMBEDDED_FILE)).equals(before)).toBe(true);
  }, 60_000);
});

describe('SIGTERM', () => {
  it('drains, checkpoints and closes the store, exits 0, and leaves the data file self-sufficient', async () => {
    const dir = path.join(root, 'sigterm');
    const token = 'durability-test-token-0123456789';
    const server = tsx(['src/index.ts'], {
      DATA_DIR: dir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      CURATOR_TOKEN_HASHES: `tester:${hashToken(token)}`,
    });
    const logs = linesOf(server);
    await until(() => logs.some((l) => l.includes('"msg":"serving')), 'the server to listen');
    const url = JSON.parse(logs.find((l) => l.includes('"msg":"serving'))!).url as string;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($input: RecordHoldingInput!) { recordHolding(input: $input) { name } }',
        variables: {
          input: {
            personName: 'Jo Example',
            role: 'role-dcs',
            from: '2025-01-06',
            source: { note: 'durability test' },
          },
        },
      }),
    });
    expect((await res.json()).data.recordHolding.name).toBe('Jo Example');
    server.kill('SIGTERM');
    expect(await exited(server)).toBe(0);
    expect(logs.some((l) => l.includes('store closed'))).toBe(true);

    // Without its WAL, the data file alone still holds the seed and the acknowledged write.
    rmSync(walDir(path.join(dir, EMBEDDED_FILE)), { recursive: true, force: true });
    const store = openStore({ backend: 'embedded', dataDir: dir });
    try {
      const { cypher } = await import('../../src/graph/store.js');
      const rows = await store.read<{ name: string }>(
        cypher('test.sigterm.person', "MATCH (p:Person) WHERE p.name = 'Jo Example' RETURN p.name AS name"),
      );
      expect(rows).toEqual([{ name: 'Jo Example' }]);
    } finally {
      await store.close();
    }
    expect(existsSync(markPath(path.join(dir, EMBEDDED_FILE)))).toBe(true);
  }, 90_000);
});
