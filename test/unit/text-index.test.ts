// The search index is built once and reused, rebuilt after invalidate() or when older than its max age.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/graph/embedded.js';
import type { GraphStore } from '../../src/graph/store.js';
import { TextIndex } from '../../src/search/text-index.js';
import { loadSeed } from '../../src/seed/load.js';

describe('TextIndex', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = openEmbeddedStore(null);
    await loadSeed(store);
  });
  afterAll(() => store.close());

  const reads = async (index: TextIndex, times: number) => {
    const before = store.statementCount;
    for (let i = 0; i < times; i++) await index.search('caseloads', { first: 3 });
    return store.statementCount - before;
  };

  it('reads the store once for many searches, again after invalidate()', async () => {
    const index = new TextIndex(store);
    expect(await reads(index, 3)).toBe(1);
    index.invalidate();
    expect(await reads(index, 2)).toBe(1);
  });

  it('rebuilds an index older than its max age', async () => {
    expect(await reads(new TextIndex(store, -1), 3)).toBe(3);
  });
});
