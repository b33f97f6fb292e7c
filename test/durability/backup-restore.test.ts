// npm run backup / npm run restore: a round trip brings back exactly the graph that was backed up,
// including curated writes, moves the graph it replaces aside, and leaves a store that opens normally.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMark } from '../../src/graph/durability.js';
import { EMBEDDED_FILE, openStore } from '../../src/graph/open.js';
import { cypher } from '../../src/graph/store.js';
import { loadSeed } from '../../src/seed/load.js';

const root = mkdtempSync(path.join(tmpdir(), 'backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const addNote = cypher('test.backup.note', 'CREATE (:CuratorNote {id: $id})');
const notes = cypher('test.backup.notes', 'MATCH (n:CuratorNote) RETURN n.id AS id ORDER BY id');
const inspections = cypher('test.backup.inspections', 'MATCH (i:Inspection) RETURN count(i) AS count');

const npm = (script: string, args: string[], dataDir: string) =>
  spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });

async function readBack(dataDir: string) {
  const store = openStore({ backend: 'embedded', dataDir: dataDir });
  try {
    return {
      notes: (await store.read<{ id: string }>(notes)).map((r) => r.id),
      inspections: (await store.read<{ count: number }>(inspections))[0]!.count,
    };
  } finally {
    await store.close();
  }
}

describe('backup and restore', () => {
  it('round-trips the graph with its curated writes through the npm scripts', async () => {
    const data = path.join(root, 'data');
    const store = openStore({ backend: 'embedded', dataDir: data });
    await loadSeed(store);
    await store.write((tx) => tx.run(addNote, { id: 'kept-1' }));
    await store.close();

    const target = path.join(root, 'backup-1');
    const made = npm('backup', [target], data);
    expect(made.status, made.stderr).toBe(0);
    expect(readdirSync(target).sort()).toEqual(['backup.json', EMBEDDED_FILE]);

    // Later writes, then the data directory is lost.
    const later = openStore({ backend: 'embedded', dataDir: data });
    await later.write((tx) => tx.run(addNote, { id: 'after-backup' }));
    await later.close();
    const refused = npm('restore', [target], data);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/--replace/);

    const restored = npm('restore', [target, '--replace'], data);
    expect(restored.status, restored.stderr).toBe(0);
    expect(await readBack(data)).toEqual({ notes: ['kept-1'], inspections: 7 });
    // The replaced graph is kept aside, with the write made after the backup.
    const aside = readdirSync(root).find((d) => d.startsWith('data.replaced-'))!;
    expect(await readBack(path.join(root, aside))).toEqual({ notes: ['after-backup', 'kept-1'], inspections: 7 });
    // The mark matches the restored graph, so it opens and takes writes.
    expect(readMark(path.join(data, EMBEDDED_FILE))).not.toBeNull();
    const reopened = openStore({ backend: 'embedded', dataDir: data });
    await reopened.write((tx) => tx.run(addNote, { id: 'after-restore' }));
    await reopened.close();
    expect((await readBack(data)).notes).toEqual(['after-restore', 'kept-1']);
  }, 120_000);

  it('refuses to write over an existing backup directory', () => {
    const target = path.join(root, 'exists');
    rmSync(target, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', target]);
    const res = npm('backup', [target], path.join(root, 'data'));
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/exists already/);
    expect(existsSync(path.join(target, EMBEDDED_FILE))).toBe(false);
  }, 60_000);
});
