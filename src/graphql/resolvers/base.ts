// Shared scalars, the Node interface, unions, documents and evidence.
import { GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../../domain/dates.js';
import { listIds } from '../../graph/ownership.js';
import { labelOfId } from '../../model/nodes.js';
import { badInput, notFound } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadAll } from '../loaders.js';
import { locateQuote } from '../../text/locate.js';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value))
    throw badInput(`Dates are YYYY, YYYY-MM or YYYY-MM-DD; got ${JSON.stringify(value)}`);
  return value;
}

const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => String(v),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const resolveTypeById = (row: { id: string }) => {
  const label = labelOfId(row.id);
  if (!label) throw new Error(`cannot tell the type of ${row.id}`);
  return label;
};

export const baseResolvers: Resolvers = {
  Date: DateScalar,
  Node: { __resolveType: resolveTypeById },
  Addressee: { __resolveType: (row) => resolveTypeById(row) as 'Organisation' | 'Role' },
  ActionTarget: { __resolveType: (row) => resolveTypeById(row) as 'Recommendation' | 'Theme' },
  Query: {
    node: async (_p, { id }, ctx) => {
      const label = labelOfId(id);
      const row = label ? await ctx.loaders.card(label).load(id) : null;
      if (!row) throw notFound('item', id);
      return row;
    },
    documents: async (_p, _a, ctx) => loadAll(ctx.loaders, 'Document', await listIds(ctx.store, 'Document')),
  },
  Document: {
    text: (d, _a, ctx) => ctx.loaders.documentText.load(d.id),
  },
  Evidence: {
    span: async (e, _a, ctx) => {
      const text = await ctx.loaders.documentText.load(e.source);
      return text ? locateQuote(text, e.quote) : null;
    },
    document: async (e, _a, ctx) => {
      const doc = await ctx.loaders.card('Document').load(e.source);
      if (!doc) throw notFound('document', e.source);
      return doc;
    },
  },
};
