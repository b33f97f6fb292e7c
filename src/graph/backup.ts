// Backup and restore of the embedded graph (npm run backup / npm run restore). A backup is a directory
// with a single-file copy of the graph (Grafeo's save, after a checkpoint) and a manifest naming its epoch
// and node counts. Restoring puts the copy in place, moves whatever was there aside (never deletes it),
// checks the copy opens at the manifest's epoch, and re-stamps the high-water mark to it.
import { existsSync, mkdirSync, readFileSync, renameSync, copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import grafeo from '@grafeo-db/js';
import { writeMarkAtomically } from './durability.js';
import { EMBEDDED_FILE, openEmbeddedStore, saveEmbeddedCopy } from './embedded.js';
import { cypher } from './store.js';

const { GrafeoDB } = grafeo;

export const MANIFEST = 'backup.json';

export interface Manifest {
  epoch: string;
  at: string;
  from: string;
  counts: Record<string, number>;
}

const labelCounts = cypher('backup.labelCounts', 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count');

async function countsOf(dataDir: string): Promise<Record<string, number>> {
  const store = openEmbeddedStore(dataDir);
  try {
    const rows = await store.read<{ label: string; count: number }>(labelCounts);
    return Object.fromEntries(rows.map((r) => [r.label, r.count]).sort());
  } finally {
    await store.close();
  }
}

/** Writes a backup of the graph in `dataDir` to the new directory `target`. The graph must not be open elsewhere. */
export async function backup(dataDir: string, target: string): Promise<Manifest> {
  if (existsSync(target)) throw new Error(`${target} exists already; name a new directory`);
  if (!existsSync(path.join(dataDir, EMBEDDED_FILE))) throw new Error(`no embedded graph in ${dataDir}`);
  mkdirSync(target, { recursive: true });
  const store = openEmbeddedStore(dataDir);
  let epoch: bigint;
  try {
    epoch = await saveEmbeddedCopy(store, path.join(target, EMBEDDED_FILE));
  } finally {
    await store.close();
  }
  const manifest: Manifest = {
    epoch: epoch.toString(),
    at: new Date().toISOString(),
    from: path.resolve(dataDir),
    counts: await countsOf(dataDir),
  };
  writeFileSync(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Restores the backup in `source` into `dataDir`. An existing graph there is moved aside to
 * `<dataDir>.replaced-<time>` (only with `replace`); returns the manifest and where the old graph went.
 */
export async function restore(
  source: string,
  dataDir: string,
  options: { replace: boolean },
): Promise<{ manifest: Manifest; movedTo: string | null }> {
  const manifest = JSON.parse(readFileSync(path.join(source, MANIFEST), 'utf8')) as Manifest;
  const copy = path.join(source, EMBEDDED_FILE);
  // The copy must open, read-only, at the epoch the manifest names before anything is moved.
  const probe = GrafeoDB.openReadOnly(copy);
  const epoch = probe.currentEpoch();
  probe.close();
  if (epoch.toString() !== manifest.epoch)
    throw new Error(`${copy} opens at epoch ${epoch}, its manifest says ${manifest.epoch}`);
  let movedTo: string | null = null;
  if (existsSync(dataDir)) {
    if (!options.replace) throw new Error(`${dataDir} exists; add --replace to move it aside and restore over it`);
    movedTo = `${dataDir.replace(/\/+$/, '')}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, movedTo);
  }
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, EMBEDDED_FILE);
  copyFileSync(copy, file);
  writeMarkAtomically(file, { epoch, at: new Date().toISOString() });
  const counts = await countsOf(dataDir);
  if (JSON.stringify(counts) !== JSON.stringify(manifest.counts)) {
    throw new Error(
      `the restored graph holds ${JSON.stringify(counts)}, the backup recorded ${JSON.stringify(manifest.counts)}`,
    );
  }
  return { manifest, movedTo };
}
