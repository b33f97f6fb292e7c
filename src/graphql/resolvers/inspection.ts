// Inspections, judgements and findings.
import { listInspectionIds } from '../../graph/inspections.js';
import { councilOf } from '../council.js';
import { notFound } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll, loadOne } from '../loaders.js';
import { evidenceOf } from '../views.js';

export const inspectionResolvers: Resolvers = {
  Query: {
    inspections: async (_p, args, ctx) =>
      loadAll(ctx.loaders, 'Inspection', await listInspectionIds(ctx.store, await councilOf(ctx, args.council), args)),
    inspection: async (_p, { id }, ctx) =>
      (await ctx.loaders.card('Inspection').load(id)) ?? Promise.reject(notFound('inspection', id)),
  },
  Inspection: {
    organisation: (i, _a, ctx) => loadOne(ctx.loaders, 'Organisation', i.organisationId),
    reportedIn: (i, _a, ctx) => loadAll(ctx.loaders, 'Document', i.documentIds),
    ledBy: (i, _a, ctx) => loadAll(ctx.loaders, 'Person', i.leaderIds),
    judgements: async (i, _a, ctx) =>
      (await loadAll(ctx.loaders, 'Judgement', i.judgementIds)).sort((a, b) => a.id.localeCompare(b.id)),
    findings: async (i, { polarity }, ctx) =>
      (await loadAll(ctx.loaders, 'Finding', i.findingIds))
        .filter((f) => !polarity || f.polarity === polarity)
        .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
    recommendations: async (i, _a, ctx) =>
      (await loadAll(ctx.loaders, 'Recommendation', i.recommendationIds)).sort(
        (a, b) => (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id),
      ),
    evidence: (i) => evidenceOf(i),
  },
  Judgement: {
    inspection: (j, _a, ctx) => loadOne(ctx.loaders, 'Inspection', j.inspection),
    evidence: (j) => evidenceOf(j),
  },
  Finding: {
    locator: (f) => f.locator ?? '',
    inspection: (f, _a, ctx) => loadOne(ctx.loaders, 'Inspection', f.inspection),
    themes: (f, _a, ctx) => loadAll(ctx.loaders, 'Theme', f.themeIds),
    supports: (f, _a, ctx) => loadAll(ctx.loaders, 'Recommendation', f.supportIds),
    evidence: (f) => evidenceOf(f),
  },
};
