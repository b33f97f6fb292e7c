// The saved operations (schema/operations) by name, as clients and the playground use them.
import { readRecipes } from '../../src/playground/recipes.js';

const byName = new Map(readRecipes().map((r) => [r.name, r.query]));

export function operation(name: string): string {
  const query = byName.get(name);
  if (!query) throw new Error(`no saved operation ${name}`);
  return query;
}

export const operationNames = () => [...byName.keys()];
