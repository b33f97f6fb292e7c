import { describe, expect, it } from 'vitest';
import { asOfDay, firstDay, lastDay } from '../../src/domain/dates.js';
import { holdersOn } from '../../src/domain/holders.js';
import type { HoldingRow } from '../../src/model/rows.js';

const holding = (personId: string, h: Partial<HoldingRow>): HoldingRow => ({
  personId,
  personName: personId,
  personNamed: true,
  roleId: 'role-dcs',
  from: null,
  to: null,
  attestedOn: null,
  capacity: null,
  key: null,
  source: 'doc',
  quote: 'q',
  locator: 'l',
  ...h,
});

describe('partial dates', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2023-07-15', '2023-07-15', '2023-07-15'],
  ])('%s spans %s to %s', (d, first, last) => {
    expect(firstDay(d)).toBe(first);
    expect(lastDay(d)).toBe(last);
  });
  it('asks about the last day of a partial asOf, or today', () => {
    expect(asOfDay('2023', new Date())).toBe('2023-12-31');
    expect(asOfDay(null, new Date('2026-11-22T10:00:00Z'))).toBe('2026-11-22');
  });
});

describe('holdersOn', () => {
  const dcs = [
    holding('thomas', { attestedOn: '2018-05-14', capacity: 'INTERIM' }),
    holding('hancock', { attestedOn: '2021-06-25' }),
    holding('current', { from: '2023-09', capacity: 'INTERIM' }),
  ];
  it.each([
    ['2017-01-01', []],
    ['2018-05-14', ['thomas:LAST_ATTESTED']],
    ['2020-01-01', ['thomas:LAST_ATTESTED']],
    ['2022-01-01', ['hancock:LAST_ATTESTED']],
    ['2023-09-01', ['current:STATED_START']],
    ['2026-11-22', ['current:STATED_START']],
  ])('on %s the DCS is %j', (asOf, expected) => {
    expect(holdersOn(dcs, asOf, true).map((h) => `${h.personId}:${h.basis}`)).toEqual(expected);
  });

  it('ends a holding at its stated end', () => {
    const h = [holding('a', { from: '2020-01', to: '2021-06' })];
    expect(holdersOn(h, '2021-06-30', true).map((x) => x.basis)).toEqual(['STATED_INTERVAL']);
    expect(holdersOn(h, '2021-07-01', true)).toEqual([]);
  });

  it('keeps several holders of a collective role', () => {
    const members = [holding('a', { attestedOn: '2020' }), holding('b', { attestedOn: '2021' })];
    expect(holdersOn(members, '2022-01-01', false).map((h) => h.personId)).toEqual(['a', 'b']);
    expect(holdersOn(members, '2022-01-01', true).map((h) => h.personId)).toEqual(['b']);
  });

  it('gives one answer per person, the best-founded', () => {
    const same = [holding('a', { attestedOn: '2021-01' }), holding('a', { from: '2020-05' })];
    expect(holdersOn(same, '2022-01-01', true).map((h) => h.basis)).toEqual(['STATED_START']);
  });
});

describe('evidence horizon of holder answers', () => {
  const dcs = [
    holding('thomas', { attestedOn: '2017-10' }),
    holding('thomas', { attestedOn: '2018-05-14', capacity: 'INTERIM' }),
    holding('current', { from: '2023-09', attestedOn: '2024-07', capacity: 'INTERIM' }),
  ];
  it.each([
    ['2018-01-01', 'thomas', '2018-05-14', false],
    ['2019-06-30', 'thomas', '2018-05-14', true],
    ['2024-07-31', 'current', '2024-07', false],
    ['2026-11-22', 'current', '2024-07', true],
  ])('on %s: %s, last evidenced %s, beyond the evidence: %s', (asOf, person, last, beyond) => {
    expect(holdersOn(dcs, asOf, true).map((h) => [h.personId, h.lastEvidenceOn, h.beyondEvidence])).toEqual([
      [person, last, beyond],
    ]);
  });
});
