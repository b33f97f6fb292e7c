// Every statement the saved recipes send must start from the node it is about: asking about one council
// must examine about as many rows whether the graph holds one council or many. The engine's own profile
// counts the rows each operator produced; a statement that scans a label (a pattern written from its far
// end, a list not anchored on its council) examines rows in proportion to the whole graph and fails here.
// Embedded only: PROFILE and its output are Grafeo's.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticSeed } from '../../scripts/synthetic/generate.js';
import { openScratchStore } from '../../src/graph/open.js';
import type { GraphStore, Params, Statement } from '../../src/graph/store.js';
import { readRecipes } from '../../src/playground/recipes.js';
import { loadSeed } from '../../src/seed/load.js';
import { readSeed } from '../../src/seed/read.js';
import { startApi, type Api } from '../support/api.js';

const COUNCILS = 8;
const NOW = new Date('2026-11-22T12:00:00Z');

/** Statements the recipes send, with their parameters, recorded from the real API over the seed. */
function recording(store: GraphStore, sent: Array<{ statement: Statement; params: Params }>): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key !== 'read') return Reflect.get(target, key, receiver);
      return (statement: Statement, params: Params = {}) => {
        sent.push({ statement, params });
        return target.read(statement, params);
      };
    },
  });
}

/** Rows produced by all operators of the statement's plan, as Grafeo's PROFILE reports them. */
async function rowsExamined(store: GraphStore, statement: Statement, params: Params): Promise<number> {
  const [row] = await store.read<{ profile: string }>(
    { name: `profile ${statement.name}`, text: `PROFILE ${statement.text}` },
    params,
  );
  return [...row!.profile.matchAll(/rows=(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
}

describe('anchored statements (embedded)', () => {
  let seedStore: GraphStore;
  let nationalStore: GraphStore;
  let api: Api;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anchored-'));
  const sent: Array<{ statement: Statement; params: Params }> = [];

  beforeAll(async () => {
    writeSyntheticSeed(dir, { councils: COUNCILS, years: 10 });
    seedStore = openScratchStore();
    nationalStore = openScratchStore();
    await loadSeed(seedStore);
    await loadSeed(nationalStore, undefined, readSeed(dir));
    api = await startApi(recording(seedStore, sent), { now: () => NOW });
    for (const recipe of readRecipes()) {
      const res = await api.gql(recipe.query);
      expect(res.errors, recipe.name).toBeUndefined();
    }
  }, 240_000);
  afterAll(async () => {
    await api?.stop();
    await seedStore?.close();
    await nationalStore?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every statement the recipes send examines about as many rows with many councils as with one', async () => {
    // The search index is built once from every council's texts (each indexed with its council, searched one
    // council at a time) and reused until a write: a rebuild reads the whole graph by design.
    const unscoped = new Set(['search.texts']);
    const lookups = sent.filter((s) => !unscoped.has(s.statement.name));
    expect(lookups.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    const scanning: string[] = [];
    for (const { statement, params } of lookups) {
      const key = `${statement.name} ${JSON.stringify(params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const [one, many] = [
        await rowsExamined(seedStore, statement, params),
        await rowsExamined(nationalStore, statement, params),
      ];
      // Shared nodes (the national theme taxonomy) may gain a few links; a scan grows with the councils.
      if (many > one * 1.5 + 50)
        scanning.push(`${statement.name}: ${one} rows with one council, ${many} with ${COUNCILS + 1}`);
    }
    expect(scanning).toEqual([]);
  });
});
