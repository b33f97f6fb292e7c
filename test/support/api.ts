// Starts the real server (createServer) on a free port over a given store and posts GraphQL to it.
import { pino, type Logger } from 'pino';
import type { GraphStore } from '../../src/graph/store.js';
import type { RequestLimits } from '../../src/graphql/limits/index.js';
import { createServer, hashToken } from '../../src/server.js';

export const CURATOR_TOKEN = 'test-curator-token-0123456789';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: { code?: string; [k: string]: unknown };
  }>;
}

export interface Api {
  url: string;
  store: GraphStore;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface ApiOptions {
  now?: () => Date;
  env?: 'test' | 'production' | 'development';
  /** Request limits; the rate limit is lifted unless given, since suites send many requests from one address. */
  limits?: Partial<RequestLimits>;
  log?: Logger;
  /** Memory for the response cache (default: the service's default; 0 turns it off). */
  responseCacheBytes?: number;
}

export async function startApi(store: GraphStore, options: ApiOptions = {}): Promise<Api> {
  const server = createServer({
    config: {
      env: options.env ?? 'test',
      maxBodyBytes: 100_000,
      curatorTokenHashes: new Map([[hashToken(CURATOR_TOKEN), 'test-curator']]),
      limits: { ratePerMinute: 1_000_000, ...options.limits },
      responseCacheBytes: options.responseCacheBytes,
    },
    store,
    log: options.log ?? pino({ level: 'silent' }),
    now: options.now,
  });
  const running = await server.listen(0);
  return {
    url: running.url,
    store,
    async gql(query, variables, headers = {}) {
      const res = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphQLResponse;
      return { ...body, status: res.status };
    },
    stop: () => running.stop(),
  };
}
