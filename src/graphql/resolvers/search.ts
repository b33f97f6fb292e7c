// Ranked full-text search and service information.
import { countLabels } from '../../graph/info.js';
import { SEARCHABLE } from '../../model/nodes.js';
import { councilOf } from '../council.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { loadOne } from '../loaders.js';

const MAX_HITS = 100;

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_p, { query, kinds, year, first, council }, ctx) => {
      if (!query.trim()) throw badInput('The search query is empty', 'query');
      if (query.length > 500) throw badInput('The search query is longer than 500 characters', 'query');
      if (first < 1 || first > MAX_HITS) throw badInput(`first must be between 1 and ${MAX_HITS}`, 'first');
      return ctx.textIndex.search(query, { council: await councilOf(ctx, council), kinds, year, first });
    },
    serviceInfo: async (_p, _a, ctx) => ({ backend: ctx.store.backend, counts: await countLabels(ctx.store) }),
  },
  SearchHit: {
    node: (h, _a, ctx) => loadOne(ctx.loaders, SEARCHABLE[h.kind], h.id),
  },
};
