// GraphQL contract, run against every available backend over the curated seed.
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseQuote } from '../../src/text/normalise.js';
import { availableBackends } from '../support/backends.js';
import { curatedSeed, FLAGSHIP_ITEMS, useSeededApi } from '../support/fixtures.js';
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
      expect(ids).toEqual(
        expect.arrayContaining([
          'rec-2016-01',
          'rec-2016-02',
          'rec-2016-03',
          'rec-2016-07',
          'rec-2016-10',
          'rec-2016-11',
        ]),
      );
      // Ceasing bed and breakfast for care leavers is not asked again in 2023.
      expect(ids).not.toContain('rec-2016-13');
      expect(
        items.every((i) => i.recommendation.year === 2016 && i.recommendation.inspection.id === 'insp-2016-sif'),
      ).toBe(true);
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
      expect(evidence[0].quote).toMatch(
        /^Ensure that action taken by social workers is compliant with statutory guidance/,
      );
      expect(evidence.map((e: any) => e.document.id)).toContain('doc-2024-commissioner');
      for (const e of evidence) expect(documentText.get(e.document.id)).toContain(normaliseQuote(e.quote));
    });

    it('keeps each chain to the part of the ask that recurs', () => {
      expect(items.map((i) => i.recommendation.id)).toEqual(FLAGSHIP_ITEMS);
      const staffing = item('rec-2016-01');
      const to2023 = staffing.recurrences.find((r: any) => r.recommendation.id === 'rec-2023-11');
      expect(to2023.aspect.themes.map((t: any) => t.id)).toEqual(['theme-recruitment-retention']);
      expect(to2023.aspect.words).toBe('The recruitment and retention of staff');
      // 2023 item 11 also asks for support for newly qualified social workers, which 2016 rec 1 never asked:
      // the chain does not go on to the 2024 principal social worker recommendation through it.
      expect(staffing.recurrences.map((r: any) => r.recommendation.id)).not.toContain('rec-2024-06');
      expect(item('rec-2016-10').recurrences.map((r: any) => r.recommendation.id)).toEqual(['rec-2023-06']);
      for (const i of items)
        for (const r of i.recurrences)
          expect(r.aspect.themes.length, `${i.recommendation.id}>${r.recommendation.id}`).toBeGreaterThan(0);
    });

    it('says why an Appendix 2 neighbour does not recur', () => {
      const staffing = item('rec-2016-01').consideredNotRecurring;
      const consistent = staffing.find((r: any) => r.recommendation.id === 'rec-2019-04');
      expect(consistent.explanation).toMatch(/consistent social worker/);
    });

    it('names as owners the actors of the latest actions, never the parties that agree or are consulted', () => {
      const owners = (id: string) =>
        item(id)
          .currentOwners.map((o: any) => o.role?.id ?? o.organisation.id)
          .sort();
      expect(owners('rec-2016-01')).toEqual(['org-tameside-council', 'role-strategic-partner-lead']);
      expect(owners('rec-2016-07')).toEqual(['role-dcs']);
      expect(owners('rec-2016-12')).toEqual(['org-tameside-council']);
      expect(owners('rec-2016-10')).toEqual([]);
      for (const i of items) expect(owners(i.recommendation.id)).not.toContain('role-commissioner');
      const council = item('rec-2016-01').currentOwners.find((o: any) => o.role === null);
      expect(council.organisation.name).toBe('Tameside Metropolitan Borough Council');
      const targets = council.via.find((a: any) => a.id === 'act-2024-08-a');
      expect(targets.participants.map((p: any) => `${p.party.id}:${p.part}`)).toEqual(
        expect.arrayContaining(['role-commissioner:AGREES', 'role-strategic-partner-lead:SUPPORTS']),
      );
    });

    it('says how old the evidence is: a 2026 answer rests on sources that stop in July 2024', () => {
      const dcs = item('rec-2016-07').currentOwners[0];
      expect(dcs).toMatchObject({ asOf: '2026-11-22', lastEvidenceOn: '2024-07', beyondEvidence: true });
      // The DCS in post is described, not named, by the commissioner's report: no name is given.
      expect(dcs.holders).toEqual([]);
      expect(dcs.unnamedHolders).toHaveLength(1);
      expect(dcs.unnamedHolders[0]).toMatchObject({
        basis: 'STATED_START',
        from: '2023-09',
        lastEvidenceOn: '2024-07',
        beyondEvidence: true,
      });
    });
  });

  it('answers "who owned it then" from the actions proposed by then, within the evidence', async () => {
    const q = `query($asOf: Date) { recurringRecommendations(fromYear: 2016, toYear: 2023) {
      recommendation { id } currentOwners(asOf: $asOf) { role { id } via { id } lastEvidenceOn beyondEvidence } } }`;
    const owners = async (asOf: string) =>
      new Map(
        (await api.gql(q, { asOf })).data.recurringRecommendations.map((i: any) => [
          i.recommendation.id,
          i.currentOwners,
        ]),
      );
    // Mid-2023 no action on these items had been proposed: the commissioner's 2024 actions do not count yet.
    expect([...(await owners('2023-06-30')).values()].flat()).toEqual([]);
    const july2024 = (await owners('2024-07')).get('rec-2016-07') as any[];
    expect(july2024).toEqual([
      {
        role: { id: 'role-dcs' },
        via: [{ id: 'act-2024-brilliant-at-the-basics' }],
        lastEvidenceOn: '2024-07',
        beyondEvidence: false,
      },
    ]);
  });

  it('lists the pairs considered and found not to recur, each with its reason', async () => {
    const res = await api.gql(
      `{ consideredNotRecurring(fromYear: 2016, toYear: 2023) { via { id } recommendation { id } explanation status } }`,
    );
    const pairs = res.data.consideredNotRecurring;
    const earlyHelp = pairs.find((p: any) => p.via.id === 'rec-2016-08');
    expect(earlyHelp).toMatchObject({ recommendation: { id: 'rec-2023-06' }, status: 'REJECTED' });
    expect(earlyHelp.explanation).toMatch(/early help/);
    expect(pairs.map((p: any) => `${p.via.id}>${p.recommendation.id}`)).toContain('rec-2016-05>rec-2023-01');
    expect(pairs.every((p: any) => p.recommendation.id.startsWith('rec-2023-'))).toBe(true);
  });

  it.each([
    ['2016-12-31', ['person-unnamed-dcs-2013']],
    // The 2018 letter's new DCS had been directing change "in the last six months" before the April 2018 visit.
    ['2017-12-01', ['person-james-thomas']],
    ['2018-05-14', ['person-james-thomas']],
    ['2023-10-15', ['person-unnamed-dcs-2023']],
  ])('the DCS on %s', async (asOf, expected) => {
    const res = await api.gql(
      `query($asOf: Date) { role(id: "role-dcs") { holders(asOf: $asOf) { person { id } } } }`,
      { asOf },
    );
    expect(res.data.role.holders.map((h: any) => h.person.id)).toEqual(expected);
  });

  it("closes the current DCS's strategic-support post when she became DCS in September 2023", async () => {
    const q = `query($asOf: Date) { role(id: "role-dcs-strategic-support") { holders(asOf: $asOf) { person { id } to } } }`;
    expect((await api.gql(q, { asOf: '2023-08-15' })).data.role.holders).toEqual([
      { person: { id: 'person-unnamed-dcs-2023' }, to: '2023-09' },
    ]);
    expect((await api.gql(q, { asOf: '2023-10-15' })).data.role.holders).toEqual([]);
  });

  it('says whether a number is the source’s or only a position in its list', async () => {
    const q = `query($id: ID!) { recommendation(id: $id) { number numbered } }`;
    const item = async (id: string) => (await api.gql(q, { id })).data.recommendation;
    // The 2016 report numbers its LSCB recommendations on from 124; the 2023 items are Appendix 2 bullets.
    expect(await item('rec-2016-124')).toEqual({ number: 124, numbered: true });
    expect(await item('rec-2023-03')).toEqual({ number: 3, numbered: false });
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
        for (const e of r.evidence)
          expect(documentText.get(e.document.id), `${r.id} quote`).toContain(normaliseQuote(e.quote));
      }
    }
  });

  /** Every saved recipe with the key fields of its real answer over the curated graph. */
  const RECIPES: Record<string, (data: any) => void> = {
    Flagship: (d) => {
      expect(d.recurringRecommendations.map((i: any) => i.recommendation.id)).toEqual(FLAGSHIP_ITEMS);
      const one = d.recurringRecommendations.find((i: any) => i.recommendation.id === 'rec-2016-01');
      expect(one.recurrences.map((r: any) => r.recommendation.id)).toContain('rec-2023-11');
      // The Council acts; the commissioner only agrees or is consulted, so is no owner.
      const owners = one.currentOwners.map((o: any) => o.role?.id ?? o.organisation.id);
      expect(owners).toContain('org-tameside-council');
      expect(owners).not.toContain('role-commissioner');
      // Today is past the sources' last word (the commissioner's report, July 2024).
      expect(
        new Set(
          d.recurringRecommendations.flatMap((i: any) =>
            i.currentOwners.map((o: any) => `${o.lastEvidenceOn} ${o.beyondEvidence}`),
          ),
        ),
      ).toEqual(new Set(['2024-07 true']));
      // Rec 5's 2023 counterpart is recorded as considered and not recurring, with its reason.
      const five = d.consideredNotRecurring.find(
        (c: any) => c.via.id === 'rec-2016-05' && c.recommendation.id === 'rec-2023-01',
      );
      expect(five.explanation.length).toBeGreaterThan(20);
    },
    Listing: (d) => {
      expect(d.inspections.map((i: any) => i.id)).toEqual([
        'insp-2016-sif',
        'insp-2018-mv5',
        'insp-2019-ilacs',
        'insp-2021-fv',
        'insp-2022-fv',
        'insp-2023-ilacs',
        'insp-2024-commissioner',
      ]);
    },
    ThemesRaisedAtEveryFullInspection: (d) => {
      const ids = d.themesRaisedAtEvery.map((t: any) => t.id);
      expect(ids).toEqual(expect.arrayContaining(['theme-child-voice', 'theme-management-oversight']));
      expect(ids).not.toContain('theme-homeless-16-17');
    },
    AskedIn2021AskedAgainIn2023: (d) => {
      const pairs = d.recurringRecommendations.flatMap((i: any) =>
        i.recurrences
          .filter((r: any) => r.recommendation.year === 2023)
          .map((r: any) => `${i.recommendation.id}>${r.recommendation.id}`),
      );
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
      for (const f of d.recommendation.findings)
        expect(documentText.get('doc-2016-sif')).toContain(normaliseQuote(f.evidence[0].quote));
    },
    HowAThemeDeveloped: (d) => {
      // Thresholds: raised in 2016, by the 2018 monitoring visit, in 2021, 2023 and by the commissioner in 2024.
      expect(d.theme.timeline.map((e: any) => `${e.year}:${e.inspection.id}`)).toEqual([
        '2016:insp-2016-sif',
        '2018:insp-2018-mv5',
        '2021:insp-2021-fv',
        '2023:insp-2023-ilacs',
        '2024:insp-2024-commissioner',
      ]);
      expect(d.theme.timeline.map((e: any) => e.recommendations.map((r: any) => r.id).sort())).toEqual([
        ['rec-2016-02', 'rec-2016-04', 'rec-2016-126'],
        [],
        ['rec-2021-03'],
        ['rec-2023-03'],
        ['rec-2024-14'],
      ]);
      expect(d.theme.inspectionCount).toBe(5);
      expect(d.theme.recurrenceCount).toBe(5);
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
    const res = await api.gql(
      `{ role(id: "role-dcs") { holders(asOf: "2018-06-01") { name capacity basis } holdings { name } } }`,
    );
    expect(res.data.role.holders).toEqual([{ name: 'James Thomas', capacity: 'INTERIM', basis: 'LAST_ATTESTED' }]);
    expect(res.data.role.holdings.map((h: any) => h.name)).toEqual(
      expect.arrayContaining(['James Thomas', 'Richard Hancock', 'Ali Stathers-Tracey']),
    );
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
    const byTheme = await api.gql(
      `{ recommendations(filter: { theme: "theme-care-leavers", year: 2023 }) { nodes { id } } }`,
    );
    expect(byTheme.data.recommendations.nodes.map((n: any) => n.id)).toEqual(
      expect.arrayContaining(['rec-2023-08', 'rec-2023-09']),
    );
    const byText = await api.gql(`{ recommendations(filter: { text: "bed and breakfast" }) { nodes { id } } }`);
    expect(byText.data.recommendations.nodes.map((n: any) => n.id)).toEqual(['rec-2016-13']);
  });

  it('resolves any id with node(id) and says NOT_FOUND for unknown ids', async () => {
    const res = await api.gql(
      `{ a: node(id: "rec-2016-13") { id ... on Recommendation { number } } b: node(id: "theme-thresholds") { id ... on Theme { name } } }`,
    );
    expect(res.data).toEqual({
      a: { id: 'rec-2016-13', number: 13 },
      b: { id: 'theme-thresholds', name: 'Thresholds and decision-making' },
    });
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
    const res = await api.gql(
      `{ search(query: "bed and breakfast", first: 5) { kind snippet matchedTerms node { id } } }`,
    );
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
    const small = await rounds(
      '{ inspections(year: 2021) { recommendations { themes { name } findings { themes { name } } } } }',
    );
    const large = await rounds('{ inspections { recommendations { themes { name } findings { themes { name } } } } }');
    // 1 listing + one batched lookup per label and nesting level; list sizes do not add round-trips.
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
    // The flagship recipe (two top-level questions, owners with their evidence dates and participants) stays
    // within the same bound for 2021 items (a handful) as for 2016 ones (nine, with longer chains).
    const flagship = await rounds(operation('Flagship'));
    const fewer = await rounds(operation('Flagship').replaceAll('fromYear: 2016', 'fromYear: 2021'));
    expect(flagship).toBeLessThanOrEqual(14);
    expect(fewer).toBeLessThanOrEqual(14);
  });
});
