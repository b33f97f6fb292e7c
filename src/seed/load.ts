// Seed loader: validated seed → constraints and indexes → one transaction of idempotent upserts.
import type { Logger } from 'pino';
import { listDocumentsWithoutText, storeDocumentTexts } from '../graph/documents.js';
import { schemaStatements } from '../graph/schema-setup.js';
import { countDocuments, upsertNodes, upsertRels } from '../graph/upserts.js';
import type { GraphStore } from '../graph/store.js';
import { checkSeed } from './integrity.js';
import { readSeed, SeedError, type Seed } from './read.js';
import { seedToGraph } from './to-graph.js';

export interface LoadReport {
  nodes: number;
  relationships: number;
}

export async function loadSeed(store: GraphStore, log?: Pick<Logger, 'info'>, seed: Seed = readSeed()): Promise<LoadReport> {
  const problems = checkSeed(seed);
  if (problems.length) {
    const shown = problems.slice(0, 20).map((p) => `  ${p.origin} › ${p.record}: ${p.message}`);
    throw new SeedError(`the seed has ${problems.length} integrity problem(s); nothing was loaded\n${shown.join('\n')}`);
  }
  const { nodes, rels } = seedToGraph(seed);
  const ddl = schemaStatements(store.backend);
  await store.applySchema(ddl);
  log?.info({ statements: ddl.length }, 'seed: constraints and indexes in place');
  const report: LoadReport = { nodes: 0, relationships: 0 };
  await store.write(async (tx) => {
    for (const [label, rows] of nodes) {
      await upsertNodes(tx, label, rows);
      report.nodes += rows.length;
      log?.info({ label, rows: rows.length }, 'seed: nodes');
    }
    for (const { kind, rows } of rels.values()) {
      const linked = await upsertRels(tx, kind, rows);
      // Integrity checks ran first, so a shortfall means the store disagrees with the seed: abort it all.
      if (linked !== rows.length) throw new SeedError(`seed: ${kind.join(' ')} linked ${linked} of ${rows.length} rows`);
      report.relationships += rows.length;
    }
    log?.info({ relationships: report.relationships }, 'seed: relationships');
  });
  return report;
}

/**
 * Gives seeded documents stored without their text (a graph seeded by an earlier version) their text from
 * the seed, so quote checks read the graph alone. Returns the ids completed.
 */
export async function completeDocumentTexts(store: GraphStore, seed?: Seed): Promise<string[]> {
  const missing = await listDocumentsWithoutText(store);
  if (!missing.length) return [];
  const texts = (seed ?? readSeed()).texts;
  const rows = missing.flatMap((id) => {
    const text = texts.get(id);
    return text === undefined ? [] : [{ id, text }];
  });
  await store.write((tx) => storeDocumentTexts(tx, rows));
  return rows.map((r) => r.id);
}

export async function isSeeded(store: GraphStore): Promise<boolean> {
  const [row] = await store.read<{ n: number }>(countDocuments);
  return (row?.n ?? 0) > 0;
}
