// GraphQL contract, run against every available backend over the curated seed.
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseQuote } from '../../src/text/normalise.js';
import { availableBackends } from '../support/backends.js';
import { curatedSeed, useSeededApi } from '../support/fixtures.js';
import { operation, operationNames } from '../support/operations.js';

const documentText = new Map([...curatedSeed().texts].map(([id, text]) => [id, normaliseQuote(text)]));
const NOW = new Date('2026-11-22T12:00:00Z');

describe.each(availableBackends())('API contract on $name', (backend) => {
  const api = useSeededApi({ backend, now: () => NOW });

  describe('flagship: which 2016 recommendations recur in 2023, and who owns them now?', () => {
    let items: any[];
    beforeAll(async () => {
      const res = await api.gql(operation('Flagship'));
      expect(res.errors).toBeUndefined();
      items = res.data.recurringRecommendations;
    });
    const item = (id: string) => items.find((i) => i.recommendation.id === id);

    it('finds the 2016 items the curated links carry into 2023', () => {
      const ids = items.map((i) => i.recommendation.id);
      expect(ids).toEqual(expect.arrayContaining(['rec-2016-01', 'rec-2016-02', 'rec-2016-03', 'rec-2016-07', 'rec-2016-10', 'rec-2016-11']));
      // Ceasing bed and breakfast for care leavers is not asked again in 2023.
      expect(ids).not.toContain('rec-2016-13');
      expect(items.every((i) => i.recommendation.year === 2016 && i.recommendation.inspection.id === 'insp-2016-sif')).toBe(true);
    });

    it('follows chains through intermediate inspections', () => {
      const voice = item('rec-2016-07');
      expect(voice.recommendation.number).toBe(7);
      const chain = voice.recurrences.map((r: any) => `${r.recommendation.year}:${r.recommendation.id}`);
      expect(chain).toEqual(expect.arrayContaining(['2019:rec-2019-02', '2023:rec-2023-07']));
      expect(chain.indexOf('2019:rec-2019-02')).toBeLessThan(chain.indexOf('2023:rec-2023-07'));
    });

    it('explains each link and gives its basis', () => {
      const thresholds = item('rec-2016-02');
      const to2023 = thresholds.recurrences.find((r: any) => r.recommendation.id === 'rec-2023-03');
      expect(to2023.basis).toBe('CURATED');
      expect(to2023.explanation).toMatch(/threshold/i);
      expect(thresholds.recommendation.themes.map((t: any) => t.id)).toContain('theme-thresholds');
    });

    it('cites the 2016 report verbatim, and Appendix 2 where it restates the item', () => {
      const evidence = item('rec-2016-02').evidence;
      expect(evidence[0].document.id).toBe('doc-2016-sif');
      expect(evidence[0].quote).toMatch(/^Ensure that action taken by social workers is compliant with statutory guidance/);
      expect(evidence.map((e: any) => e.document.id)).toContain('doc-2024-commissioner');
      for (const e of evidence) expect(documentText.get(e.document.id)).toContain(normaliseQuote(e.quote));
    });

    it('names owners from the latest actions, with named holders only where the sources name them', () => {
      const leadership = item('rec-2016-05');
      const commissioner = leadership.currentOwners.find((o: any) => o.role.id === 'role-commissioner');
      expect(commissioner.holders.map((h: any) => h.name)).toEqual(['Andy Couldrick']);
      expect(commissioner.holders[0].from).toBe('2024-03');
      expect(commissioner.via.length).toBeGreaterThan(0);
      // The DCS in post is described, not named, by the commissioner's report: no name is given.
      for (const i of items) {
        for (const o of i.currentOwners) if (o.role.id === 'role-dcs') expect(o.holders).toEqual([]);
      }
    });
  });

  it('answers "who owned it then" for an earlier date', async () => {
    const q = `query($asOf: Date) { recurringRecommendations(fromYear: 2016, toYear: 2023) {
      recommendation { id } currentOwners(asOf: $asOf) { role { id } holders { name basis } } } }`;
    const before = await api.gql(q, { asOf: '2023-06-30' });
    const owners = before.data.recurringRecommendations.find((i: any) => i.recommendation.id === 'rec-2016-05').currentOwners;
    // Before March 2024 there was no commissioner.
    expect(owners.find((o: any) => o.role.id === 'role-commissioner').holders).toEqual([]);
  });

  it('lists every inspection with its items and their sources', async () => {
    const res = await api.gql(operation('Listing'));
    expect(res.errors).toBeUndefined();
    const inspections = res.data.inspections;
    const count = (id: string) => inspections.find((i: any) => i.id === id).recommendations.length;
    expect(inspections.map((i: any) => i.year)).toEqual([2016, 2018, 2019, 2021, 2022, 2023, 2024]);
    expect(count('insp-2016-sif')).toBe(20);
    expect(count('insp-2021-fv')).toBe(6);
    expect(count('insp-2024-commissioner')).toBe(16);
    const lscb = inspections[0].recommendations.filter((r: any) => r.number >= 124).map((r: any) => r.number);
    expect(lscb).toEqual([124, 125, 126, 127, 128, 129]);
    for (const i of inspections) {
      for (const r of i.recommendations) {
        expect(r.evidence.length).toBeGreaterThan(0);
        for (const e of r.evidence) expect(documentText.get(e.document.id), `${r.id} quote`).toContain(normaliseQuote(e.quote));
      }
    }
  });

  /** Every saved recipe with the key fields of its real answer over the curated graph. */
  const RECIPES: Record<string, (data: any) => void> = {
    Flagship: (d) => {
      const five = d.recurringRecommendations.find((i: any) => i.recommendation.id === 'rec-2016-05');
      expect(five.recurrences.map((r: any) => r.recommendation.id)).toEqual(expect.arrayContaining(['rec-2022-01', 'rec-2023-01']));
      expect(five.currentOwners.map((o: any) => o.role.id)).toContain('role-commissioner');
    },
    Listing: (d) => {
      expect(d.inspections.map((i: any) => i.id)).toEqual(['insp-2016-sif', 'insp-2018-mv5', 'insp-2019-ilacs', 'insp-2021-fv',
        'insp-2022-fv', 'insp-2023-ilacs', 'insp-2024-commissioner']);
    },
    ThemesRaisedAtEveryFullInspection: (d) => {
      const ids = d.themesRaisedAtEvery.map((t: any) => t.id);
      expect(ids).toEqual(expect.arrayContaining(['theme-child-voice', 'theme-management-oversight']));
      expect(ids).not.toContain('theme-homeless-16-17');
    },
    AskedIn2021AskedAgainIn2023: (d) => {
      const pairs = d.recurringRecommendations.flatMap((i: any) => i.recurrences
        .filter((r: any) => r.recommendation.year === 2023).map((r: any) => `${i.recommendation.id}>${r.recommendation.id}`));
      expect(pairs).toContain('rec-2021-02>rec-2023-13');
    },
    WhatARoleOwnsNow: (d) => {
      expect(d.role.organisation.name).toBe('Tameside Metropolitan Borough Council');
      expect(d.role.holders).toHaveLength(1);
      expect(d.role.holders[0]).toMatchObject({ from: '2023-09', capacity: 'INTERIM', basis: 'STATED_START' });
      expect(d.role.actions.map((a: any) => a.id)).toContain('act-2024-brilliant-at-the-basics');
    },
    FindingsBehindARecommendation: (d) => {
      expect(d.recommendation).toMatchObject({ id: 'rec-2016-01', number: 1 });
      expect(d.recommendation.findings.length).toBeGreaterThan(0);
      expect(d.recommendation.findings.map((f: any) => f.text).join(' ')).toMatch(/capacity|caseload|staff/i);
      for (const f of d.recommendation.findings) expect(documentText.get('doc-2016-sif')).toContain(normaliseQuote(f.evidence[0].quote));
    },
    HowAThemeDeveloped: (d) => {
      // Thresholds: raised in 2016, by the 2018 monitoring visit, in 2021, 2023 and by the commissioner in 2024.
      expect(d.theme.timeline.map((e: any) => `${e.year}:${e.inspection.id}`)).toEqual(['2016:insp-2016-sif', '2018:insp-2018-mv5',
        '2021:insp-2021-fv', '2023:insp-2023-ilacs', '2024:insp-2024-commissioner']);
      expect(d.theme.timeline.map((e: any) => e.recommendations.map((r: any) => r.id).sort())).toEqual([
        ['rec-2016-02', 'rec-2016-04', 'rec-2016-126'], [], ['rec-2021-03'], ['rec-2023-03'], ['rec-2024-14']]);
      expect(d.theme.inspectionCount).toBe(5);
      expect(d.theme.recurrenceCount).toBe(3);
    },
    SearchTheRecord: (d) => {
      expect(d.search[0]).toMatchObject({ kind: 'RECOMMENDATION', node: { id: 'rec-2022-03', year: 2022 } });
      expect(d.search[0].snippet).toContain('«strategy» «meetings»');
      expect(d.search.map((h: any) => h.node.id)).toContain('find-2021-thresholds-strategy-meetings');
    },
  };

  it('checks the answer of every saved recipe', () => {
    expect(Object.keys(RECIPES).sort()).toEqual(operationNames().sort());
  });

  it.each(Object.entries(RECIPES))('saved recipe %s gives its known answer', async (name, check) => {
    const res = await api.gql(operation(name));
    expect(res.errors).toBeUndefined();
    check(res.data);
  });

  it('role holders over time: the 2018 letter names the interim DCS', async () => {
    const res = await api.gql(`{ role(id: "role-dcs") { holders(asOf: "2018-06-01") { name capacity basis } holdings { name } } }`);
    expect(res.data.role.holders).toEqual([{ name: 'James Thomas', capacity: 'INTERIM', basis: 'LAST_ATTESTED' }]);
    expect(res.data.role.holdings.map((h: any) => h.name)).toEqual(expect.arrayContaining(['James Thomas', 'Richard Hancock', 'Ali Stathers-Tracey']));
  });

  it('filters and paginates recommendations with cursors', async () => {
    const q = `query($after: String) { recommendations(filter: { year: 2016 }, first: 8, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: any = await api.gql(q, { after });
      const c = res.data.recommendations;
      expect(c.totalCount).toBe(20);
      seen.push(...c.nodes.map((n: any) => n.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
    const byTheme = await api.gql(`{ recommendations(filter: { theme: "theme-care-leavers", year: 2023 }) { nodes { id } } }`);
    expect(byTheme.data.recommendations.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['rec-2023-08', 'rec-2023-09']));
    const byText = await api.gql(`{ recommendations(filter: { text: "bed and breakfast" }) { nodes { id } } }`);
    expect(byText.data.recommendations.nodes.map((n: any) => n.id)).toEqual(['rec-2016-13']);
  });

  it('resolves any id with node(id) and says NOT_FOUND for unknown ids', async () => {
    const res = await api.gql(`{ a: node(id: "rec-2016-13") { id ... on Recommendation { number } } b: node(id: "theme-thresholds") { id ... on Theme { name } } }`);
    expect(res.data).toEqual({ a: { id: 'rec-2016-13', number: 13 }, b: { id: 'theme-thresholds', name: 'Thresholds and decision-making' } });
    const missing = await api.gql(`{ inspection(id: "insp-1999-none") { id } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.data).toEqual({ inspection: null });
  });

  it('rejects bad arguments with BAD_USER_INPUT', async () => {
    const cases: Array<[string, Record<string, unknown>?]> = [
      ['{ recurringRecommendations(fromYear: 2023, toYear: 2016) { recommendation { id } } }'],
      ['{ recommendations(first: 1000) { totalCount } }'],
      ['{ recommendations(after: "bm9wZQ") { totalCount } }'],
      ['query($d: Date) { role(id: "role-dcs") { holders(asOf: $d) { name } } }', { d: 'July 2023' }],
      ['{ search(query: "   ") { snippet } }'],
    ];
    for (const [q, variables] of cases) {
      const res = await api.gql(q, variables);
      expect(res.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).not.toMatch(/ at .*\.ts:/);
    }
    const literal = await api.gql('{ role(id: "role-dcs") { holders(asOf: "July 2023") { name } } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors?.[0]?.message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('ranks full-text search hits with highlighted snippets', async () => {
    const res = await api.gql(`{ search(query: "bed and breakfast", first: 5) { kind snippet matchedTerms node { id } } }`);
    const hits = res.data.search;
    expect(hits[0].node.id).toBe('rec-2016-13');
    expect(hits[0].snippet).toContain('«bed»');
    const years = await api.gql(`{ search(query: "thresholds", kinds: [RECOMMENDATION], year: 2023) { node { id } } }`);
    expect(years.data.search.map((h: any) => h.node.id)).toEqual(['rec-2023-03']);
  });

  it('makes a bounded number of database round-trips whatever the list sizes', async () => {
    const rounds = async (q: string) => {
      const before = api.store.statementCount;
      const res = await api.gql(q);
      expect(res.errors).toBeUndefined();
      return api.store.statementCount - before;
    };
    const small = await rounds('{ inspections(year: 2021) { recommendations { themes { name } findings { themes { name } } } } }');
    const large = await rounds('{ inspections { recommendations { themes { name } findings { themes { name } } } } }');
    // 1 listing + one batched lookup per label and nesting level; list sizes do not add round-trips.
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
    const flagship = await rounds(operation('Flagship'));
    expect(flagship).toBeLessThanOrEqual(12);
  });
});
