// "Who owns it": the owners of the latest actions on an item or on the later items that ask for the same part
// of it; failing those, on its themes. An owner is the actor the text names: a role, or an organisation where
// the text names no role. Pure: the caller supplies the actions found in the graph.
import type { ActionOnTarget } from '../model/rows.js';
import type { OwnershipBasis } from '../model/values.js';
import { lastDay } from './dates.js';

export type { ActionOnTarget };

export interface OwnerAnswer {
  /** A role id or an organisation id. */
  ownerId: string;
  kind: 'ROLE' | 'ORGANISATION';
  actionIds: string[];
  basis: OwnershipBasis;
}

export interface OwnershipQuestion {
  itemId: string;
  /** Later items reached along aspect-consistent links, with the themes carried to each. */
  reached: ReadonlyMap<string, readonly string[]>;
  themeIds: readonly string[];
  actions: readonly ActionOnTarget[];
  /** YYYY-MM-DD: only actions known to have been proposed by then count. */
  asOf: string;
}

/** The day by which an action is known to have been proposed (the last day its proposal date can mean). */
function proposedBy(a: ActionOnTarget): string | null {
  if (a.proposedOn) return lastDay(a.proposedOn);
  return a.year === null ? null : lastDay(String(a.year));
}

export function ownersOf(q: OwnershipQuestion): OwnerAnswer[] {
  const basisOf = (a: ActionOnTarget): OwnershipBasis | null => {
    if (a.target === q.itemId) return 'ITEM';
    const carried = q.reached.get(a.target);
    // An action on a later item counts only for the part of it that carries the ask: the DCS's casework
    // programme answers 2023's children's-voice part, the Corporate Parenting Board's engagement its
    // strategic-participation part.
    if (carried) return a.themes.some((t) => carried.includes(t)) ? 'RECURRENCE' : null;
    return q.themeIds.includes(a.target) ? 'THEME' : null;
  };
  const owned = q.actions
    .filter((a) => a.roles.length + a.organisations.length > 0)
    .filter((a) => {
      const by = proposedBy(a);
      return by !== null && by <= q.asOf;
    })
    .map((a) => ({ ...a, basis: basisOf(a) }))
    .filter((a): a is ActionOnTarget & { basis: OwnershipBasis } => a.basis !== null);
  // Direct answers (item or recurrence) win over theme-level ones; among them the latest year wins.
  const direct = owned.filter((a) => a.basis !== 'THEME');
  const pool = direct.length ? direct : owned;
  if (!pool.length) return [];
  const latest = Math.max(...pool.map((a) => a.year ?? 0));
  const owners = new Map<string, OwnerAnswer>();
  for (const a of pool.filter((x) => (x.year ?? 0) === latest)) {
    const parties = [
      ...a.roles.map((id) => ({ id, kind: 'ROLE' as const })),
      ...a.organisations.map((id) => ({ id, kind: 'ORGANISATION' as const })),
    ];
    for (const { id, kind } of parties) {
      const o = owners.get(id) ?? { ownerId: id, kind, actionIds: [], basis: a.basis };
      if (!o.actionIds.includes(a.action)) o.actionIds.push(a.action);
      if (a.basis === 'ITEM') o.basis = 'ITEM';
      owners.set(id, o);
    }
  }
  for (const o of owners.values()) o.actionIds.sort();
  return [...owners.values()].sort((x, y) => x.ownerId.localeCompare(y.ownerId));
}
