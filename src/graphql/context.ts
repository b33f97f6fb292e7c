// Per-request context: the store, the request's batching loaders, the search index and the curator.
import type { Logger } from 'pino';
import type { GraphStore } from '../graph/store.js';
import type { TextIndex } from '../search/text-index.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Services {
  store: GraphStore;
  textIndex: TextIndex;
  log: Logger;
  /** sha256(token) → curator name. */
  curatorTokenHashes: Map<string, string>;
  /** Today's date, injectable for tests. */
  now: () => Date;
  /** The council (organisation id) answers keep to when a request names none. */
  homeCouncil: string;
}

export interface Context extends Services {
  loaders: Loaders;
  /** The authenticated curator, or null for anonymous readers. */
  curator: string | null;
}

export function createContext(services: Services, curator: string | null): Context {
  return { ...services, loaders: createLoaders(services.store), curator };
}
