// Environment → typed config, read once at start. Invalid settings stop the process with one readable line each.
import path from 'node:path';
import { z } from 'zod';
import { parseCorsOrigins } from './cors.js';
import { CodedError } from './errors.js';
import { DEFAULT_LIMITS, type RequestLimits } from './graphql/limits/settings.js';
import { HOME_COUNCIL } from './model/council.js';

/** The flagship is ~40 KB, so thousands of distinct answers fit in the default. */
export const DEFAULT_RESPONSE_CACHE_MB = 64;

const Env = z
  .object({
    /** Production unless said otherwise: stack traces and field suggestions only in development. */
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    /** Loopback unless told otherwise; the Docker image sets HOST=0.0.0.0. */
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: z.string().min(1).default('./data'),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must be a neo4j:// or bolt:// URI (neo4j+s:// for Aura)')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    /** Largest accepted request body. */
    MAX_BODY_BYTES: z.coerce.number().int().positive().default(100_000),
    /** Request limits (see the README's "Limits"). */
    MAX_QUERY_COST: z.coerce.number().int().positive().default(DEFAULT_LIMITS.maxCost),
    MAX_RESPONSE_FIELDS: z.coerce.number().int().positive().default(DEFAULT_LIMITS.maxResolvedFields),
    QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_LIMITS.timeoutMs),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(DEFAULT_LIMITS.ratePerMinute),
    /** Hops of trusted reverse proxies in front of the service (for client addresses); 0 = none. */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    /** How often the embedded graph folds its write-ahead log into the data file. */
    CHECKPOINT_INTERVAL_MS: z.coerce.number().int().positive().default(60_000),
    /** The council (organisation id) list and traversal queries keep to when a request names none. */
    HOME_COUNCIL: z
      .string()
      .regex(/^org-[a-z0-9-]+$/, 'must be an organisation id such as org-tameside-council')
      .default(HOME_COUNCIL),
    /** Memory for repeated read answers, in MiB; 0 turns the response cache off. */
    RESPONSE_CACHE_MB: z.coerce.number().int().min(0).default(DEFAULT_RESPONSE_CACHE_MB),
    /** Curators allowed to write: "name:sha256hex,name2:sha256hex" (hashes of their bearer tokens). */
    CURATOR_TOKEN_HASHES: z.string().default(''),
    /** Browser origins allowed to call the API across origins: "https://a.example,http://localhost:5173". Empty: none. */
    CORS_ORIGINS: z.string().default(''),
  })
  .refine((e) => !e.NEO4J_URI || e.NEO4J_PASSWORD, {
    message: 'NEO4J_PASSWORD is required when NEO4J_URI is set',
    path: ['NEO4J_PASSWORD'],
  });

export type StoreConfig =
  | { backend: 'embedded'; dataDir: string; checkpointIntervalMs?: number }
  | { backend: 'neo4j'; uri: string; user: string; password: string; database: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  maxBodyBytes: number;
  limits: RequestLimits;
  trustProxy: number;
  store: StoreConfig;
  curatorTokenHashes: Map<string, string>;
  /** Cross-origin allowlist (empty: CORS off). */
  corsOrigins: string[];
  /** Organisation id of the council answers are about unless a request names another. */
  homeCouncil: string;
  /** Bytes kept for repeated read answers (0: no response cache). */
  responseCacheBytes: number;
}

export class ConfigError extends CodedError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    maxBodyBytes: e.MAX_BODY_BYTES,
    limits: {
      ...DEFAULT_LIMITS,
      maxCost: e.MAX_QUERY_COST,
      maxResolvedFields: e.MAX_RESPONSE_FIELDS,
      timeoutMs: e.QUERY_TIMEOUT_MS,
      ratePerMinute: e.RATE_LIMIT_PER_MINUTE,
    },
    trustProxy: e.TRUST_PROXY,
    store: e.NEO4J_URI
      ? {
          backend: 'neo4j',
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER,
          password: e.NEO4J_PASSWORD!,
          database: e.NEO4J_DATABASE,
        }
      : { backend: 'embedded', dataDir: path.resolve(e.DATA_DIR), checkpointIntervalMs: e.CHECKPOINT_INTERVAL_MS },
    curatorTokenHashes: parseTokenHashes(e.CURATOR_TOKEN_HASHES),
    corsOrigins: corsOrigins(e.CORS_ORIGINS),
    homeCouncil: e.HOME_COUNCIL,
    responseCacheBytes: e.RESPONSE_CACHE_MB * 2 ** 20,
  };
}

function corsOrigins(value: string): string[] {
  try {
    return parseCorsOrigins(value);
  } catch (err) {
    throw new ConfigError(`invalid configuration:\n  CORS_ORIGINS: ${(err as Error).message}`);
  }
}

function parseTokenHashes(value: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^([\w.@-]+):([0-9a-f]{64})$/i.exec(entry);
    if (!match)
      throw new ConfigError(
        'invalid configuration:\n  CURATOR_TOKEN_HASHES: entries are name:sha256-hex, separated by commas',
      );
    map.set(match[2]!.toLowerCase(), match[1]!);
  }
  return map;
}
