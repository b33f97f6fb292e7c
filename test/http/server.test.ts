// The HTTP surface: health, playground page, CSRF prevention, request limits and error hygiene.
import { describe, expect, it } from 'vitest';
import { CURATOR_TOKEN } from '../support/api.js';
import { useSeededApi } from '../support/fixtures.js';

const api = useSeededApi({ env: 'production' });
const base = () => api.url.replace(/\/graphql$/, '');

describe('health', () => {
  it('is live and ready while the store answers', async () => {
    expect(await (await fetch(`${base()}/health/live`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base()}/health/ready`);
    expect(ready.status).toBe(200);
    // Anonymous callers learn only ready or not; a curator also sees the backend.
    expect(await ready.json()).toEqual({ status: 'ready' });
    const asCurator = await fetch(`${base()}/health/ready`, { headers: { authorization: `Bearer ${CURATOR_TOKEN}` } });
    expect(await asCurator.json()).toEqual({ status: 'ready', backend: 'embedded' });
  });
});

describe('playground', () => {
  it('serves the IDE page and its assets from the package, with the saved recipes', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('/playground/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
    expect(html).toContain('recurringRecommendations(fromYear: 2016, toYear: 2023)');
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      const res = await fetch(`${base()}/playground/${asset}`);
      expect(res.status, asset).toBe(200);
    }
  });
});

describe('request protection', () => {
  it('refuses a simple GET that could be a cross-site request (CSRF prevention)', async () => {
    const res = await fetch(`${api.url}?query=${encodeURIComponent('{ documents { id } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
    const allowed = await fetch(`${api.url}?query=${encodeURIComponent('{ documents { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('limits depth', async () => {
    let selection = 'id';
    for (let i = 0; i < 8; i++) selection = `recommendations { inspection { ${selection} } }`;
    const deep = `{ inspections { ${selection} } }`;
    const res = await api.gql(deep);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('limits aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: documents { id }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses an oversized body and a malformed one with GraphQL-shaped errors', async () => {
    const big = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ documents { id } } #${'x'.repeat(200_000)}` }),
    });
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const bad = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('reports a malformed query with a code and no stack trace', async () => {
    const res = await api.gql('{ inspections { id ');
    // GraphQL over HTTP: 200 for a client that accepts only application/json, 400 for one that accepts
    // application/graphql-response+json; the same coded error either way.
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const modern = await api.gql('{ inspections { id ', undefined, { accept: 'application/graphql-response+json' });
    expect(modern.status).toBe(400);
    expect(modern.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const tooLong = await api.gql(`{ ${'inspections { id } '.repeat(1000)} }`, undefined, {
      accept: 'application/graphql-response+json',
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(tooLong.errors?.[0]?.message).toMatch(/tokens/);
    expect(res.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('says the database is unavailable, without internals, when the store is down', async () => {
    await api.store.close();
    const res = await api.gql('{ inspections { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const ready = await fetch(`${base()}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not ready' });
  });
});

describe('prototype keys as ids', () => {
  const local = useSeededApi({ env: 'production' });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'node(id: "%s") is NOT_FOUND or null, never an internal error',
    async (id) => {
      const res = await local.gql('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(res.status).toBe(200);
      if (res.errors) expect(res.errors[0]!.extensions?.code).toBe('NOT_FOUND');
      else expect(res.data.node).toBeNull();
    },
  );
});
