// Recommendations: filtering with cursor pagination, direct recurrence links and recurrence chains.
import { asOfDay } from '../../domain/dates.js';
import { ownersOf } from '../../domain/owners.js';
import { filterRecommendationIds, recurrenceChains } from '../../graph/recommendations.js';
import type { LinkRow, RecommendationRow } from '../../model/rows.js';
import { isIdOf } from '../../model/nodes.js';
import { badInput, notFound } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll, loadOne, settled } from '../loaders.js';
import { evidenceOf, type RecurrenceView } from '../views.js';

const MAX_PAGE = 100;
const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

const linkView = (self: RecommendationRow, link: LinkRow): RecurrenceView => ({
  recommendationId: link.other, viaId: self.id, depth: 1, basis: link.basis, status: link.status, score: link.score ?? 0,
  explanation: link.explanation ?? '', source: link.source, quote: link.quote, locator: link.locator,
});

export const recommendationResolvers: Resolvers = {
  Query: {
    recommendations: async (_p, { filter, first, after }, ctx) => {
      if (first < 1 || first > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`, 'first');
      const ids = await filterRecommendationIds(ctx.store, filter ?? {});
      let start = 0;
      if (after) {
        const at = ids.indexOf(decodeCursor(after));
        if (at < 0) throw badInput('Unknown cursor: it does not belong to this listing (filters changed?)', 'after');
        start = at + 1;
      }
      const page = ids.slice(start, start + first);
      const rows = await loadAll(ctx.loaders, 'Recommendation', page);
      return { edges: rows.map((node) => ({ node, cursor: encodeCursor(node.id) })), hasNextPage: start + first < ids.length, totalCount: ids.length };
    },
    recommendation: async (_p, { id }, ctx) => (await ctx.loaders.card('Recommendation').load(id)) ?? Promise.reject(notFound('recommendation', id)),
    recurringRecommendations: async (_p, { fromYear, toYear, includeSuggested }, ctx) => {
      if (fromYear >= toYear) throw badInput('fromYear must be earlier than toYear', 'fromYear');
      const steps = await recurrenceChains(ctx.store, fromYear, includeSuggested ? ['ACCEPTED', 'SUGGESTED'] : ['ACCEPTED']);
      const byStart = new Map<string, Map<string, RecurrenceView>>();
      for (const s of steps) {
        const chain = byStart.get(s.start) ?? new Map<string, RecurrenceView>();
        // Several paths can reach one item; keep the shortest.
        if (!chain.has(s.id)) {
          chain.set(s.id, { recommendationId: s.id, viaId: s.via, depth: s.depth, basis: s.basis, status: s.status, score: s.score ?? 0,
            explanation: s.explanation ?? '', source: s.source, quote: s.quote, locator: s.locator });
        }
        byStart.set(s.start, chain);
      }
      const yearOf = new Map(steps.map((s) => [s.id, s.year]));
      const starts = [...byStart.entries()].filter(([, chain]) => [...chain.keys()].some((id) => yearOf.get(id) === toYear));
      const rows = await loadAll(ctx.loaders, 'Recommendation', starts.map(([id]) => id));
      return rows
        .sort((a, b) => (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id))
        .map((recommendation) => ({
          recommendation,
          recurrences: [...byStart.get(recommendation.id)!.values()]
            .sort((a, b) => a.depth - b.depth || (yearOf.get(a.recommendationId) ?? 0) - (yearOf.get(b.recommendationId) ?? 0)),
        }));
    },
  },
  Recommendation: {
    inspection: (r, _a, ctx) => loadOne(ctx.loaders, 'Inspection', r.inspection),
    themes: (r, _a, ctx) => loadAll(ctx.loaders, 'Theme', r.themeIds),
    addressedTo: async (r, _a, ctx) => [
      ...(await loadAll(ctx.loaders, 'Organisation', r.addressedToIds.filter((id) => isIdOf(id, 'Organisation')))),
      ...(await loadAll(ctx.loaders, 'Role', r.addressedToIds.filter((id) => isIdOf(id, 'Role')))),
    ],
    findings: (r, _a, ctx) => loadAll(ctx.loaders, 'Finding', r.findingIds),
    actions: (r, _a, ctx) => loadAll(ctx.loaders, 'Action', r.actionIds),
    recursAs: (r, { status }) => r.recursAs.filter((l) => l.status === status).map((l) => linkView(r, l)),
    recurrenceOf: (r, { status }) => r.recurrenceOf.filter((l) => l.status === status).map((l) => linkView(r, l)),
    evidence: (r) => evidenceOf(r),
  },
  Recurrence: {
    recommendation: (v, _a, ctx) => loadOne(ctx.loaders, 'Recommendation', v.recommendationId),
    via: (v, _a, ctx) => loadOne(ctx.loaders, 'Recommendation', v.viaId),
    evidence: (v) => evidenceOf(v),
  },
  RecurringRecommendation: {
    currentOwners: async (v, { asOf }, ctx) => {
      const item = v.recommendation;
      const recurrenceIds = v.recurrences.map((r) => r.recommendationId);
      const targets = [item.id, ...recurrenceIds, ...item.themeIds];
      const actions = settled(await ctx.loaders.actionsOn.loadMany(targets)).flat();
      const day = asOfDay(asOf, ctx.now());
      return ownersOf(item.id, recurrenceIds, item.themeIds, actions).map((o) => ({ ...o, asOf: day }));
    },
    evidence: (v) => evidenceOf(v.recommendation),
  },
  RecommendationConnection: {
    nodes: (c) => c.edges.map((e) => e.node),
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.edges.at(-1)?.cursor ?? null }),
  },
};
