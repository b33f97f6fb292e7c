// The saved analyst recipes (schema/operations) that the playground opens as tabs.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const OPERATIONS_DIR = path.resolve(import.meta.dirname, '../../schema/operations');

export interface Recipe {
  name: string;
  query: string;
}

export function readRecipes(dir = OPERATIONS_DIR): Recipe[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  // The flagship first: it is the question most people come with.
  files.sort((a, b) => Number(b === 'Flagship.graphql') - Number(a === 'Flagship.graphql'));
  return files.map((f) => ({ name: f.replace(/\.graphql$/, ''), query: readFileSync(path.join(dir, f), 'utf8') }));
}
