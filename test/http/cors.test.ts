// Cross-origin access: off by default; with an allowlist, listed origins get CORS headers (preflight included)
// and others do not.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/graph/store.js';
import { createServer, type RunningServer } from '../../src/server.js';
import { seededStore } from '../support/fixtures.js';

async function serve(store: GraphStore, corsOrigins: string[]): Promise<RunningServer> {
  return createServer({
    config: { env: 'test', maxBodyBytes: 100_000, curatorTokenHashes: new Map(), corsOrigins },
    store,
    log: pino({ level: 'silent' }),
  }).listen(0);
}

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
const post = (url: string, origin: string) =>
  fetch(url, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ serviceInfo { backend } }' }),
  });

describe('CORS allowlist', () => {
  let store: GraphStore;
  let closed: RunningServer;
  let open: RunningServer;
  beforeAll(async () => {
    store = await seededStore();
    closed = await serve(store, []);
    open = await serve(
      store,
      loadConfig({ CORS_ORIGINS: 'https://frontend.example, http://localhost:5173' }).corsOrigins,
    );
  });
  afterAll(async () => {
    await closed.stop();
    await open.stop();
    await store.close();
  });

  it('sends no CORS headers by default', async () => {
    expect(
      (await preflight(closed.url, 'https://frontend.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    expect((await post(closed.url, 'https://frontend.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a listed origin, preflight and request, and ignores any other', async () => {
    const pre = await preflight(open.url, 'http://localhost:5173');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(pre.headers.get('access-control-allow-headers')).toContain('authorization');
    const res = await post(open.url, 'https://frontend.example');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://frontend.example');
    expect((await res.json()).data.serviceInfo.backend).toBe('embedded');
    expect(
      (await preflight(open.url, 'https://elsewhere.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('refuses an allowlist entry that is not an origin, with the configuration code', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS: .* is not an origin/);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });
});
