// Council scoping on every backend: with other councils in the graph (synthetic ones, generated into a temp
// dir), list and traversal questions keep to one council — the home council unless the request names another.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticSeed } from '../../scripts/synthetic/generate.js';
import { listItems, readKnownGraph } from '../../src/graph/ingest.js';
import type { GraphStore } from '../../src/graph/store.js';
import { HOME_COUNCIL } from '../../src/model/council.js';
import { loadSeed } from '../../src/seed/load.js';
import { readSeed } from '../../src/seed/read.js';
import { startApi, type Api } from '../support/api.js';
import { availableBackends } from '../support/backends.js';
import { FLAGSHIP_ITEMS } from '../support/fixtures.js';
import { operation } from '../support/operations.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const OTHER = 'org-synthetic-c001';
const RECURRING = `query($council: ID) { recurringRecommendations(fromYear: 2018, toYear: 2019, council: $council) {
  recommendation { id inspection { organisation { id } } } recurrences { recommendation { id } }
  currentOwners { role { id organisation { id } } } } }`;
// Roots only: a root lists its leaves' items.
const THEME_ITEMS = `query($c: ID) { themes { id ...items } }
fragment items on Theme { recommendations(council: $c) { id inspection { organisation { id } } }
  findings(council: $c) { id inspection { organisation { id } } } actions(council: $c) { id proposedIn { organisation { id } } }
  timeline(council: $c) { year inspection { id organisation { id } } findings { id } recommendations { id } }
  inspectionCount(council: $c) recurrenceCount(council: $c) }`;
const LISTINGS = `query($c: ID) { roles(council: $c) { id organisation { id kind } } people(council: $c) { id }
  actions(council: $c) { id proposedIn { organisation { id } } } }`;
const SEARCH = `query($q: String!, $c: ID) { search(query: $q, council: $c, first: 100) { kind score snippet node { id } } }`;
const NATIONAL = `query($after: String) { nationalRecurringRecommendations(fromYear: 2018, toYear: 2019, first: 2, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { council { id } items { recommendation { id }
  recurrences { recommendation { id } } currentOwners { role { id organisation { id } } } } } } } }`;
const PERSISTENCE = `query($c: ID) { persistence(council: $c) { themes { theme { id } inspections { id organisation { id } }
  timesRaised recommendations { id } } items { recommendation { id } chain { id } timesRaised } } }`;
/** The questions asked with no council named, answered on the seed alone and again with other councils loaded. */
const HOME_QUESTIONS: Array<[string, string, Record<string, unknown>?]> = [
  ['flagship', operation('Flagship')],
  ['how a theme developed', operation('HowAThemeDeveloped')],
  ['themes raised at every full inspection', operation('ThemesRaisedAtEveryFullInspection')],
  ['search the record', operation('SearchTheRecord')],
  ['search for "improve"', SEARCH, { q: 'improve' }],
  ["every theme's items", THEME_ITEMS],
  ['roles, people and actions', LISTINGS],
  ['persistence', PERSISTENCE],
];

const dir = mkdtempSync(path.join(os.tmpdir(), 'council-scope-'));
writeSyntheticSeed(dir, { councils: 2, years: 10 });
const national = readSeed(dir);

describe.each(availableBackends())('council scoping on $name', (backend) => {
  let store: GraphStore;
  let api: Api;
  /** Answers on the seed alone (the home council only), by question. */
  const alone = new Map<string, unknown>();
  let itemsAlone: unknown;
  let knownAlone: unknown;
  beforeAll(async () => {
    // One store at a time (the Neo4j leg shares one database): the seed alone first, then the national graph.
    const seedOnly = await backend.open();
    await loadSeed(seedOnly);
    const seedApi = await startApi(seedOnly, { now: () => NOW });
    for (const [name, query, variables] of HOME_QUESTIONS) {
      const res = await seedApi.gql(query, variables);
      expect(res.errors, name).toBeUndefined();
      alone.set(name, res.data);
    }
    itemsAlone = await listItems(seedOnly, HOME_COUNCIL);
    const { roles, inspections, judgements } = await readKnownGraph(seedOnly, HOME_COUNCIL);
    knownAlone = { roles, inspections, judgements };
    await seedApi.stop();
    await seedOnly.close();
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
    expect(ids).toEqual(FLAGSHIP_ITEMS);
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
    expect(home.data.themesRaisedAtEvery.map((t: any) => t.id)).toEqual(
      (alone.get('themes raised at every full inspection') as any).themesRaisedAtEvery.map((t: any) => t.id),
    );
    const other = await api.gql(`query($c: ID) { themesRaisedAtEvery(council: $c) { id } }`, { c: OTHER });
    expect(other.errors).toBeUndefined();
    expect(other.data.themesRaisedAtEvery.length).toBeGreaterThan(0);
  });

  it.each(HOME_QUESTIONS)(
    'answers "%s" about the home council by default, as on the seed alone',
    async (name, query, variables) => {
      const res = await api.gql(query, variables);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual(alone.get(name));
      expect(JSON.stringify(res.data)).not.toContain('synthetic');
    },
  );

  it("lists a theme's items, timeline and counts of the asked council only", async () => {
    const res = await api.gql(THEME_ITEMS, { c: OTHER });
    expect(res.errors).toBeUndefined();
    const themes = res.data.themes as any[];
    const recommendations = themes.flatMap((t) => t.recommendations);
    const findings = themes.flatMap((t) => t.findings);
    const actions = themes.flatMap((t) => t.actions);
    const timeline = themes.flatMap((t) => t.timeline);
    for (const list of [recommendations, findings, actions, timeline]) expect(list.length).toBeGreaterThan(0);
    for (const r of [...recommendations, ...findings]) expect(r.inspection.organisation.id).toBe(OTHER);
    for (const a of actions) expect(a.proposedIn.organisation.id).toBe(OTHER);
    for (const e of timeline) expect(e.inspection.organisation.id).toBe(OTHER);
    for (const t of themes) expect(t.inspectionCount).toBe(t.timeline.length);
    expect(themes.some((t) => t.recurrenceCount > 0)).toBe(true);
  });

  it("analyses the persistence of the asked council's themes and items only", async () => {
    const res = await api.gql(PERSISTENCE, { c: OTHER });
    expect(res.errors).toBeUndefined();
    const { themes, items } = res.data.persistence;
    expect(themes.length).toBeGreaterThan(0);
    for (const t of themes) for (const i of t.inspections) expect(i.organisation.id).toBe(OTHER);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) for (const r of [i.recommendation, ...i.chain]) expect(r.id).toMatch(/^rec-synthetic-c001-/);
  });

  it("searches the asked council's texts only", async () => {
    const res = await api.gql(SEARCH, { q: 'improve', c: OTHER });
    expect(res.errors).toBeUndefined();
    const ids = res.data.search.map((h: any) => h.node.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toContain('synthetic-c001-');
  });

  it("lists the asked council's roles (and shared bodies'), people and actions", async () => {
    const res = await api.gql(LISTINGS, { c: OTHER });
    expect(res.errors).toBeUndefined();
    const { roles, people, actions } = res.data;
    expect(roles.some((r: any) => r.organisation.id === OTHER)).toBe(true);
    for (const r of roles) expect(r.organisation.id === OTHER || r.organisation.kind !== 'LOCAL_AUTHORITY').toBe(true);
    const ids = JSON.stringify([roles, people]);
    expect(ids).toContain('person-synthetic-c001-');
    expect(ids).not.toContain('synthetic-c002');
    expect(ids).not.toContain('tameside-council');
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(a.proposedIn.organisation.id).toBe(OTHER);
  });

  it("compares a new document about a council with that council's items, inspections and roles only", async () => {
    expect(await listItems(store, HOME_COUNCIL)).toEqual(itemsAlone);
    // People and organisations are matched nationally (a person moves, a partner works with several councils).
    const { roles, inspections, judgements } = await readKnownGraph(store, HOME_COUNCIL);
    expect({ roles, inspections, judgements }).toEqual(knownAlone);
    const items = await listItems(store, OTHER);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.id).toMatch(/^rec-synthetic-c001-/);
    const known = await readKnownGraph(store, OTHER);
    expect(known.inspections.length).toBe(10);
    for (const i of known.inspections) expect(i.id).toContain('synthetic-c001-');
    for (const j of known.judgements) expect(j.inspection).toContain('synthetic-c001-');
    expect(JSON.stringify(known.roles)).not.toMatch(/synthetic-c002|role-dcs"/);
  });

  it('answers the national question one page of councils at a time, each as asked about it alone', async () => {
    const pages: any[] = [];
    let after: string | null = null;
    do {
      const res = await api.gql(NATIONAL, { after });
      expect(res.errors).toBeUndefined();
      const page: any = res.data.nationalRecurringRecommendations;
      expect(page.totalCount).toBe(3);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      pages.push(...page.edges);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages.map((e) => e.node.council.id)).toEqual([OTHER, 'org-synthetic-c002', HOME_COUNCIL]);
    for (const { node } of pages) {
      const one = await api.gql(RECURRING, { council: node.council.id });
      expect(node.items.map((i: any) => i.recommendation.id)).toEqual(
        one.data.recurringRecommendations.map((i: any) => i.recommendation.id),
      );
      for (const item of node.items)
        for (const o of item.currentOwners)
          expect(o.role.organisation.id === node.council.id || !o.role.organisation.id.includes('synthetic')).toBe(
            true,
          );
    }
    expect(pages.some((e) => e.node.items.length > 0)).toBe(true);
  });

  it.each([
    ['search', `{ search(query: "improve", council: "org-nowhere") { score } }`],
    ["a theme's items", `{ themes { recommendations(council: "org-nowhere") { id } } }`],
    ['roles', `{ roles(council: "org-nowhere") { id } }`],
    ['inspections', `{ inspections(council: "org-nowhere") { id } }`],
  ])('refuses an unknown council in %s as NOT_FOUND', async (_name, query) => {
    const res = await api.gql(query);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an unknown cursor or a page over 20 councils in the national question', async () => {
    const q = `query($first: Int, $after: String) { nationalRecurringRecommendations(fromYear: 2018, toYear: 2019, first: $first, after: $after) { totalCount } }`;
    expect((await api.gql(q, { first: 21 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(q, { after: 'bm93aGVyZQ' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
