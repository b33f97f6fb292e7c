// Council scoping on every backend: with other councils in the graph (synthetic ones, generated into a temp
// dir), list and traversal questions keep to one council — the home council unless the request names another.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticSeed } from '../../scripts/synthetic/generate.js';
import type { GraphStore } from '../../src/graph/store.js';
import { loadSeed } from '../../src/seed/load.js';
import { readSeed } from '../../src/seed/read.js';
import { startApi, type Api } from '../support/api.js';
import { availableBackends } from '../support/backends.js';
import { operation } from '../support/operations.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const OTHER = 'org-synthetic-c001';
const RECURRING = `query($council: ID) { recurringRecommendations(fromYear: 2018, toYear: 2019, council: $council) {
  recommendation { id inspection { organisation { id } } } recurrences { recommendation { id } }
  currentOwners { role { id organisation { id } } } } }`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'council-scope-'));
writeSyntheticSeed(dir, { councils: 2, years: 10 });
const national = readSeed(dir);

describe.each(availableBackends())('council scoping on $name', (backend) => {
  let store: GraphStore;
  let api: Api;
  beforeAll(async () => {
    store = await backend.open();
    await loadSeed(store, undefined, national);
    api = await startApi(store, { now: () => NOW });
  }, 240_000);
  afterAll(async () => {
    await api?.stop();
    await store?.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers the flagship about the home council by default, as on a graph of it alone', async () => {
    const res = await api.gql(operation('Flagship'));
    expect(res.errors).toBeUndefined();
    const ids = res.data.recurringRecommendations.map((i: any) => i.recommendation.id);
    expect(ids).toEqual([
      'rec-2016-01',
      'rec-2016-02',
      'rec-2016-03',
      'rec-2016-04',
      'rec-2016-06',
      'rec-2016-07',
      'rec-2016-10',
      'rec-2016-11',
      'rec-2016-12',
    ]);
    expect(JSON.stringify(res.data)).not.toContain('synthetic');
  });

  it("keeps another council's recurring items, chains and owners to that council", async () => {
    let answered = 0;
    for (const council of [OTHER, 'org-synthetic-c002']) {
      const res = await api.gql(RECURRING, { council });
      expect(res.errors).toBeUndefined();
      const items = res.data.recurringRecommendations as any[];
      answered += items.length;
      for (const item of items) {
        expect(item.recommendation.inspection.organisation.id).toBe(council);
        for (const r of item.recurrences) expect(r.recommendation.id).toMatch(new RegExp(`^rec-${council.slice(4)}-`));
        for (const o of item.currentOwners) expect(o.role.organisation.id).toBe(council);
      }
    }
    expect(answered).toBeGreaterThan(0);
  });

  it("lists one council's inspections and recommendations", async () => {
    const home = await api.gql(`{ inspections { id } }`);
    expect(home.data.inspections.map((i: any) => i.id)).toEqual(
      expect.arrayContaining(['insp-2016-sif', 'insp-2023-ilacs']),
    );
    expect(home.data.inspections).toHaveLength(7);
    const other = await api.gql(`query($c: ID) { inspections(council: $c) { id organisation { id } } }`, { c: OTHER });
    expect(other.data.inspections).toHaveLength(10);
    expect(other.data.inspections.every((i: any) => i.organisation.id === OTHER)).toBe(true);
    const recs = await api.gql(
      `query($c: ID) { recommendations(filter: { council: $c, year: 2019 }, first: 100) { totalCount nodes { id } } }`,
      { c: OTHER },
    );
    expect(recs.data.recommendations.totalCount).toBe(10);
    expect(recs.data.recommendations.nodes.every((r: any) => r.id.startsWith('rec-synthetic-c001-2019-'))).toBe(true);
  });

  it('counts a theme as raised at every full inspection of the asked council only', async () => {
    const home = await api.gql(`{ themesRaisedAtEvery { id } }`);
    expect(home.errors).toBeUndefined();
    const alone = await api.gql(`{ themesRaisedAtEvery { id } }`);
    expect(alone.data).toEqual(home.data);
    const other = await api.gql(`query($c: ID) { themesRaisedAtEvery(council: $c) { id } }`, { c: OTHER });
    expect(other.errors).toBeUndefined();
    expect(other.data.themesRaisedAtEvery.length).toBeGreaterThan(0);
  });
});
