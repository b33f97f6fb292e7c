// The server factory: Apollo Server on express with the playground, health endpoints, request limits and
// structured logs. index.ts starts it; tests start it with their own store.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import type { GraphStore } from './graph/store.js';
import { createContext, type Context } from './graphql/context.js';
import { formatErrorFor } from './graphql/errors.js';
import { buildSchema } from './graphql/schema.js';
import { explorerRoutes } from './explorer/serve.js';
import { playgroundAssets, playgroundHtml } from './playground/page.js';
import { TextIndex } from './search/text-index.js';

export interface ServerDeps {
  config: Pick<Config, 'env' | 'maxBodyBytes' | 'curatorTokenHashes'>;
  store: GraphStore;
  log: Logger;
  now?: () => Date;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

// Limits sized for the saved recipes with headroom; a request beyond them is refused before execution.
export const LIMITS = { maxDepth: 12, maxAliases: 15, maxCost: 20_000, maxTokens: 3_000, maxDirectives: 20 };

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function createServer(deps: ServerDeps) {
  const { config, store, log } = deps;
  const textIndex = new TextIndex(store);
  const services = { store, textIndex, log, curatorTokenHashes: config.curatorTokenHashes, now: deps.now ?? (() => new Date()) };
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: config.env === 'production' },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    // graphql-armor's plugin types come from Apollo's CommonJS build; the objects are the same at run time.
    plugins: [...(armor.plugins as unknown as Array<ApolloServerPlugin<Context>>), ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: config.env === 'development',
    formatError: formatErrorFor(config.env, log),
  });

  app.use(pinoHttp({ logger: log, autoLogging: { ignore: (req) => req.url?.startsWith('/playground/') ?? false } }));
  app.get('/health/live', (_req, res) => res.json({ status: 'ok' }));
  app.get('/health/ready', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ready', backend: store.backend });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', backend: store.backend, reason: (err as Error).message });
    }
  });
  app.use('/playground', playgroundAssets());
  app.get('/graphql', (req, res, next) => {
    // Browsers asking for a page get the IDE; GET queries (with ?query=) go to Apollo.
    if (!req.query.query && req.accepts(['text/html', 'application/json']) === 'text/html') res.type('html').send(playgroundHtml('/graphql'));
    else next();
  });
  app.use(explorerRoutes());

  let started = false;
  return {
    app,
    textIndex,
    async listen(port: number, host = '127.0.0.1'): Promise<RunningServer> {
      await apollo.start();
      started = true;
      app.use('/graphql',
        express.json({ limit: config.maxBodyBytes }),
        expressMiddleware(apollo, {
          context: async ({ req }) => createContext(services, curatorOf(req.headers.authorization, config.curatorTokenHashes)),
        }));
      app.use(bodyErrors);
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const actual = (httpServer.address() as AddressInfo).port;
      const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/graphql`;
      return {
        url,
        port: actual,
        stop: async () => {
          if (started) await apollo.stop();
          started = false;
        },
      };
    },
  };
}

/** The curator a bearer token belongs to; null when absent. A present but unknown token is also null. */
export function curatorOf(authorization: string | undefined, hashes: Map<string, string>): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return null;
  return hashes.get(hashToken(match[1]!)) ?? null;
}

// Oversized or malformed JSON bodies get a GraphQL-shaped error instead of express's HTML page.
function bodyErrors(err: { type?: string; status?: number; message: string }, _req: express.Request, res: express.Response, next: express.NextFunction) {
  if (err.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (err.type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] });
  } else next(err);
}
