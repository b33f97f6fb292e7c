// The seed loader on every backend: loads the whole curated graph, and a second run changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countLabels, countRelationships } from '../../src/graph/info.js';
import { findDocumentTexts, listDocumentsWithoutText } from '../../src/graph/documents.js';
import { cypher, type GraphStore } from '../../src/graph/store.js';
import { completeDocumentTexts, loadSeed } from '../../src/seed/load.js';
import { readSeed, readSeedFile, SeedError } from '../../src/seed/read.js';
import { availableBackends } from '../support/backends.js';

const seed = readSeed();
const dropText = cypher('test.dropDocumentText', 'MATCH (d:Document {id: $id}) REMOVE d.text');

describe.each(availableBackends())('seed loader on $name', (backend) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(async () => store?.close());

  it('loads every record and is idempotent', async () => {
    const first = await loadSeed(store, undefined, seed);
    const labelsAfterFirst = await countLabels(store);
    const relsAfterFirst = await countRelationships(store);
    const second = await loadSeed(store, undefined, seed);
    expect(second).toEqual(first);
    expect(await countLabels(store)).toEqual(labelsAfterFirst);
    expect(await countRelationships(store)).toEqual(relsAfterFirst);
    const count = (label: string) => labelsAfterFirst.find((c) => c.label === label)?.count;
    expect(count('Recommendation')).toBe(seed.records.recommendations.length);
    expect(count('Finding')).toBe(seed.records.findings.length);
    expect(count('Theme')).toBe(seed.records.themes.length);
    const held = relsAfterFirst.find((r) => r.type === 'HELD')?.count;
    expect(held).toBe(seed.records.holdings.length);
    expect(relsAfterFirst.find((r) => r.type === 'RECURS_AS')?.count).toBe(
      seed.records.recurrences.length + seed.records.notRecurring.length,
    );
  });

  it("stores every document's full text, and completes a graph seeded without texts", async () => {
    const ids = seed.records.documents.map((d) => d.id);
    const texts = await findDocumentTexts(store, ids);
    for (const id of ids) expect(texts.get(id), id).toBe(seed.texts.get(id));
    await store.write((tx) => tx.run(dropText, { id: 'doc-2018-mv5' }));
    expect(await listDocumentsWithoutText(store)).toEqual(['doc-2018-mv5']);
    expect(await completeDocumentTexts(store, seed)).toEqual(['doc-2018-mv5']);
    expect((await findDocumentTexts(store, ['doc-2018-mv5'])).get('doc-2018-mv5')).toBe(seed.texts.get('doc-2018-mv5'));
    expect(await completeDocumentTexts(store, seed)).toEqual([]);
  });

  it('loads nothing from a seed with a broken reference', async () => {
    const before = await countRelationships(store);
    const broken = {
      ...seed,
      records: {
        ...seed.records,
        recurrences: [...seed.records.recurrences, { ...seed.records.recurrences[0]!, to: 'rec-2099-01' }],
      },
    };
    await expect(loadSeed(store, undefined, broken)).rejects.toThrow(/unknown id rec-2099-01/);
    expect(await countRelationships(store)).toEqual(before);
  });
});

describe('seed file validation', () => {
  it('names the file, the record and the field', () => {
    const yaml =
      'recommendations:\n  - id: rec-2016-01\n    inspection: insp-2016-sif\n    kind: RECOMENDATION\n    themes: [theme-thresholds]\n    source: doc-2016-sif\n    quote: x\n    locator: y\n';
    expect(() => readSeedFile('seed/graph/broken.yaml', yaml)).toThrow(SeedError);
    expect(() => readSeedFile('seed/graph/broken.yaml', yaml)).toThrow(
      /seed\/graph\/broken\.yaml.*\n.*recommendations › record 1 \(rec-2016-01\) › kind/,
    );
  });
  it('rejects YAML syntax errors and unknown sections', () => {
    expect(() => readSeedFile('a.yaml', 'findings: [')).toThrow(/a\.yaml: not valid YAML/);
    expect(() => readSeedFile('b.yaml', 'finding: []')).toThrow(/b\.yaml/);
  });
});
