// The server factory: Apollo Server on express with the playground, health endpoints, request limits and
// structured logs. index.ts starts it; tests start it with their own store. Each HTTP concern lives in its
// own module (src/http/*, src/graphql/limits/*); this file only mounts them in order.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { DEFAULT_RESPONSE_CACHE_MB, type Config } from './config.js';
import type { GraphStore } from './graph/store.js';
import { createContext, type Context } from './graphql/context.js';
import { formatErrorFor } from './graphql/errors.js';
import { noSubscriptionsPlugin, statusByMediaTypePlugin } from './graphql/http-status.js';
import {
  DEFAULT_LIMITS,
  ExecutionBudget,
  attachBudget,
  chargeFieldsTo,
  requestLimits,
  type RequestLimits,
} from './graphql/limits/index.js';
import { buildSchema } from './graphql/schema.js';
import { corsFor } from './cors.js';
import { explorerRoutes } from './explorer/serve.js';
import { bodyErrors, lastResortErrors } from './http/body-errors.js';
import { curatorOf } from './http/curators.js';
import { healthRoutes } from './http/health.js';
import { notFound } from './http/not-found.js';
import { graphqlRateLimit } from './http/rate-limit.js';
import { responseCache } from './http/response-cache.js';
import { HOME_COUNCIL } from './model/council.js';
import { redactingSerializers } from './log.js';
import { ingestRoute } from './ingest/http.js';
import { playgroundAssets, playgroundHtml } from './playground/page.js';
import { TextIndex } from './search/text-index.js';

export { hashToken } from './http/curators.js';

export interface ServerDeps {
  config: Pick<Config, 'env' | 'maxBodyBytes' | 'curatorTokenHashes'> & {
    homeCouncil?: string;
    responseCacheBytes?: number;
    limits?: Partial<RequestLimits>;
    trustProxy?: number;
    corsOrigins?: string[];
  };
  store: GraphStore;
  log: Logger;
  now?: () => Date;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function createServer(deps: ServerDeps) {
  const { config, store, log } = deps;
  const limits: RequestLimits = { ...DEFAULT_LIMITS, ...config.limits };
  const cacheBytes = config.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_MB * 2 ** 20;
  const development = config.env === 'development';
  const textIndex = new TextIndex(store);
  const services = {
    store,
    textIndex,
    log,
    curatorTokenHashes: config.curatorTokenHashes,
    now: deps.now ?? (() => new Date()),
    homeCouncil: config.homeCouncil ?? HOME_COUNCIL,
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ?? 0);
  const httpServer = http.createServer(app);
  const bounded = requestLimits<Context>(limits, { suggestFields: development });
  const apollo = new ApolloServer<Context>({
    schema: chargeFieldsTo(buildSchema()),
    validationRules: bounded.validationRules,
    parseOptions: bounded.parseOptions,
    allowBatchedHttpRequests: false,
    plugins: [
      ...bounded.plugins,
      noSubscriptionsPlugin<Context>(),
      statusByMediaTypePlugin<Context>(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
    ],
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: development,
    // index.ts handles SIGINT/SIGTERM itself: it must drain, checkpoint and close the store before exiting.
    stopOnTerminationSignals: false,
    formatError: formatErrorFor(config.env, log),
  });

  app.use(
    pinoHttp({
      logger: log,
      serializers: redactingSerializers,
      autoLogging: { ignore: (req) => req.url?.startsWith('/playground/') ?? false },
    }),
  );
  app.use(healthRoutes(store, log, config.curatorTokenHashes));
  const crossOrigin = corsFor(config.corsOrigins ?? []);
  if (crossOrigin) app.use('/graphql', crossOrigin);
  app.use('/playground', playgroundAssets());
  app.get('/graphql', (req, res, next) => {
    // Browsers asking for a page get the IDE; GET queries (with ?query=) go to Apollo.
    if (!req.query.query && req.accepts(['text/html', 'application/json']) === 'text/html')
      res.type('html').send(playgroundHtml('/graphql'));
    else next();
  });
  app.use(
    '/ingest',
    ingestRoute({
      store,
      now: services.now,
      log,
      curatorOf: (authorization) => curatorOf(authorization, config.curatorTokenHashes),
    }),
  );
  app.use(explorerRoutes());

  let started = false;
  return {
    app,
    textIndex,
    async listen(port: number, host = '127.0.0.1'): Promise<RunningServer> {
      await apollo.start();
      started = true;
      app.use(
        '/graphql',
        graphqlRateLimit(limits.ratePerMinute),
        express.json({ limit: config.maxBodyBytes }),
        ...(cacheBytes > 0 ? [responseCache(store, { maxBytes: cacheBytes, now: services.now })] : []),
        expressMiddleware(apollo, {
          context: async ({ req }) => {
            // Each request reads through its own budget: over it, no further database read starts.
            const budget = new ExecutionBudget(limits);
            const curator = curatorOf(req.headers.authorization, config.curatorTokenHashes);
            return attachBudget(createContext({ ...services, store: budget.guard(store) }, curator), budget);
          },
        }),
      );
      app.use(notFound);
      app.use(bodyErrors, lastResortErrors(log));
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const actual = (httpServer.address() as AddressInfo).port;
      const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/graphql`;
      return {
        url,
        port: actual,
        // Apollo's drain plugin closes the listener and waits for requests in flight.
        stop: async () => {
          if (started) await apollo.stop();
          started = false;
        },
      };
    },
  };
}
