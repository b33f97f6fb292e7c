// Persistence analytics: the graph's items, links and themes handed to the pure rules in domain/persistence.
import { itemPersistence, themePersistence, type PersistenceItem } from '../../domain/persistence.js';
import { listInspectionIds } from '../../graph/inspections.js';
import { chainsByStart } from '../../domain/chains.js';
import { filterRecommendationIds, recurrencePathsFrom } from '../../graph/recommendations.js';
import { rootThemeIds } from '../../graph/themes.js';
import type { Context } from '../context.js';
import { councilOf } from '../council.js';
import { notFound } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll, loadOne } from '../loaders.js';
import { reachedView } from '../views.js';

async function persistenceInputs(ctx: Context, council: string) {
  const [inspectionIds, itemIds, rootIds] = await Promise.all([
    listInspectionIds(ctx.store, council, {}),
    filterRecommendationIds(ctx.store, council, {}),
    rootThemeIds(ctx.store),
  ]);
  const [inspections, rows, roots] = await Promise.all([
    loadAll(ctx.loaders, 'Inspection', inspectionIds),
    loadAll(ctx.loaders, 'Recommendation', itemIds),
    loadAll(ctx.loaders, 'Theme', rootIds),
  ]);
  const leaves = await loadAll(
    ctx.loaders,
    'Theme',
    roots.flatMap((r) => r.childIds),
  );
  const items: PersistenceItem[] = rows.map((r) => ({
    id: r.id,
    inspectionId: r.inspection,
    year: r.year,
    themeIds: r.themeIds,
    laterIds: r.recursAs.filter((l) => l.status === 'ACCEPTED').map((l) => l.other),
    hasEarlier: r.recurrenceOf.some((l) => l.status === 'ACCEPTED'),
  }));
  return {
    inspections: inspections.map((i) => ({ id: i.id, year: i.year, date: i.startedOn ?? i.publishedOn })),
    items,
    themes: [...roots, ...leaves].map((t) => ({ id: t.id, parentId: t.parentId })),
  };
}

export const analyticsResolvers: Resolvers = {
  Query: {
    persistence: async (_p, { after, council }, ctx) => {
      if (after && !(await ctx.loaders.card('Inspection').load(after))) throw notFound('inspection', after);
      const { inspections, items, themes } = await persistenceInputs(ctx, await councilOf(ctx, council));
      return {
        themes: themePersistence(themes, items, inspections, after ?? null),
        items: itemPersistence(items, inspections, after ?? null),
      };
    },
  },
  Recommendation: {
    chain: async (r, _a, ctx) => {
      // The same aspect-consistent walk as recurringRecommendations (domain/chains.ts), anchored on the item.
      const paths = await recurrencePathsFrom(ctx.store, [r.id], ['ACCEPTED']);
      return chainsByStart(paths)[0]?.reached.map(reachedView) ?? [];
    },
  },
  ThemePersistence: {
    theme: (r, _a, ctx) => loadOne(ctx.loaders, 'Theme', r.themeId),
    inspections: (r, _a, ctx) => loadAll(ctx.loaders, 'Inspection', r.inspectionIds),
    recommendations: (r, _a, ctx) => loadAll(ctx.loaders, 'Recommendation', r.itemIds),
  },
  ItemPersistence: {
    recommendation: (r, _a, ctx) => loadOne(ctx.loaders, 'Recommendation', r.itemId),
    chain: (r, _a, ctx) => loadAll(ctx.loaders, 'Recommendation', r.chainIds),
    inspections: (r, _a, ctx) => loadAll(ctx.loaders, 'Inspection', r.inspectionIds),
  },
};
