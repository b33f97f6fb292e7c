// Persistence of failures: when a theme or an item was first and last raised, how many inspections raised
// it, how many years it stayed open, and whether it came back after a chosen inspection. "Raised" means an
// inspection or review asked for it (a recommendation, improvement area, priority action or commissioner
// recommendation); an item is raised again by every later item its accepted recurrence links reach.

export interface PersistenceInspection {
  id: string;
  year: number;
  date: string | null;
}
export interface PersistenceItem {
  id: string;
  inspectionId: string;
  year: number;
  themeIds: string[];
  /** Later items linked directly by accepted recurrence links. */
  laterIds: string[];
  /** Whether an accepted link reaches this item from an earlier one. */
  hasEarlier: boolean;
}
export interface PersistenceTheme {
  id: string;
  parentId: string | null;
}

export interface Raised {
  /** Inspections that raised it, in date order. */
  inspectionIds: string[];
  firstRaised: number;
  lastRaised: number;
  timesRaised: number;
  /** Years between the first and the last time it was raised. */
  yearsOpen: number;
  /** null when no inspection was chosen or it had not been raised by then; else whether a later one raised it again. */
  raisedAgainAfter: boolean | null;
}
export interface ItemPersistence extends Raised {
  itemId: string;
  chainIds: string[];
}
export interface ThemePersistence extends Raised {
  themeId: string;
  itemIds: string[];
}

/** Inspections in date order: by year, then by the first date the sources give (undated ones last). */
export function chronological(inspections: PersistenceInspection[]): PersistenceInspection[] {
  return [...inspections].sort(
    (a, b) => a.year - b.year || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id),
  );
}

function raised(
  inspectionIds: Set<string>,
  order: Map<string, number>,
  byId: Map<string, PersistenceInspection>,
  after: string | null,
): Raised {
  const ids = [...inspectionIds].filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
  const years = ids.map((id) => byId.get(id)!.year);
  const firstRaised = years[0] ?? 0;
  const lastRaised = years.at(-1) ?? 0;
  let raisedAgainAfter: boolean | null = null;
  if (after !== null && order.has(after)) {
    const cut = order.get(after)!;
    if (ids.some((id) => order.get(id)! <= cut)) raisedAgainAfter = ids.some((id) => order.get(id)! > cut);
  }
  return {
    inspectionIds: ids,
    firstRaised,
    lastRaised,
    timesRaised: ids.length,
    yearsOpen: lastRaised - firstRaised,
    raisedAgainAfter,
  };
}

/** Most persistent first: raised by more inspections, then open longer, then raised earlier. */
export function rankByPersistence<T extends Raised & ({ itemId: string } | { themeId: string })>(rows: T[]): T[] {
  const key = (r: T) => ('itemId' in r ? r.itemId : r.themeId);
  return [...rows].sort(
    (a, b) =>
      b.timesRaised - a.timesRaised ||
      b.yearsOpen - a.yearsOpen ||
      a.firstRaised - b.firstRaised ||
      key(a).localeCompare(key(b)),
  );
}

/**
 * One row per chain: items no accepted link reaches from an earlier item, each with every later item its
 * links reach (so a 2016 → 2022 → 2023 chain counts once, under its 2016 item).
 */
export function itemPersistence(
  items: PersistenceItem[],
  inspections: PersistenceInspection[],
  after: string | null = null,
): ItemPersistence[] {
  const order = new Map(chronological(inspections).map((i, n) => [i.id, n]));
  const inspectionById = new Map(inspections.map((i) => [i.id, i]));
  const byId = new Map(items.map((i) => [i.id, i]));
  const rows = items
    .filter((item) => !item.hasEarlier)
    .map((item) => {
      const chain = new Set<string>();
      const queue = [...item.laterIds];
      while (queue.length) {
        const id = queue.shift()!;
        if (chain.has(id) || id === item.id || !byId.has(id)) continue;
        chain.add(id);
        queue.push(...byId.get(id)!.laterIds);
      }
      const chainIds = [...chain].sort(
        (a, b) =>
          (order.get(byId.get(a)!.inspectionId) ?? 0) - (order.get(byId.get(b)!.inspectionId) ?? 0) ||
          a.localeCompare(b),
      );
      const raisedBy = new Set([item.inspectionId, ...chainIds.map((id) => byId.get(id)!.inspectionId)]);
      return { itemId: item.id, chainIds, ...raised(raisedBy, order, inspectionById, after) };
    });
  return rankByPersistence(rows);
}

/** One row per theme, root or leaf; a root is raised by any item tagged with one of its leaves. */
export function themePersistence(
  themes: PersistenceTheme[],
  items: PersistenceItem[],
  inspections: PersistenceInspection[],
  after: string | null = null,
): ThemePersistence[] {
  const order = new Map(chronological(inspections).map((i, n) => [i.id, n]));
  const inspectionById = new Map(inspections.map((i) => [i.id, i]));
  const parentOf = new Map(themes.map((t) => [t.id, t.parentId]));
  const itemsOf = new Map<string, PersistenceItem[]>(themes.map((t) => [t.id, []]));
  for (const item of items) {
    const tagged = new Set<string>();
    for (const themeId of item.themeIds) {
      tagged.add(themeId);
      const parent = parentOf.get(themeId);
      if (parent) tagged.add(parent);
    }
    for (const themeId of tagged) itemsOf.get(themeId)?.push(item);
  }
  const rows = themes
    .map((t) => {
      const tagged = itemsOf.get(t.id)!;
      return {
        themeId: t.id,
        itemIds: tagged.map((i) => i.id),
        ...raised(new Set(tagged.map((i) => i.inspectionId)), order, inspectionById, after),
      };
    })
    .filter((r) => r.timesRaised > 0);
  return rankByPersistence(rows);
}
