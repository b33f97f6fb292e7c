import { describe, expect, it } from 'vitest';
import { ownersOf } from '../../src/domain/owners.js';

const action = (target: string, action: string, year: number, roles: string[]) => ({ target, action, year, roles });

describe('ownersOf', () => {
  it('takes the roles owning the latest actions on the item or its recurrences', () => {
    const owners = ownersOf('rec-2016-02', ['rec-2023-03'], ['theme-thresholds'], [
      action('rec-2016-02', 'act-2017-a', 2017, ['role-old']),
      action('rec-2023-03', 'act-2024-a', 2024, ['role-dcs', 'role-commissioner']),
      action('theme-thresholds', 'act-2024-t', 2024, ['role-theme']),
    ]);
    expect(owners).toEqual([
      { roleId: 'role-commissioner', actionIds: ['act-2024-a'], basis: 'RECURRENCE' },
      { roleId: 'role-dcs', actionIds: ['act-2024-a'], basis: 'RECURRENCE' },
    ]);
  });
  it('falls back to actions on the item\'s themes, and says so', () => {
    const owners = ownersOf('rec-2016-07', [], ['theme-child-voice'], [action('theme-child-voice', 'act-x', 2024, ['role-pb'])]);
    expect(owners).toEqual([{ roleId: 'role-pb', actionIds: ['act-x'], basis: 'THEME' }]);
  });
  it('returns no owner when no action names one', () => {
    expect(ownersOf('rec-a', [], [], [action('rec-a', 'act-y', 2024, [])])).toEqual([]);
  });
});
