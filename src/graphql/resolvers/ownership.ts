// Organisations, roles, people, holdings, owners and actions.
import { asOfDay } from '../../domain/dates.js';
import { byStart, holdersOn } from '../../domain/holders.js';
import { listActionIds, listIds } from '../../graph/ownership.js';
import { isIdOf } from '../../model/nodes.js';
import { notFound } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll, loadOne } from '../loaders.js';
import { evidenceOf } from '../views.js';

export const ownershipResolvers: Resolvers = {
  Query: {
    organisations: async (_p, _a, ctx) => loadAll(ctx.loaders, 'Organisation', await listIds(ctx.store, 'Organisation')),
    organisation: async (_p, { id }, ctx) => (await ctx.loaders.card('Organisation').load(id)) ?? Promise.reject(notFound('organisation', id)),
    roles: async (_p, _a, ctx) => loadAll(ctx.loaders, 'Role', await listIds(ctx.store, 'Role')),
    role: async (_p, { id }, ctx) => (await ctx.loaders.card('Role').load(id)) ?? Promise.reject(notFound('role', id)),
    people: async (_p, _a, ctx) => loadAll(ctx.loaders, 'Person', await listIds(ctx.store, 'Person')),
    person: async (_p, { id }, ctx) => (await ctx.loaders.card('Person').load(id)) ?? Promise.reject(notFound('person', id)),
    actions: async (_p, { status }, ctx) => loadAll(ctx.loaders, 'Action', await listActionIds(ctx.store, status ?? null)),
  },
  Organisation: {
    roles: (o, _a, ctx) => loadAll(ctx.loaders, 'Role', o.roleIds),
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
    role: (o, _a, ctx) => loadOne(ctx.loaders, 'Role', o.roleId),
    holders: async (o, _a, ctx) => {
      const role = await ctx.loaders.card('Role').load(o.roleId);
      return role ? holdersOn(role.holdings, o.asOf, role.singleHolder).filter((h) => h.personNamed) : [];
    },
    unnamedHolders: async (o, _a, ctx) => {
      const role = await ctx.loaders.card('Role').load(o.roleId);
      return role ? holdersOn(role.holdings, o.asOf, role.singleHolder).filter((h) => !h.personNamed) : [];
    },
    via: (o, _a, ctx) => loadAll(ctx.loaders, 'Action', o.actionIds),
  },
  Action: {
    owners: (a, _a, ctx) => loadAll(ctx.loaders, 'Role', a.ownerIds),
    respondsTo: async (a, _a, ctx) => [
      ...(await loadAll(ctx.loaders, 'Recommendation', a.respondsToIds.filter((id) => isIdOf(id, 'Recommendation')))),
      ...(await loadAll(ctx.loaders, 'Theme', a.respondsToIds.filter((id) => isIdOf(id, 'Theme')))),
    ],
    proposedIn: (a, _a, ctx) => loadOne(ctx.loaders, 'Inspection', a.proposedInId),
    themes: (a, _a, ctx) => loadAll(ctx.loaders, 'Theme', a.themeIds),
    evidence: (a) => evidenceOf(a),
  },
};
