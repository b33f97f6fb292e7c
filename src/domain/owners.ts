// "Who owns it": the roles owning the latest actions on an item or its recurrences; failing those, on
// its themes. Pure: the caller supplies the actions found in the graph.
import type { ActionOnTarget } from '../model/rows.js';
import type { OwnershipBasis } from '../model/values.js';

export interface OwnerAnswer { roleId: string; actionIds: string[]; basis: OwnershipBasis }

export function ownersOf(itemId: string, recurrenceIds: readonly string[], themeIds: readonly string[], actions: readonly ActionOnTarget[]): OwnerAnswer[] {
  const basisOf = (target: string): OwnershipBasis | null =>
    target === itemId ? 'ITEM' : recurrenceIds.includes(target) ? 'RECURRENCE' : themeIds.includes(target) ? 'THEME' : null;
  const owned = actions
    .map((a) => ({ ...a, basis: basisOf(a.target) }))
    .filter((a): a is ActionOnTarget & { basis: OwnershipBasis } => a.basis !== null && a.roles.length > 0);
  // Direct answers (item or recurrence) win over theme-level ones; among them the latest year wins.
  const direct = owned.filter((a) => a.basis !== 'THEME');
  const pool = direct.length ? direct : owned;
  if (!pool.length) return [];
  const latest = Math.max(...pool.map((a) => a.year ?? 0));
  const owners = new Map<string, OwnerAnswer>();
  for (const a of pool.filter((x) => (x.year ?? 0) === latest)) {
    for (const roleId of a.roles) {
      const o = owners.get(roleId) ?? { roleId, actionIds: [], basis: a.basis };
      if (!o.actionIds.includes(a.action)) o.actionIds.push(a.action);
      if (a.basis === 'ITEM') o.basis = 'ITEM';
      owners.set(roleId, o);
    }
  }
  return [...owners.values()].sort((x, y) => x.roleId.localeCompare(y.roleId));
}
