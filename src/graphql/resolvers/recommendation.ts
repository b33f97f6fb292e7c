// Recommendations: filtering with cursor pagination, direct recurrence links and recurrence chains.
import { recurringChains } from '../../domain/chains.js';
import { asOfDay } from '../../domain/dates.js';
import { ownersOf } from '../../domain/owners.js';
import {
  filterRecommendationIds,
  listCouncilIds,
  recurrencePaths,
  recurrencePathsIn,
  type PathRow,
} from '../../graph/recommendations.js';
import { isIdOf } from '../../model/nodes.js';
import type { Context } from '../context.js';
import { councilOf } from '../council.js';
import { badInput, notFound } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll, loadOne, settled } from '../loaders.js';
import { evidenceOf, linkView, reachedView } from '../views.js';

const MAX_PAGE = 100;
const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

const MAX_COUNCILS = 20;

/** The position after a cursor's id in a listing. */
function startAfter(ids: readonly string[], after: string): number {
  const at = ids.indexOf(decodeCursor(after));
  if (at < 0) throw badInput('Unknown cursor: it does not belong to this listing (filters changed?)', 'after');
  return at + 1;
}

const statusesOf = (includeSuggested: boolean | null | undefined) =>
  includeSuggested ? ['ACCEPTED', 'SUGGESTED'] : ['ACCEPTED'];

/** A council's recurring items from its paths: the chains that reach `toYear`, in number order. */
async function recurringItems(ctx: Context, council: string, paths: PathRow[], toYear: number) {
  const chains = new Map(recurringChains(paths, toYear).map((c) => [c.start, c.reached]));
  const rows = await loadAll(ctx.loaders, 'Recommendation', [...chains.keys()]);
  return rows
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id))
    .map((recommendation) => ({
      recommendation,
      recurrences: chains.get(recommendation.id)!.map(reachedView),
      council,
    }));
}

export const recommendationResolvers: Resolvers = {
  Query: {
    recommendations: async (_p, { filter, first, after }, ctx) => {
      if (first < 1 || first > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`, 'first');
      const ids = await filterRecommendationIds(ctx.store, await councilOf(ctx, filter?.council), filter ?? {});
      const start = after ? startAfter(ids, after) : 0;
      const page = ids.slice(start, start + first);
      const rows = await loadAll(ctx.loaders, 'Recommendation', page);
      return {
        edges: rows.map((node) => ({ node, cursor: encodeCursor(node.id) })),
        hasNextPage: start + first < ids.length,
        totalCount: ids.length,
      };
    },
    recommendation: async (_p, { id }, ctx) =>
      (await ctx.loaders.card('Recommendation').load(id)) ?? Promise.reject(notFound('recommendation', id)),
    recurringRecommendations: async (_p, { fromYear, toYear, includeSuggested, council }, ctx) => {
      if (fromYear >= toYear) throw badInput('fromYear must be earlier than toYear', 'fromYear');
      const scope = await councilOf(ctx, council);
      const paths = await recurrencePaths(ctx.store, scope, fromYear, statusesOf(includeSuggested));
      return recurringItems(ctx, scope, paths, toYear);
    },
    nationalRecurringRecommendations: async (_p, { fromYear, toYear, includeSuggested, first, after }, ctx) => {
      if (fromYear >= toYear) throw badInput('fromYear must be earlier than toYear', 'fromYear');
      if (first < 1 || first > MAX_COUNCILS) throw badInput(`first must be between 1 and ${MAX_COUNCILS}`, 'first');
      const ids = await listCouncilIds(ctx.store);
      const start = after ? startAfter(ids, after) : 0;
      const page = ids.slice(start, start + first);
      const paths = await recurrencePathsIn(ctx.store, page, fromYear, statusesOf(includeSuggested));
      const edges = await Promise.all(
        page.map(async (councilId) => ({
          node: {
            councilId,
            items: await recurringItems(
              ctx,
              councilId,
              paths.filter((p) => p.council === councilId),
              toYear,
            ),
          },
          cursor: encodeCursor(councilId),
        })),
      );
      return { edges, hasNextPage: start + first < ids.length, totalCount: ids.length };
    },
    consideredNotRecurring: async (_p, { fromYear, toYear, council }, ctx) => {
      if (fromYear >= toYear) throw badInput('fromYear must be earlier than toYear', 'fromYear');
      const earlier = await loadAll(
        ctx.loaders,
        'Recommendation',
        await filterRecommendationIds(ctx.store, await councilOf(ctx, council), { year: fromYear }),
      );
      const rejected = earlier.flatMap((r) =>
        r.recursAs.filter((l) => l.status === 'REJECTED').map((l) => linkView(r, l)),
      );
      const later = new Map(
        (
          await loadAll(
            ctx.loaders,
            'Recommendation',
            rejected.map((v) => v.recommendationId),
          )
        ).map((r) => [r.id, r]),
      );
      return rejected.filter((v) => later.get(v.recommendationId)?.year === toYear);
    },
  },
  Recommendation: {
    inspection: (r, _a, ctx) => loadOne(ctx.loaders, 'Inspection', r.inspection),
    themes: (r, _a, ctx) => loadAll(ctx.loaders, 'Theme', r.themeIds),
    addressedTo: async (r, _a, ctx) => [
      ...(await loadAll(
        ctx.loaders,
        'Organisation',
        r.addressedToIds.filter((id) => isIdOf(id, 'Organisation')),
      )),
      ...(await loadAll(
        ctx.loaders,
        'Role',
        r.addressedToIds.filter((id) => isIdOf(id, 'Role')),
      )),
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
  RecurrenceAspect: {
    themes: (a, _a, ctx) => loadAll(ctx.loaders, 'Theme', a.themeIds),
  },
  RecurringRecommendation: {
    consideredNotRecurring: (v) =>
      v.recommendation.recursAs.filter((l) => l.status === 'REJECTED').map((l) => linkView(v.recommendation, l)),
    currentOwners: async (v, { asOf }, ctx) => {
      const item = v.recommendation;
      // Each recurrence carries the themes of the ask that reached it; actions on it count only for those.
      const reached = new Map(v.recurrences.map((r) => [r.recommendationId, r.aspect?.themeIds ?? []]));
      const targets = [item.id, ...reached.keys(), ...item.themeIds];
      const actions = settled(await ctx.loaders.actionsOn(v.council).loadMany(targets)).flat();
      const day = asOfDay(asOf, ctx.now());
      return ownersOf({ itemId: item.id, reached, themeIds: item.themeIds, actions, asOf: day }).map((o) => ({
        roleId: o.kind === 'ROLE' ? o.ownerId : null,
        organisationId: o.kind === 'ORGANISATION' ? o.ownerId : null,
        actionIds: o.actionIds,
        basis: o.basis,
        asOf: day,
      }));
    },
    evidence: (v) => evidenceOf(v.recommendation),
  },
  CouncilRecurrence: {
    council: (c, _a, ctx) => loadOne(ctx.loaders, 'Organisation', c.councilId),
  },
  CouncilRecurrenceConnection: {
    nodes: (c) => c.edges.map((e) => e.node),
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.edges.at(-1)?.cursor ?? null }),
  },
  RecommendationConnection: {
    nodes: (c) => c.edges.map((e) => e.node),
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.edges.at(-1)?.cursor ?? null }),
  },
};
