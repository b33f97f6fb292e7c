// Themes: the tree, timelines across inspections and recurrence counts.
import type { RecommendationRow, ThemeRow } from '../../model/rows.js';
import { rootThemeIds, themesRaisedBy } from '../../graph/themes.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll } from '../loaders.js';
import { evidenceOf, type TimelineView } from '../views.js';

/** A theme with its leaves (a root's items are its leaves' items). */
async function scopeOf(theme: ThemeRow, ctx: Context): Promise<ThemeRow[]> {
  return [theme, ...(await loadAll(ctx.loaders, 'Theme', theme.childIds))];
}

const unique = (ids: string[]) => [...new Set(ids)];

async function itemsOf(theme: ThemeRow, ctx: Context) {
  const scope = await scopeOf(theme, ctx);
  const [recommendations, findings] = await Promise.all([
    loadAll(ctx.loaders, 'Recommendation', unique(scope.flatMap((t) => t.recommendationIds))),
    loadAll(ctx.loaders, 'Finding', unique(scope.flatMap((t) => t.findingIds))),
  ]);
  return { scope, recommendations, findings };
}

async function timelineOf(theme: ThemeRow, ctx: Context): Promise<TimelineView[]> {
  const { recommendations, findings } = await itemsOf(theme, ctx);
  const entries = new Map<string, TimelineView>();
  const entry = (inspectionId: string, year: number) => {
    if (!entries.has(inspectionId)) entries.set(inspectionId, { inspectionId, year, findingIds: [], recommendationIds: [] });
    return entries.get(inspectionId)!;
  };
  for (const f of findings) entry(f.inspection, f.year).findingIds.push(f.id);
  for (const r of recommendations) entry(r.inspection, r.year).recommendationIds.push(r.id);
  return [...entries.values()].sort((a, b) => a.year - b.year || a.inspectionId.localeCompare(b.inspectionId));
}

function countLinksWithin(recommendations: RecommendationRow[]): number {
  const inScope = new Set(recommendations.map((r) => r.id));
  return recommendations.reduce((n, r) => n + r.recursAs.filter((l) => l.status === 'ACCEPTED' && inScope.has(l.other)).length, 0);
}

export const themeResolvers: Resolvers = {
  Query: {
    themes: async (_p, _a, ctx) => loadAll(ctx.loaders, 'Theme', await rootThemeIds(ctx.store)),
    theme: async (_p, { id }, ctx) => (await ctx.loaders.card('Theme').load(id)) ?? Promise.reject(notFound('theme', id)),
    themesRaisedAtEvery: async (_p, { kind }, ctx) => {
      const { byTheme, inspections } = await themesRaisedBy(ctx.store, kind);
      if (!inspections.length) return [];
      const leaves = await loadAll(ctx.loaders, 'Theme', [...byTheme.keys()]);
      const raisedBy = new Map<string, Set<string>>();
      for (const leaf of leaves) {
        for (const themeId of [leaf.id, leaf.parentId].filter((x): x is string => !!x)) {
          const set = raisedBy.get(themeId) ?? new Set<string>();
          byTheme.get(leaf.id)!.forEach((i) => set.add(i));
          raisedBy.set(themeId, set);
        }
      }
      const every = [...raisedBy.entries()].filter(([, set]) => inspections.every((i) => set.has(i))).map(([id]) => id);
      // Roots first, then leaves, each by id.
      return (await loadAll(ctx.loaders, 'Theme', every)).sort((a, b) => Number(!!a.parentId) - Number(!!b.parentId) || a.id.localeCompare(b.id));
    },
  },
  Theme: {
    parent: (t, _a, ctx) => (t.parentId ? ctx.loaders.card('Theme').load(t.parentId) : null),
    children: (t, _a, ctx) => loadAll(ctx.loaders, 'Theme', t.childIds),
    recommendations: async (t, _a, ctx) => (await itemsOf(t, ctx)).recommendations.sort((a, b) => a.year - b.year || (a.number ?? 0) - (b.number ?? 0)),
    findings: async (t, _a, ctx) => (await itemsOf(t, ctx)).findings.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id)),
    actions: async (t, _a, ctx) => loadAll(ctx.loaders, 'Action', unique((await scopeOf(t, ctx)).flatMap((s) => s.actionIds))),
    timeline: (t, _a, ctx) => timelineOf(t, ctx),
    inspectionCount: async (t, _a, ctx) => (await timelineOf(t, ctx)).length,
    recurrenceCount: async (t, _a, ctx) => countLinksWithin((await itemsOf(t, ctx)).recommendations),
    evidence: (t) => evidenceOf(t),
  },
  ThemeTimelineEntry: {
    inspection: async (e, _a, ctx) => (await ctx.loaders.card('Inspection').load(e.inspectionId))!,
    findings: (e, _a, ctx) => loadAll(ctx.loaders, 'Finding', e.findingIds),
    recommendations: (e, _a, ctx) => loadAll(ctx.loaders, 'Recommendation', e.recommendationIds),
  },
};
