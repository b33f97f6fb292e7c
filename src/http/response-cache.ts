// Cheap repeated reads: a successful read answer is kept, as the exact bytes sent, under its operation, its
// variables, the day it answers for (`asOf: null` means today) and the store's commit count, which every
// write bumps, so no answer computed before a write is served after it. Stores that
// cannot see every write (a shared Neo4j) are not sole writers, and then nothing is cached.
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GraphStore } from '../graph/store.js';

export interface ResponseCacheOptions {
  /** Memory the kept answers may take, in bytes. */
  maxBytes: number;
  now: () => Date;
}

/** Longer documents are not worth parsing a second time to learn whether they only read. */
const MAX_QUERY_CHARS = 20_000;

export function responseCache(store: GraphStore, options: ResponseCacheOptions): RequestHandler {
  const answers = new LRUCache<string, string>({
    maxSize: options.maxBytes,
    sizeCalculation: (v) => Math.max(1, Buffer.byteLength(v)),
  });
  const reads = new LRUCache<string, boolean>({ max: 1_000 });
  const onlyReads = (query: string, operationName: string | null): boolean => {
    const key = `${operationName ?? ''}\n${query}`;
    let answer = reads.get(key);
    if (answer === undefined) {
      answer = isQuery(query, operationName);
      reads.set(key, answer);
    }
    return answer;
  };

  return (req, res, next) => {
    const version = store.soleWriter ? store.commitCount : null;
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    // Curators' requests are never cached: they are few, and a write's answer must reflect the write.
    if (version === null || req.method !== 'POST' || req.headers.authorization || typeof body?.query !== 'string')
      return next();
    const operationName = typeof body.operationName === 'string' ? body.operationName : null;
    if (body.query.length > MAX_QUERY_CHARS || !onlyReads(body.query, operationName)) return next();
    const day = options.now().toISOString().slice(0, 10);
    const key = createHash('sha256')
      .update(JSON.stringify([body.query, operationName, body.variables ?? null, day, version]))
      .digest('base64url');
    const hit = answers.get(key);
    if (hit !== undefined) {
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('x-response-cache', 'hit');
      res.end(hit);
      return;
    }
    res.setHeader('x-response-cache', 'miss');
    const send = res.send.bind(res);
    res.send = (payload?: unknown) => {
      // Kept only when whole and current: no errors, and no write committed while it was computed.
      if (res.statusCode === 200 && typeof payload === 'string' && store.commitCount === version && !hasErrors(payload))
        answers.set(key, payload);
      return send(payload);
    };
    next();
  };
}

function isQuery(query: string, operationName: string | null): boolean {
  try {
    const operations = parse(query).definitions.filter((d) => d.kind === 'OperationDefinition');
    const chosen = operationName
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
    return chosen?.operation === 'query';
  } catch {
    return false;
  }
}

function hasErrors(payload: string): boolean {
  try {
    return (JSON.parse(payload) as { errors?: unknown }).errors !== undefined;
  } catch {
    return true;
  }
}
