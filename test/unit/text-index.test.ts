// The search index is built once and reused, rebuilt after any committed write or when older than its max age.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, type GraphStore } from '../../src/graph/store.js';
import { HOME_COUNCIL } from '../../src/model/council.js';
import { TextIndex } from '../../src/search/text-index.js';
import { seededStore } from '../support/fixtures.js';

const retitle = cypher('test.retitleAction', 'MATCH (a:Action {id: $id}) SET a.text = $text RETURN a.id AS id');

describe('TextIndex', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  const reads = async (index: TextIndex, times: number) => {
    const before = store.statementCount;
    for (let i = 0; i < times; i++) await index.search('caseloads', { council: HOME_COUNCIL, first: 3 });
    return store.statementCount - before;
  };

  it('reads the store once for many searches, again after a write committed through the store', async () => {
    const index = new TextIndex(store);
    expect(await reads(index, 3)).toBe(1);
    await store.write((tx) => tx.run(retitle, { id: 'act-2024-01-c', text: 'Appoint a caseloads champion' }));
    expect(await reads(index, 2)).toBe(1);
    expect((await index.search('caseloads champion', { council: HOME_COUNCIL, first: 3 }))[0]?.id).toBe(
      'act-2024-01-c',
    );
  });

  it('is not invalidated by a write that rolls back', async () => {
    const index = new TextIndex(store);
    await reads(index, 1);
    await expect(
      store.write(async (tx) => {
        await tx.run(retitle, { id: 'act-2024-01-c', text: 'rolled back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await reads(index, 2)).toBe(0);
  });

  it('rebuilds an index older than its max age', async () => {
    expect(await reads(new TextIndex(store, -1), 3)).toBe(3);
  });
});
