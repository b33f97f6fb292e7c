import { describe, expect, it } from 'vitest';
import { itemPersistence, themePersistence, type PersistenceItem } from '../../src/domain/persistence.js';

const inspections = [
  { id: 'i2023', year: 2023, date: '2023-12' },
  { id: 'i2016', year: 2016, date: '2016-11' },
  { id: 'i2022', year: 2022, date: '2022-05' },
  { id: 'i2021', year: 2021, date: '2021-06' },
];
const item = (
  id: string,
  inspectionId: string,
  year: number,
  themeIds: string[],
  laterIds: string[],
  hasEarlier = false,
): PersistenceItem => ({ id, inspectionId, year, themeIds, laterIds, hasEarlier });
const items = [
  item('a16', 'i2016', 2016, ['leaf-x'], ['a22']),
  item('a22', 'i2022', 2022, ['leaf-x'], ['a23'], true),
  item('a23', 'i2023', 2023, ['leaf-x'], [], true),
  item('b16', 'i2016', 2016, ['leaf-y'], []),
  item('c21', 'i2021', 2021, ['leaf-y'], ['c23']),
  item('c23', 'i2023', 2023, ['leaf-z'], [], true),
];

describe('item persistence', () => {
  it('counts each chain once, under its earliest item, with every inspection that raised it again', () => {
    const rows = itemPersistence(items, inspections);
    expect(rows.map((r) => r.itemId)).toEqual(['a16', 'c21', 'b16']);
    expect(rows[0]).toMatchObject({
      chainIds: ['a22', 'a23'],
      inspectionIds: ['i2016', 'i2022', 'i2023'],
      firstRaised: 2016,
      lastRaised: 2023,
      timesRaised: 3,
      yearsOpen: 7,
    });
    expect(rows[2]).toMatchObject({ chainIds: [], timesRaised: 1, yearsOpen: 0 });
  });

  it('says whether an item raised by a chosen inspection was raised again after it', () => {
    const after2022 = new Map(itemPersistence(items, inspections, 'i2022').map((r) => [r.itemId, r.raisedAgainAfter]));
    expect(after2022.get('a16')).toBe(true);
    expect(after2022.get('b16')).toBe(false);
    const after2023 = new Map(itemPersistence(items, inspections, 'i2023').map((r) => [r.itemId, r.raisedAgainAfter]));
    expect(after2023.get('a16')).toBe(false);
    // Not raised by 2016: "again" does not apply.
    expect(
      new Map(itemPersistence(items, inspections, 'i2016').map((r) => [r.itemId, r.raisedAgainAfter])).get('c21'),
    ).toBeNull();
    expect(itemPersistence(items, inspections)[0]!.raisedAgainAfter).toBeNull();
  });
});

describe('theme persistence', () => {
  const themes = [
    { id: 'root', parentId: null },
    { id: 'leaf-x', parentId: 'root' },
    { id: 'leaf-y', parentId: 'root' },
    { id: 'leaf-z', parentId: null },
    { id: 'leaf-unused', parentId: 'root' },
  ];

  it('raises a root through any of its leaves, ranks by times raised and leaves out themes never raised', () => {
    const rows = themePersistence(themes, items, inspections, 'i2021');
    expect(rows.map((r) => r.themeId)).toEqual(['root', 'leaf-x', 'leaf-y', 'leaf-z']);
    expect(rows[0]).toMatchObject({
      timesRaised: 4,
      firstRaised: 2016,
      lastRaised: 2023,
      yearsOpen: 7,
      raisedAgainAfter: true,
    });
    expect(rows[2]).toMatchObject({ themeId: 'leaf-y', inspectionIds: ['i2016', 'i2021'], raisedAgainAfter: false });
    expect(rows[3]).toMatchObject({ themeId: 'leaf-z', raisedAgainAfter: null });
  });
});
