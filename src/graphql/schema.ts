// The executable schema: SDL from schema/*.graphql (the public contract) plus the domain resolvers.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { mergeResolvers } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { analyticsResolvers } from './resolvers/analytics.js';
import { baseResolvers } from './resolvers/base.js';
import { curationResolvers } from './resolvers/curation.js';
import { inspectionResolvers } from './resolvers/inspection.js';
import { ownershipResolvers } from './resolvers/ownership.js';
import { recommendationResolvers } from './resolvers/recommendation.js';
import { reviewResolvers } from './resolvers/review.js';
import { searchResolvers } from './resolvers/search.js';
import { themeResolvers } from './resolvers/theme.js';

export const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../schema');

export function readTypeDefs(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: mergeResolvers([
      baseResolvers,
      inspectionResolvers,
      recommendationResolvers,
      themeResolvers,
      ownershipResolvers,
      searchResolvers,
      curationResolvers,
      analyticsResolvers,
      reviewResolvers,
    ]) as never,
  });
}
