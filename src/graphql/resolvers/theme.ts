// Themes: the tree, timelines across inspections and recurrence counts (computed in domain/themes.ts).
import { linksWithin, raisedAtEvery, timelineOf } from '../../domain/themes.js';
import { rootThemeIds, themesRaisedBy } from '../../graph/themes.js';
import type { ThemeRow } from '../../model/rows.js';
import type { Context } from '../context.js';
import { councilOf } from '../council.js';
import { notFound } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll, loadOne, settled } from '../loaders.js';
import { evidenceOf } from '../views.js';

const unique = (ids: string[]) => [...new Set(ids)];

/** A theme with its leaves (a root's items are its leaves' items). */
async function scopeOf(theme: ThemeRow, ctx: Context): Promise<ThemeRow[]> {
  return [theme, ...(await loadAll(ctx.loaders, 'Theme', theme.childIds))];
}

/** The ids of the council's items tagged with a theme or its leaves. */
async function taggedWith(theme: ThemeRow, ctx: Context, council: string | null | undefined) {
  const [scope, within] = await Promise.all([scopeOf(theme, ctx), councilOf(ctx, council)]);
  return settled(await ctx.loaders.themeItems(within).loadMany(scope.map((t) => t.id)));
}

async function itemsOf(theme: ThemeRow, ctx: Context, council: string | null | undefined) {
  const tagged = await taggedWith(theme, ctx, council);
  const [recommendations, findings] = await Promise.all([
    loadAll(ctx.loaders, 'Recommendation', unique(tagged.flatMap((t) => t.recommendationIds))),
    loadAll(ctx.loaders, 'Finding', unique(tagged.flatMap((t) => t.findingIds))),
  ]);
  return { recommendations, findings };
}

async function timeline(theme: ThemeRow, ctx: Context, council: string | null | undefined) {
  const { findings, recommendations } = await itemsOf(theme, ctx, council);
  return timelineOf(findings, recommendations);
}

export const themeResolvers: Resolvers = {
  Query: {
    themes: async (_p, _a, ctx) => loadAll(ctx.loaders, 'Theme', await rootThemeIds(ctx.store)),
    theme: async (_p, { id }, ctx) =>
      (await ctx.loaders.card('Theme').load(id)) ?? Promise.reject(notFound('theme', id)),
    themesRaisedAtEvery: async (_p, { kind, council }, ctx) => {
      const { byTheme, inspections } = await themesRaisedBy(ctx.store, await councilOf(ctx, council), kind);
      const tagged = await loadAll(ctx.loaders, 'Theme', [...byTheme.keys()]);
      const raised = tagged.map((t) => ({ id: t.id, parentId: t.parentId, inspectionIds: byTheme.get(t.id) ?? [] }));
      return loadAll(ctx.loaders, 'Theme', raisedAtEvery(raised, inspections));
    },
  },
  Theme: {
    parent: (t, _a, ctx) => (t.parentId ? loadOne(ctx.loaders, 'Theme', t.parentId) : null),
    children: (t, _a, ctx) => loadAll(ctx.loaders, 'Theme', t.childIds),
    recommendations: async (t, { council }, ctx) =>
      (await itemsOf(t, ctx, council)).recommendations.sort(
        (a, b) => a.year - b.year || (a.number ?? 0) - (b.number ?? 0),
      ),
    findings: async (t, { council }, ctx) =>
      (await itemsOf(t, ctx, council)).findings.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id)),
    actions: async (t, { council }, ctx) =>
      loadAll(ctx.loaders, 'Action', unique((await taggedWith(t, ctx, council)).flatMap((s) => s.actionIds))),
    timeline: (t, { council }, ctx) => timeline(t, ctx, council),
    inspectionCount: async (t, { council }, ctx) => (await timeline(t, ctx, council)).length,
    recurrenceCount: async (t, { council }, ctx) => linksWithin((await itemsOf(t, ctx, council)).recommendations),
    evidence: (t) => evidenceOf(t),
  },
  ThemeTimelineEntry: {
    inspection: (e, _a, ctx) => loadOne(ctx.loaders, 'Inspection', e.inspectionId),
    findings: (e, _a, ctx) => loadAll(ctx.loaders, 'Finding', e.findingIds),
    recommendations: (e, _a, ctx) => loadAll(ctx.loaders, 'Recommendation', e.recommendationIds),
  },
};
