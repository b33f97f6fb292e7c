// Theme roll-ups: "raised at every inspection", timelines and links within a theme (domain/themes.ts).
import { describe, expect, it } from 'vitest';
import { linksWithin, raisedAtEvery, timelineOf } from '../../src/domain/themes.js';
import type { LinkRow } from '../../src/model/rows.js';

const FULL = ['insp-2016-sif', 'insp-2019-ilacs', 'insp-2023-ilacs'];

describe('raisedAtEvery', () => {
  it('keeps a leaf raised at each inspection and the root of leaves that together cover each', () => {
    const ids = raisedAtEvery(
      [
        { id: 'theme-thresholds', parentId: 'theme-social-work-practice', inspectionIds: FULL },
        { id: 'theme-front-door', parentId: 'theme-social-work-practice', inspectionIds: ['insp-2016-sif'] },
        {
          id: 'theme-supervision',
          parentId: 'theme-leadership-governance',
          inspectionIds: ['insp-2016-sif', 'insp-2023-ilacs'],
        },
        { id: 'theme-quality-assurance', parentId: 'theme-leadership-governance', inspectionIds: ['insp-2019-ilacs'] },
      ],
      FULL,
    );
    // Roots first, then leaves, each by id; supervision alone misses 2019, its root does not.
    expect(ids).toEqual(['theme-leadership-governance', 'theme-social-work-practice', 'theme-thresholds']);
  });

  it('answers nothing when there is no inspection of the kind, rather than every theme', () => {
    expect(
      raisedAtEvery([{ id: 'theme-thresholds', parentId: 'theme-social-work-practice', inspectionIds: [] }], []),
    ).toEqual([]);
  });

  it('treats a theme tagged directly with no parent as a root', () => {
    const ids = raisedAtEvery(
      [
        { id: 'theme-partnership', parentId: null, inspectionIds: FULL },
        { id: 'theme-early-help', parentId: 'theme-partnership', inspectionIds: FULL },
      ],
      FULL,
    );
    expect(ids).toEqual(['theme-partnership', 'theme-early-help']);
  });
});

describe('timelineOf', () => {
  it('groups findings and items by inspection, in year order', () => {
    const timeline = timelineOf(
      [
        { id: 'find-2023-01', inspection: 'insp-2023-ilacs', year: 2023 },
        { id: 'find-2016-07', inspection: 'insp-2016-sif', year: 2016 },
      ],
      [
        { id: 'rec-2016-02', inspection: 'insp-2016-sif', year: 2016 },
        { id: 'rec-2021-01', inspection: 'insp-2021-fv', year: 2021 },
      ],
    );
    expect(timeline).toEqual([
      { inspectionId: 'insp-2016-sif', year: 2016, findingIds: ['find-2016-07'], recommendationIds: ['rec-2016-02'] },
      { inspectionId: 'insp-2021-fv', year: 2021, findingIds: [], recommendationIds: ['rec-2021-01'] },
      { inspectionId: 'insp-2023-ilacs', year: 2023, findingIds: ['find-2023-01'], recommendationIds: [] },
    ]);
  });

  it('orders two inspections of one year by id', () => {
    const timeline = timelineOf(
      [],
      [
        { id: 'rec-2022-01', inspection: 'insp-2022-fv', year: 2022 },
        { id: 'rec-2022-x', inspection: 'insp-2022-ilacs', year: 2022 },
      ],
    );
    expect(timeline.map((e) => e.inspectionId)).toEqual(['insp-2022-fv', 'insp-2022-ilacs']);
  });
});

describe('linksWithin', () => {
  const link = (other: string, status: LinkRow['status']): LinkRow => ({
    other,
    status,
    basis: 'CURATED',
    score: 1,
    explanation: 'Appendix 2 groups them',
    source: null,
    quote: null,
    locator: null,
    aspectThemes: ['theme-thresholds'],
    aspectWords: 'thresholds',
  });
  it('counts accepted links whose both ends are items of the theme', () => {
    expect(
      linksWithin([
        {
          id: 'rec-2016-02',
          recursAs: [
            link('rec-2023-03', 'ACCEPTED'),
            link('rec-2019-01', 'ACCEPTED'),
            link('rec-2021-02', 'SUGGESTED'),
          ],
        },
        { id: 'rec-2023-03', recursAs: [] },
        { id: 'rec-2021-02', recursAs: [] },
      ]),
    ).toBe(1);
  });
});
