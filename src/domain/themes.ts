// Theme roll-ups: which themes every inspection of a kind raised, a theme's timeline across inspections and
// the recurrence links inside a theme. Pure: the caller supplies what the graph holds.
import type { LinkRow } from '../model/rows.js';

/** A theme (usually a leaf) and the inspections (of the kind asked about) whose findings or items raised it. */
export interface LeafRaised {
  id: string;
  parentId: string | null;
  inspectionIds: readonly string[];
}

/**
 * Themes raised at every one of `inspections`: a leaf when it was raised at each, a root when each
 * inspection raised at least one of its leaves. Roots first, then leaves, each by id. No inspections of
 * the kind means no answer (not "every theme").
 */
export function raisedAtEvery(leaves: readonly LeafRaised[], inspections: readonly string[]): string[] {
  if (!inspections.length) return [];
  const raisedBy = new Map<string, Set<string>>();
  for (const leaf of leaves) {
    for (const themeId of [leaf.id, leaf.parentId]) {
      if (!themeId) continue;
      const set = raisedBy.get(themeId) ?? new Set<string>();
      for (const i of leaf.inspectionIds) set.add(i);
      raisedBy.set(themeId, set);
    }
  }
  // A root is any theme without a parent: one named as a parent, or one tagged directly.
  const roots = new Set(leaves.flatMap((l) => (l.parentId === null ? [l.id] : [l.parentId])));
  return [...raisedBy.entries()]
    .filter(([, set]) => inspections.every((i) => set.has(i)))
    .map(([id]) => id)
    .sort((a, b) => Number(!roots.has(a)) - Number(!roots.has(b)) || a.localeCompare(b));
}

/** Something an inspection found or asked, placed on a timeline by its inspection. */
export interface Dated {
  id: string;
  inspection: string;
  year: number;
}

export interface TimelineEntry {
  inspectionId: string;
  year: number;
  findingIds: string[];
  recommendationIds: string[];
}

/** One entry per inspection that raised the theme (by a finding or an item), in date order. */
export function timelineOf(findings: readonly Dated[], recommendations: readonly Dated[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  const entry = (x: Dated) => {
    let e = entries.get(x.inspection);
    if (!e)
      entries.set(
        x.inspection,
        (e = { inspectionId: x.inspection, year: x.year, findingIds: [], recommendationIds: [] }),
      );
    return e;
  };
  for (const f of findings) entry(f).findingIds.push(f.id);
  for (const r of recommendations) entry(r).recommendationIds.push(r.id);
  return [...entries.values()].sort((a, b) => a.year - b.year || a.inspectionId.localeCompare(b.inspectionId));
}

/** Accepted recurrence links whose both ends are among `recommendations` (the items of one theme). */
export function linksWithin(recommendations: ReadonlyArray<{ id: string; recursAs: readonly LinkRow[] }>): number {
  const inScope = new Set(recommendations.map((r) => r.id));
  return recommendations.reduce(
    (n, r) => n + r.recursAs.filter((l) => l.status === 'ACCEPTED' && inScope.has(l.other)).length,
    0,
  );
}
