// Repeated reads are answered from the response cache, and no cached answer survives a committed write.
// On a store that cannot see every write (Neo4j, shared with other processes) nothing is cached at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/store.js';
import { loadSeed } from '../../src/seed/load.js';
import { CURATOR_TOKEN, startApi, type Api } from '../support/api.js';
import { availableBackends } from '../support/backends.js';
import { operation } from '../support/operations.js';

const AUTH = { authorization: `Bearer ${CURATOR_TOKEN}` };
const NOW = new Date('2026-11-22T12:00:00Z');
const DCS = `query($asOf: Date) { role(id: "role-dcs") { holders(asOf: $asOf) { name } } }`;
const RECORD = `mutation($input: RecordHoldingInput!) { recordHolding(input: $input) { name } }`;

describe.each(availableBackends())('response cache on $name', (backend) => {
  let store: GraphStore;
  let api: Api;
  const caches = backend.name === 'embedded';
  /** One POST with its cache header and the statements the store ran for it. */
  const post = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const before = store.statementCount;
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    return {
      cache: res.headers.get('x-response-cache'),
      statements: store.statementCount - before,
      text,
      body: JSON.parse(text),
    };
  };

  beforeAll(async () => {
    store = await backend.open();
    await loadSeed(store);
    api = await startApi(store, { now: () => NOW });
  });
  afterAll(async () => {
    await api?.stop();
    await store?.close();
  });

  it(
    caches ? 'answers a repeated read from the cache, byte for byte, without the database' : 'never caches',
    async () => {
      const first = await post(operation('Flagship'));
      const again = await post(operation('Flagship'));
      expect(first.body.errors).toBeUndefined();
      expect(again.text).toBe(first.text);
      if (caches) {
        expect([first.cache, again.cache]).toEqual(['miss', 'hit']);
        expect(again.statements).toBe(0);
      } else {
        expect(again.cache).toBeNull();
        expect(again.statements).toBeGreaterThan(0);
      }
    },
  );

  it('keys answers by their variables', async () => {
    const in2025 = await post(DCS, { asOf: '2025-06-01' });
    const in2022 = await post(DCS, { asOf: '2022-07-01' });
    expect(in2022.body.data.role.holders.map((h: any) => h.name)).toEqual(['Ali Stathers-Tracey']);
    expect(in2022.text).not.toBe(in2025.text);
  });

  it('serves no answer cached before a write after it', async () => {
    await post(DCS, { asOf: '2025-06-01' });
    const cached = await post(DCS, { asOf: '2025-06-01' });
    if (caches) expect(cached.cache).toBe('hit');
    expect(cached.body.data.role.holders.map((h: any) => h.name)).not.toContain('Jo Cache');

    const write = await post(
      RECORD,
      {
        input: { personName: 'Jo Cache', role: 'role-dcs', from: '2025-01-06', source: { note: 'Curator test note' } },
      },
      AUTH,
    );
    expect(write.body.errors).toBeUndefined();
    expect(write.cache).toBeNull();

    const after = await post(DCS, { asOf: '2025-06-01' });
    expect(after.cache).toBe(caches ? 'miss' : null);
    expect(after.body.data.role.holders.map((h: any) => h.name)).toEqual(['Jo Cache']);
  });

  it('does not keep answers with errors, or answer mutations and curators from it', async () => {
    const missing = `{ recommendation(id: "rec-1999-99") { id } }`;
    await post(missing);
    const again = await post(missing);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(again.cache).toBe(caches ? 'miss' : null);

    await post(DCS, { asOf: '2022-07-01' }, AUTH);
    expect((await post(DCS, { asOf: '2022-07-01' }, AUTH)).cache).toBeNull();
  });

  it('is off when its memory is set to 0 (RESPONSE_CACHE_MB=0): every read reaches the database', async () => {
    const off = await startApi(store, { now: () => NOW, responseCacheBytes: 0 });
    try {
      const ask = () =>
        fetch(off.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: DCS }),
        });
      await ask();
      const before = store.statementCount;
      const again = await ask();
      expect(again.headers.get('x-response-cache')).toBeNull();
      expect(((await again.json()) as any).data.role.holders.length).toBeGreaterThan(0);
      expect(store.statementCount - before).toBeGreaterThan(0);
    } finally {
      await off.stop();
    }
  });
});
