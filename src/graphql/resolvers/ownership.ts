// Organisations, roles, people, holdings, owners and actions.
import { asOfDay, lastDay } from '../../domain/dates.js';
import { byStart, holdersOn, latestDate } from '../../domain/holders.js';
import { listActionIds, listCouncilPeopleIds, listCouncilRoleIds, listIds } from '../../graph/ownership.js';
import { isIdOf } from '../../model/nodes.js';
import { councilOf } from '../council.js';
import { notFound } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll, loadOne } from '../loaders.js';
import type { Context } from '../context.js';
import { evidenceOf, type OwnerView } from '../views.js';

/** Who held an owning role on the answer's date (none for an organisation owner). */
async function ownerHolders(o: OwnerView, ctx: Context) {
  const role = o.roleId ? await ctx.loaders.card('Role').load(o.roleId) : null;
  return role ? holdersOn(role.holdings, o.asOf, role.singleHolder) : [];
}

/** The latest date a source supports an owner answer: its actions' documents, its holders' attestations. */
async function ownerEvidenceDate(o: OwnerView, ctx: Context): Promise<string | null> {
  const actions = await loadAll(ctx.loaders, 'Action', o.actionIds);
  const documents = await loadAll(
    ctx.loaders,
    'Document',
    actions.flatMap((a) => (a.source ? [a.source] : [])),
  );
  const holders = await ownerHolders(o, ctx);
  return latestDate([...documents.map((d) => d.publishedOn), ...holders.map((h) => h.lastEvidenceOn)]);
}

export const ownershipResolvers: Resolvers = {
  Query: {
    organisations: async (_p, _a, ctx) =>
      loadAll(ctx.loaders, 'Organisation', await listIds(ctx.store, 'Organisation')),
    organisation: async (_p, { id }, ctx) =>
      (await ctx.loaders.card('Organisation').load(id)) ?? Promise.reject(notFound('organisation', id)),
    roles: async (_p, { council }, ctx) =>
      loadAll(ctx.loaders, 'Role', await listCouncilRoleIds(ctx.store, await councilOf(ctx, council))),
    role: async (_p, { id }, ctx) => (await ctx.loaders.card('Role').load(id)) ?? Promise.reject(notFound('role', id)),
    people: async (_p, { council }, ctx) =>
      loadAll(ctx.loaders, 'Person', await listCouncilPeopleIds(ctx.store, await councilOf(ctx, council))),
    person: async (_p, { id }, ctx) =>
      (await ctx.loaders.card('Person').load(id)) ?? Promise.reject(notFound('person', id)),
    actions: async (_p, { status, council }, ctx) =>
      loadAll(ctx.loaders, 'Action', await listActionIds(ctx.store, await councilOf(ctx, council), status ?? null)),
  },
  Organisation: {
    roles: (o, _a, ctx) => loadAll(ctx.loaders, 'Role', o.roleIds),
    actions: (o, _a, ctx) => loadAll(ctx.loaders, 'Action', o.actionIds),
    evidence: (o) => evidenceOf(o),
  },
  Role: {
    organisation: (r, _a, ctx) => loadOne(ctx.loaders, 'Organisation', r.organisationId),
    holdings: (r) => byStart(r.holdings),
    holders: (r, { asOf }, ctx) => holdersOn(r.holdings, asOfDay(asOf, ctx.now()), r.singleHolder),
    actions: (r, _a, ctx) => loadAll(ctx.loaders, 'Action', r.actionIds),
    evidence: (r) => evidenceOf(r),
  },
  Person: {
    holdings: (p) => byStart(p.holdings),
    evidence: (p) => evidenceOf(p),
  },
  Holding: {
    person: (h, _a, ctx) => loadOne(ctx.loaders, 'Person', h.personId),
    name: (h) => h.personName,
    role: (h, _a, ctx) => loadOne(ctx.loaders, 'Role', h.roleId),
    evidence: (h) => evidenceOf(h),
  },
  Owner: {
    role: async (o, _a, ctx) => (o.roleId ? loadOne(ctx.loaders, 'Role', o.roleId) : null),
    organisation: async (o, _a, ctx) => {
      const id = o.organisationId ?? (o.roleId ? (await loadOne(ctx.loaders, 'Role', o.roleId)).organisationId : null);
      return loadOne(ctx.loaders, 'Organisation', id);
    },
    holders: async (o, _a, ctx) => (await ownerHolders(o, ctx)).filter((h) => h.personNamed),
    unnamedHolders: async (o, _a, ctx) => (await ownerHolders(o, ctx)).filter((h) => !h.personNamed),
    via: (o, _a, ctx) => loadAll(ctx.loaders, 'Action', o.actionIds),
    asOf: (o) => o.asOf,
    lastEvidenceOn: (o, _a, ctx) => ownerEvidenceDate(o, ctx),
    beyondEvidence: async (o, _a, ctx) => {
      const last = await ownerEvidenceDate(o, ctx);
      return last === null || lastDay(last) < o.asOf;
    },
  },
  Participation: {
    party: (p, _a, ctx) => loadOne(ctx.loaders, isIdOf(p.partyId, 'Role') ? 'Role' : 'Organisation', p.partyId),
  },
  Action: {
    owners: (a, _a, ctx) => loadAll(ctx.loaders, 'Role', a.ownerIds),
    organisationOwners: (a, _a, ctx) => loadAll(ctx.loaders, 'Organisation', a.organisationOwnerIds),
    respondsTo: async (a, _a, ctx) => [
      ...(await loadAll(
        ctx.loaders,
        'Recommendation',
        a.respondsToIds.filter((id) => isIdOf(id, 'Recommendation')),
      )),
      ...(await loadAll(
        ctx.loaders,
        'Theme',
        a.respondsToIds.filter((id) => isIdOf(id, 'Theme')),
      )),
    ],
    proposedIn: (a, _a, ctx) => loadOne(ctx.loaders, 'Inspection', a.proposedInId),
    themes: (a, _a, ctx) => loadAll(ctx.loaders, 'Theme', a.themeIds),
    evidence: (a) => evidenceOf(a),
  },
};
