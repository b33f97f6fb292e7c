// The explorer's pure pieces: the role timeline's unknown stretches, the recurrence map's cells, CSV quoting.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/explorer/app/lib/export.js';
import { recurrenceMap } from '../../src/explorer/app/lib/recurrence-map.js';
import { roleTimeline } from '../../src/explorer/app/lib/timeline.js';

describe('role timeline', () => {
  const dcs = [
    { name: 'Unnamed DCS', named: false, from: '2013-05', attestedOn: '2016-12' },
    { name: 'Richard Hancock', named: true, attestedOn: '2021-06-25' },
    { name: 'Ali Stathers-Tracey', named: true, attestedOn: '2022-06' },
    { name: 'Unnamed current DCS', named: false, from: '2023-09', attestedOn: '2024-07' },
  ];

  it('draws a stated start only as far as the last date a source shows the holder, and unknown between and after', () => {
    const t = roleTimeline(dcs, '2016-01', '2026-11-30');
    expect(t.bars).toEqual([
      { label: 'Unnamed DCS', named: false, start: '2013-05', end: '2016-12', kind: 'stated' },
      { label: 'Unnamed current DCS', named: false, start: '2023-09', end: '2024-07', kind: 'stated' },
    ]);
    expect(t.points.map((p) => [p.label, p.date])).toEqual([
      ['Richard Hancock', '2021-06-25'],
      ['Ali Stathers-Tracey', '2022-06'],
    ]);
    expect(t.unknown.map((u) => [u.start, u.end])).toEqual([
      ['2016-12', '2021-06-25'],
      ['2021-06-25', '2022-06'],
      ['2022-06', '2023-09'],
      ['2024-07', '2026-11-30'],
    ]);
  });

  it('is all unknown for a role the sources never fill', () => {
    expect(roleTimeline([], '2016-01', '2024-01').unknown.map((u) => [u.start, u.end])).toEqual([
      ['2016-01', '2024-01'],
    ]);
  });
});

describe('recurrence map', () => {
  const roots = [
    {
      id: 'r1',
      name: 'Root',
      children: [
        { id: 'l1', name: 'Leaf 1' },
        { id: 'l2', name: 'Leaf 2' },
      ],
    },
  ];
  const inspections = [
    { id: 'i16', year: 2016, kind: 'FULL_INSPECTION' },
    { id: 'i23', year: 2023, kind: 'FULL_INSPECTION' },
  ];
  const items = [
    { id: 'a', inspection: { id: 'i16' }, themes: [{ id: 'l1', parent: { id: 'r1' } }] },
    {
      id: 'b',
      inspection: { id: 'i23' },
      themes: [
        { id: 'l1', parent: { id: 'r1' } },
        { id: 'l2', parent: { id: 'r1' } },
      ],
    },
  ];

  it('counts a root by its leaves and each leaf by its own items', () => {
    expect(
      recurrenceMap(roots, inspections, items, 'roots').map((r) => r.cells.map((c) => c.items.map((i) => i.id))),
    ).toEqual([[['a'], ['b']]]);
    expect(
      recurrenceMap(roots, inspections, items, 'leaves').map((r) => [r.themeId, r.cells.map((c) => c.items.length)]),
    ).toEqual([
      ['l1', [1, 1]],
      ['l2', [0, 1]],
    ]);
  });
});

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and leaves missing values empty', () => {
    const csv = toCsv([{ id: 'x', text: 'a, "b"\nc', document: 'doc-1', quote: null, locator: 'p 1' }]);
    expect(csv).toBe('id,text,document,quote,locator\r\nx,"a, ""b""\nc",doc-1,,p 1\r\n');
  });
});
