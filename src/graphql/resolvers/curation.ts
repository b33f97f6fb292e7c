// Curation mutations (bearer-token curators only) and the audit trail (open to readers).
import * as curation from '../../curation/service.js';
import { listAuditIds } from '../../graph/curation.js';
import { labelOfId } from '../../model/nodes.js';
import type { Context } from '../context.js';
import { badInput, unauthenticated } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll, loadOne } from '../loaders.js';
import { linkView } from '../views.js';

function curatorOf(ctx: Context): curation.Curator {
  if (!ctx.curator) throw unauthenticated();
  return { name: ctx.curator, now: ctx.now };
}

/** A write changes what cards say: drop this request's cached cards before reading the result. */
function fresh(ctx: Context, ...ids: string[]) {
  for (const id of ids) {
    const label = labelOfId(id);
    if (label) ctx.loaders.card(label).clear(id);
  }
}

async function holdingView(ctx: Context, written: { person: string; role: string; key: string }) {
  fresh(ctx, written.person, written.role);
  const role = await ctx.loaders.card('Role').load(written.role);
  const holding = role?.holdings.find((h) => h.personId === written.person && h.key === written.key);
  if (!holding) throw new Error('the written holding cannot be read back');
  return holding;
}

export const curationResolvers: Resolvers = {
  Query: {
    auditTrail: async (_p, { target, first }, ctx) => {
      if (first < 1 || first > 500) throw badInput('first must be between 1 and 500', 'first');
      return loadAll(ctx.loaders, 'AuditEntry', await listAuditIds(ctx.store, target ?? null, first));
    },
  },
  AuditEntry: {
    sourceDocument: (e, _a, ctx) => (e.sourceDocument ? ctx.loaders.card('Document').load(e.sourceDocument) : null),
  },
  Mutation: {
    recordHolding: async (_p, { input }, ctx) =>
      holdingView(ctx, await curation.recordHolding(ctx.store, curatorOf(ctx), input)),
    endHolding: async (_p, { input }, ctx) =>
      holdingView(ctx, await curation.endHolding(ctx.store, curatorOf(ctx), input)),
    upsertAction: async (_p, { input }, ctx) => {
      const id = await curation.upsertAction(ctx.store, curatorOf(ctx), input);
      fresh(ctx, id, ...(input.owners ?? []), ...(input.respondsTo ?? []));
      return loadOne(ctx.loaders, 'Action', id);
    },
    reviewRecurrence: async (_p, { input }, ctx) => {
      await curation.reviewRecurrence(ctx.store, curatorOf(ctx), input);
      fresh(ctx, input.from, input.to);
      const from = await loadOne(ctx.loaders, 'Recommendation', input.from);
      const link = from.recursAs.find((l) => l.other === input.to);
      if (!link) throw new Error('the reviewed link cannot be read back');
      return linkView({ id: input.from }, link);
    },
    registerDocument: async (_p, { input }, ctx) => {
      const id = await curation.registerDocument(ctx.store, curatorOf(ctx), input);
      return loadOne(ctx.loaders, 'Document', id);
    },
  },
};
