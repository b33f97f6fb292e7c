import { describe, expect, it } from 'vitest';
import { type ActionOnTarget, ownersOf } from '../../src/domain/owners.js';

const action = (
  target: string,
  id: string,
  year: number,
  roles: string[],
  more: Partial<ActionOnTarget> = {},
): ActionOnTarget => ({
  target,
  action: id,
  year,
  proposedOn: `${year}-07`,
  themes: ['theme-thresholds'],
  roles,
  organisations: [],
  ...more,
});
const ask = (actions: ActionOnTarget[], more: Partial<Parameters<typeof ownersOf>[0]> = {}) =>
  ownersOf({
    itemId: 'rec-2016-02',
    reached: new Map([['rec-2023-03', ['theme-thresholds']]]),
    themeIds: ['theme-thresholds'],
    actions,
    asOf: '2026-11-30',
    ...more,
  });

describe('ownersOf', () => {
  it('takes the owners of the latest actions on the item or its recurrences', () => {
    const owners = ask([
      action('rec-2016-02', 'act-2017-a', 2017, ['role-old']),
      action('rec-2023-03', 'act-2024-a', 2024, ['role-dcs', 'role-commissioner']),
      action('theme-thresholds', 'act-2024-t', 2024, ['role-theme']),
    ]);
    expect(owners).toEqual([
      { ownerId: 'role-commissioner', kind: 'ROLE', actionIds: ['act-2024-a'], basis: 'RECURRENCE' },
      { ownerId: 'role-dcs', kind: 'ROLE', actionIds: ['act-2024-a'], basis: 'RECURRENCE' },
    ]);
  });

  it('counts an action on a recurrence only when it concerns the part of the ask that recurs', () => {
    const owners = ask([
      action('rec-2023-03', 'act-board', 2024, ['role-board'], { themes: ['theme-participation'] }),
      action('rec-2023-03', 'act-dcs', 2024, ['role-dcs'], { themes: ['theme-thresholds', 'theme-supervision'] }),
    ]);
    expect(owners.map((o) => o.ownerId)).toEqual(['role-dcs']);
  });

  it('lets an organisation own where the text names no role', () => {
    const owners = ask([action('rec-2023-03', 'act-council', 2024, [], { organisations: ['org-council'] })]);
    expect(owners).toEqual([
      { ownerId: 'org-council', kind: 'ORGANISATION', actionIds: ['act-council'], basis: 'RECURRENCE' },
    ]);
  });

  it('uses only actions proposed by the date asked', () => {
    const actions = [
      action('rec-2016-02', 'act-2022', 2022, [], { organisations: ['org-council'], proposedOn: '2022-06' }),
      action('rec-2023-03', 'act-2024', 2024, ['role-dcs'], { proposedOn: '2024-07' }),
    ];
    expect(ask(actions, { asOf: '2023-06-30' }).map((o) => o.ownerId)).toEqual(['org-council']);
    expect(ask(actions, { asOf: '2024-07-15' }).map((o) => o.ownerId)).toEqual(['org-council']);
    expect(ask(actions, { asOf: '2024-07-31' }).map((o) => o.ownerId)).toEqual(['role-dcs']);
    expect(ask(actions, { asOf: '2021-12-31' })).toEqual([]);
  });

  it("falls back to actions on the item's themes, and says so", () => {
    const owners = ask([action('theme-thresholds', 'act-x', 2024, ['role-pb'])], { reached: new Map() });
    expect(owners).toEqual([{ ownerId: 'role-pb', kind: 'ROLE', actionIds: ['act-x'], basis: 'THEME' }]);
  });

  it('returns no owner when no action names one', () => {
    expect(ask([action('rec-2016-02', 'act-y', 2024, [])])).toEqual([]);
  });
});
