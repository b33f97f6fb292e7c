// No silent partial answers: when one batched statement fails or times out, the request reports an error
// with its own code instead of answering with the rows that happened to load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreTimeoutError, type GraphStore, type Statement } from '../../src/graph/store.js';
import { loadSeed } from '../../src/seed/load.js';
import { startApi, type Api } from '../support/api.js';
import { availableBackends } from '../support/backends.js';
import { operation } from '../support/operations.js';

/**
 * The real store, except that reads of the statements named in `failing` reject with the given error. It is
 * not the sole writer, so every request reaches the store instead of the response cache.
 */
function failingReads(store: GraphStore, failing: Map<string, () => Error>): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'soleWriter') return false;
      if (key !== 'read') return Reflect.get(target, key, receiver);
      return (statement: Statement, params?: Record<string, unknown>) => {
        const fail = failing.get(statement.name);
        return fail ? Promise.reject(fail()) : target.read(statement, params);
      };
    },
  });
}

describe.each(availableBackends())('partial answers on $name', (backend) => {
  let store: GraphStore;
  let api: Api;
  const failing = new Map<string, () => Error>();
  beforeAll(async () => {
    store = await backend.open();
    await loadSeed(store);
    api = await startApi(failingReads(store, failing));
  });
  afterAll(async () => {
    await api?.stop();
    await store?.close();
  });

  it('answers the listing in full while the store answers', async () => {
    failing.clear();
    const res = await api.gql(operation('Listing'));
    expect(res.errors).toBeUndefined();
    const sif = res.data.inspections.find((i: any) => i.id === 'insp-2016-sif');
    expect(sif.recommendations).toHaveLength(20);
  });

  it('a timed-out batch of recommendations is STORE_TIMEOUT, not inspections with no recommendations', async () => {
    failing.clear();
    failing.set('cards.Recommendation', () => new StoreTimeoutError('cards.Recommendation'));
    const res = await api.gql(operation('Listing'));
    expect(res.status).toBe(200);
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('STORE_TIMEOUT');
    const listed = (res.data?.inspections ?? []) as Array<{ recommendations: unknown[] | null }>;
    expect(listed.filter((i) => Array.isArray(i.recommendations) && i.recommendations.length === 0)).toEqual([]);
  });

  it('a failed batch is an error too, reported without internals', async () => {
    failing.clear();
    failing.set('cards.Recommendation', () => new Error('disk on fire at /var/lib/secret'));
    const res = await api.gql(operation('Listing'));
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res.errors)).not.toContain('/var/lib/secret');
    const listed = (res.data?.inspections ?? []) as Array<{ recommendations: unknown[] | null }>;
    expect(listed.filter((i) => Array.isArray(i.recommendations) && i.recommendations.length === 0)).toEqual([]);
  });

  it('a timed-out owner lookup fails the flagship instead of naming no owners', async () => {
    failing.clear();
    failing.set('ownership.actionsOn', () => new StoreTimeoutError('ownership.actionsOn'));
    const res = await api.gql(operation('Flagship'));
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('STORE_TIMEOUT');
    const items = (res.data?.recurringRecommendations ?? []) as Array<{ currentOwners: unknown[] | null }>;
    expect(items.filter((i) => Array.isArray(i.currentOwners) && i.currentOwners.length === 0)).toEqual([]);
  });
});
