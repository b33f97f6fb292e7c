// Integrity of the curated graph: every quote is in its document, every reference resolves, counts match
// the sources, and nothing about Tameside cites the other councils' paragraphs.
import { describe, expect, it } from 'vitest';
import { checkSeed } from '../../src/seed/integrity.js';
import { readSeed } from '../../src/seed/read.js';

const seed = readSeed();
const r = seed.records;

describe('curated seed integrity', () => {
  it('has no integrity problems (quotes found, ids unique, references resolve)', () => {
    expect(checkSeed(seed).map((p) => `${p.origin} › ${p.record}: ${p.message}`)).toEqual([]);
  });

  it('detects a quote that is not in its document', () => {
    const bad = {
      ...seed,
      records: { ...r, findings: [{ ...r.findings[0]!, quote: 'Tameside children were always safe.' }] },
    };
    expect(checkSeed(bad).some((p) => /quote not found/.test(p.message))).toBe(true);
  });

  it('detects a quote from the paragraphs about other councils', () => {
    const other = {
      ...r.findings[0]!,
      source: 'doc-2022-news',
      quote: 'Child and family assessments were of high quality',
    };
    const bad = { ...seed, records: { ...r, findings: [other] } };
    expect(checkSeed(bad).some((p) => /excluded passage/.test(p.message))).toBe(true);
  });

  it.each([
    ['insp-2016-sif', 20],
    ['insp-2021-fv', 6],
    ['insp-2024-commissioner', 16],
    ['insp-2019-ilacs', 4],
    ['insp-2023-ilacs', 13],
    ['insp-2022-fv', 5],
  ])('%s has %i items, as the source numbers them', (inspection, n) => {
    expect(r.recommendations.filter((x) => x.inspection === inspection)).toHaveLength(n);
  });

  it('numbers 2016 items 1-14 and 124-129', () => {
    const numbers = r.recommendations
      .filter((x) => x.inspection === 'insp-2016-sif')
      .map((x) => x.number)
      .sort((a, b) => a! - b!);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 124, 125, 126, 127, 128, 129]);
  });

  it('gives every recommendation a leaf theme and a locator', () => {
    const leaves = new Set(r.themes.filter((t) => t.parent).map((t) => t.id));
    for (const x of r.recommendations) {
      expect(
        x.themes.some((t) => leaves.has(t)),
        x.id,
      ).toBe(true);
      expect(x.locator.trim().length, x.id).toBeGreaterThan(0);
    }
  });

  it('links every "(Recommendation)" paragraph of 2016 that backs a recommendation', () => {
    const supported = new Set(r.findings.flatMap((f) => f.supports));
    const local = r.recommendations.filter((x) => x.inspection === 'insp-2016-sif' && x.number! <= 14);
    expect(local.filter((x) => !supported.has(x.id)).map((x) => x.id)).toEqual([]);
  });

  it('has seven root themes, the Appendix 2 groups, each with leaves', () => {
    const roots = r.themes.filter((t) => !t.parent);
    expect(roots).toHaveLength(7);
    for (const root of roots) {
      expect(root.source).toBe('doc-2024-commissioner');
      expect(r.themes.filter((t) => t.parent === root.id).length).toBeGreaterThan(0);
    }
  });

  it('links only earlier items to later ones', () => {
    const year = new Map(r.recommendations.map((x) => [x.id, r.inspections.find((i) => i.id === x.inspection)!.year]));
    for (const link of r.recurrences)
      expect(year.get(link.from)!, `${link.from}→${link.to}`).toBeLessThan(year.get(link.to)!);
  });

  it('states holding bounds only as partial ISO dates, never a guessed day', () => {
    const couldrick = r.holdings.find((h) => h.person === 'person-andy-couldrick' && h.role === 'role-commissioner');
    expect(couldrick?.from).toBe('2024-03');
  });

  it("gives every recurrence link an aspect both items carry, in the later item's words", () => {
    const themes = new Map(r.recommendations.map((x) => [x.id, x.themes]));
    for (const link of r.recurrences) {
      for (const t of link.aspect.themes) {
        expect(themes.get(link.from), `${link.from}→${link.to}`).toContain(t);
        expect(themes.get(link.to), `${link.from}→${link.to}`).toContain(t);
      }
    }
  });

  it('detects a chain step whose aspect the two items do not share', () => {
    const recurrences = r.recurrences.map((x) =>
      x.from === 'rec-2023-11' && x.to === 'rec-2024-06'
        ? { ...x, aspect: { ...x.aspect, themes: ['theme-recruitment-retention'] } }
        : x,
    );
    const problems = checkSeed({ ...seed, records: { ...r, recurrences } }).map((p) => `${p.record}: ${p.message}`);
    expect(problems).toEqual([
      'rec-2023-11→rec-2024-06: aspect: theme-recruitment-retention is not a theme of both items (a chain step must share its aspect)',
    ]);
  });

  it.each([
    ['act-2024-08-a', 'role-commissioner', 'agreed by the Commissioner'],
    ['act-2024-08-a', 'role-strategic-partner-lead', 'supported by the Strategic Partner'],
    ['act-2024-09-a', 'role-commissioner', 'consultation with the long-term Commissioner'],
  ])('detects an owner taken from a participation phrase (%s, %s)', (id, owner, phrase) => {
    const actions = r.actions.map((a) =>
      a.id === id
        ? { ...a, owners: [...a.owners, owner], participants: a.participants.filter((p) => p.party !== owner) }
        : a,
    );
    const problems = checkSeed({ ...seed, records: { ...r, actions } }).map((p) => p.message);
    expect(problems).toContain(
      `owners: ${owner} is the party in "${phrase}", which takes part but does not act: record it as a participant`,
    );
    expect(problems).toContain(`"${phrase}" names a participant the action does not record`);
  });

  it('records who agrees, is consulted or supports as participants, never as owners', () => {
    const act = (id: string) => r.actions.find((a) => a.id === id)!;
    expect(act('act-2024-08-a').owners).toEqual(['org-tameside-council']);
    expect(act('act-2024-08-a').participants.map((p) => `${p.party}:${p.part}`)).toEqual([
      'role-commissioner:AGREES',
      'role-strategic-partner-lead:SUPPORTS',
    ]);
    expect(act('act-2024-09-a').participants.map((p) => `${p.party}:${p.part}`)).toEqual([
      'role-commissioner:CONSULTED',
    ]);
    // The Advisor is the one retained; the text does not say who retains them.
    expect(act('act-2024-16-a').owners).toEqual([]);
  });

  it('closes holdings where the text closes them', () => {
    const support = r.holdings.filter((h) => h.role === 'role-dcs-strategic-support');
    expect(support.map((h) => [h.person, h.from, h.to])).toEqual([['person-unnamed-dcs-2023', '2023-07', '2023-09']]);
    // "initially offering strategic support" until "In September 2023, the current DCS assumed the role".
    expect(support[0]!.quote).toMatch(
      /initially offering strategic support.*In September 2023, the current DCS assumed the role/s,
    );
  });
});
