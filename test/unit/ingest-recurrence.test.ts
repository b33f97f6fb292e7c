// Ranking of earlier items a new item may recur, and the matching the evaluation uses.
import { describe, expect, it } from 'vitest';
import { matchItems } from '../../src/ingest/evaluate.js';
import { DEFAULT_RANKING, profileEarlier, rankCandidates } from '../../src/ingest/recurrence.js';
import { TfIdf } from '../../src/ingest/similarity.js';
import type { EarlierItem, ThemeTag } from '../../src/ingest/types.js';

const earlier: EarlierItem[] = [
  {
    id: 'rec-2016-06',
    year: 2016,
    kind: 'RECOMMENDATION',
    themeIds: ['theme-supervision', 'theme-management-oversight'],
    text: 'Ensure that all staff receive high-quality supervision and managerial oversight at a frequency that reflects their experience.',
  },
  {
    id: 'rec-2016-13',
    year: 2016,
    kind: 'RECOMMENDATION',
    themeIds: ['theme-care-leaver-accommodation'],
    text: 'Ensure that the use of bed and breakfast accommodation for care leavers aged 18 to 25 ceases.',
  },
  {
    id: 'rec-2019-01',
    year: 2019,
    kind: 'IMPROVEMENT_AREA',
    themeIds: ['theme-management-oversight'],
    text: 'The challenge provided by senior leaders, team managers, IROs and conference chairs about the pace and quality of social work.',
  },
  {
    id: 'rec-2021-09',
    year: 2021,
    kind: 'IMPROVEMENT_AREA',
    themeIds: ['theme-supervision'],
    text: 'The quality of supervision and management oversight of social work.',
  },
];
const names = new Map([
  ['theme-supervision', 'Supervision'],
  ['theme-management-oversight', 'Management oversight and challenge'],
]);

function rank(text: string, year: number, themes: ThemeTag[], options = DEFAULT_RANKING) {
  const tfidf = new TfIdf([...earlier.map((e) => e.text), text]);
  return rankCandidates(
    { text, year, themes, profile: tfidf.profile(text) },
    profileEarlier(earlier, tfidf),
    tfidf,
    names,
    options,
  );
}

const supervisionTags: ThemeTag[] = [
  { id: 'theme-supervision', score: 0.8, terms: [{ term: 'supervision', weight: 1.6 }] },
  { id: 'theme-management-oversight', score: 0.78, terms: [{ term: 'management oversight', weight: 1.5 }] },
];

describe('rankCandidates', () => {
  it('ranks earlier items sharing themes and words first and leaves weak and unrelated ones out', () => {
    const text = 'The regularity and quality of supervision and management oversight of practice.';
    const all = rank(text, 2022, supervisionTags, { ...DEFAULT_RANKING, minScore: 0, limit: 10 });
    expect(all.map((c) => c.id)).toEqual(['rec-2021-09', 'rec-2016-06', 'rec-2019-01']);
    expect(all[0]!.score).toBeGreaterThan(all[1]!.score);
    expect(all[1]!.score).toBeGreaterThan(all[2]!.score);
    // A threshold above the theme-only match (no shared wording to speak of) drops it.
    const threshold = (all[1]!.score + all[2]!.score) / 2;
    expect(rank(text, 2022, supervisionTags, { ...DEFAULT_RANKING, minScore: threshold }).map((c) => c.id)).toEqual([
      'rec-2021-09',
      'rec-2016-06',
    ]);
    expect(rank(text, 2022, supervisionTags).every((c) => c.score >= DEFAULT_RANKING.minScore)).toBe(true);
  });

  it('compares only with items of earlier years', () => {
    const ids = rank('The quality of supervision and management oversight.', 2019, supervisionTags).map((c) => c.id);
    expect(ids).toContain('rec-2016-06');
    expect(ids).not.toContain('rec-2019-01');
    expect(ids).not.toContain('rec-2021-09');
    expect(rank('The quality of supervision.', 2016, supervisionTags)).toEqual([]);
  });

  it('explains a suggestion by the shared theme and the shared words', () => {
    const [best] = rank('The quality of supervision and management oversight.', 2023, supervisionTags);
    expect(best!.id).toBe('rec-2021-09');
    expect(best!.basis).toBe('SIMILARITY');
    expect(best!.sharedThemes).toEqual(['theme-supervision']);
    expect(best!.sharedWords).toEqual(expect.arrayContaining(['supervision', 'oversight', 'management']));
    expect(best!.explanation).toMatch(
      /^Asks again for what rec-2021-09 \(2021\) asked: shares theme "Supervision" \(theme-supervision\); shared words: .*supervision.*; shared phrases: .*"management oversight".*; text similarity 0\.\d\d\.$/,
    );
  });

  it('says THEME when the shared theme carries the score, and honours the limit', () => {
    const ranked = rank('Supervision must improve.', 2023, [supervisionTags[0]!], { ...DEFAULT_RANKING, limit: 1 });
    expect(ranked).toHaveLength(1);
    expect(ranked[0]!.basis).toBe('THEME');
    expect(ranked[0]!.explanation).toContain('shares theme "Supervision"');
  });

  it('suggests nothing when neither theme nor wording is shared', () => {
    expect(rank('Children in care should see their families.', 2023, [])).toEqual([]);
  });
});

describe('matchItems (evaluation)', () => {
  it('pairs extracted and curated items one-to-one, best overlap first, at Jaccard 0.5 or more', () => {
    const curated = [
      { id: 'rec-a', year: 2021, themes: [], variants: ['The workloads of social workers in all teams.'] },
      { id: 'rec-b', year: 2021, themes: [], variants: ['Access to sufficient and suitable placements.'] },
    ];
    const pairs = matchItems(
      [
        'Access to sufficient and suitable placements for children.',
        'The workloads of social workers in all teams.',
        'The workloads of social workers.',
        'Something else entirely.',
      ],
      curated,
    );
    expect([...pairs.entries()]).toEqual([
      [1, 'rec-a'],
      [0, 'rec-b'],
    ]);
  });
});
