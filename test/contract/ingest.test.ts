// Ingesting a new report into the curated graph, on every available backend: a real run writes the
// document, inspection, items, findings, theme tags and SUGGESTED recurrence links with provenance; a dry
// run, a refused file or a failing write leaves the graph exactly as it was.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCards } from '../../src/graph/cards.js';
import { countLabels, countRelationships } from '../../src/graph/info.js';
import { listProposals, type ProposalKind } from '../../src/graph/review.js';
import { cypher, type GraphStore, type WriteTx } from '../../src/graph/store.js';
import { ingestReport } from '../../src/ingest/run.js';
import { loadSeed } from '../../src/seed/load.js';
import { readSeed } from '../../src/seed/read.js';
import { normaliseQuote } from '../../src/text/normalise.js';
import { availableBackends } from '../support/backends.js';

// A monitoring letter as PDF-to-text tools render it: a footnote, a page number, a word broken across lines.
const LETTER = `Piccadilly Gate Store Street Manchester M1 2WD www.ofsted.gov.uk

3 March 2025

Dear Director

Monitoring visit to Tameside children's services

This letter summarises the findings of the monitoring visit to Tameside children's services on 4 and 5
February 2025. This was the second monitoring visit since the local authority was judged inadequate.1

Findings and evaluation of progress

Caseloads for social workers remain too high in the assessment teams, and too many children
experience changes of social worker. Managers' oversight of practice is not consistently
effective and supervision does not routinely challenge drift in children's plans.

The quality of assessments is improving, although some assessments lack analysis of risk and of
the child's history. Strategy meetings are not always convened promptly when risks to children
escalate.
                                              
1 The previous monitoring visit took place in October 2024.

                                    2

Areas for improvement

1. The quality and consistency of management oversight and supervision, so that drift and
delay in children's plans are identified and addressed.

2. The recruitment and retention of social workers, to reduce caseloads and the number of
changes of social worker for children.

3. The timeliness of multi-agency strategy meetings and the quality of assess-
ments of risk, including consideration of children's history.

I am copying this letter to the Department for Education.

Yours sincerely

An Inspector
`;

const documentText = cypher('test.ingest.documentText', 'MATCH (d:Document {id: $id}) RETURN d.text AS text');
const seed = readSeed();
const dir = mkdtempSync(path.join(tmpdir(), 'ingest-contract-'));
const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
const letter = write('2025-monitoring-visit.txt', LETTER);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function snapshot(store: GraphStore) {
  return { labels: await countLabels(store), relationships: await countRelationships(store) };
}

/** The same store, except that the statement named `failing` throws inside the write transaction. */
function failingAt(store: GraphStore, failing: string): GraphStore {
  return {
    backend: store.backend,
    get statementCount() {
      return store.statementCount;
    },
    get commitCount() {
      return store.commitCount;
    },
    soleWriter: store.soleWriter,
    read: (statement, params) => store.read(statement, params),
    write: (work) =>
      store.write((tx) =>
        work({
          run: ((statement, params) => {
            if (statement.name === failing) throw new Error(`injected failure at ${failing}`);
            return tx.run(statement, params);
          }) as WriteTx['run'],
        }),
      ),
    applySchema: (statements) => store.applySchema(statements),
    ping: () => store.ping(),
    close: async () => undefined,
  };
}

describe.each(availableBackends())('ingest on $name', (backend) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await backend.open();
    await loadSeed(store, undefined, seed);
  });
  afterAll(async () => store?.close());

  it('a dry run reports what it found and writes nothing', async () => {
    const before = await snapshot(store);
    const outcome = await ingestReport(store, { file: letter, dryRun: true });
    expect(outcome.written).toBe(false);
    expect(outcome.analysis.items.map((i) => i.locator)).toEqual([
      'Areas for improvement, 1',
      'Areas for improvement, 2',
      'Areas for improvement, 3',
    ]);
    expect(outcome.analysis.items[2]!.text).toBe(
      "The timeliness of multi-agency strategy meetings and the quality of assessments of risk, including consideration of children's history.",
    );
    expect(outcome.ids.itemIds).toEqual([
      'rec-2025-monitoring-visit-01',
      'rec-2025-monitoring-visit-02',
      'rec-2025-monitoring-visit-03',
    ]);
    expect(await snapshot(store)).toEqual(before);
  });

  it.each([
    ['an empty file', () => write('empty.txt', ''), 'INGEST_EMPTY'],
    ['a binary file', () => write('scan.pdf', '%PDF-1.4\n'), 'INGEST_BINARY'],
    [
      'a letter with nothing to propose',
      () => write('2025-letter.txt', 'Dear Director\n\nThis letter summarises the visit.\n\nPractice is improving.\n'),
      'INGEST_NOTHING_TO_PROPOSE',
    ],
  ])('refuses %s and writes nothing', async (_what, make, code) => {
    const before = await snapshot(store);
    await expect(ingestReport(store, { file: make(), dryRun: false })).rejects.toMatchObject({ code });
    expect(await snapshot(store)).toEqual(before);
  });

  it('a write that fails part-way leaves nothing behind', async () => {
    const before = await snapshot(store);
    await expect(
      ingestReport(failingAt(store, 'upsert.rel.Recommendation-RECURS_AS-Recommendation'), {
        file: letter,
        dryRun: false,
      }),
    ).rejects.toThrow(/injected failure/);
    expect(await snapshot(store)).toEqual(before);
    expect(await findCards(store, 'Document', ['doc-2025-monitoring-visit'])).toEqual([]);
    expect(await findCards(store, 'Recommendation', ['rec-2025-monitoring-visit-01'])).toEqual([]);
  });

  it('refuses an unknown organisation and writes nothing', async () => {
    const before = await snapshot(store);
    await expect(
      ingestReport(store, { file: letter, dryRun: false, organisation: 'org-nowhere' }),
    ).rejects.toMatchObject({ code: 'INGEST_UNKNOWN_REFERENCE', message: expect.stringMatching(/org-nowhere/) });
    expect(await snapshot(store)).toEqual(before);
  });

  describe('a real run', () => {
    let outcome: Awaited<ReturnType<typeof ingestReport>>;
    let before: Awaited<ReturnType<typeof snapshot>>;
    let text: string;
    beforeAll(async () => {
      before = await snapshot(store);
      outcome = await ingestReport(store, { file: letter, dryRun: false, now: () => new Date('2025-03-04T09:00:00Z') });
      [{ text }] = (await store.read<{ text: string }>(documentText, { id: 'doc-2025-monitoring-visit' })) as [
        { text: string },
      ];
    });
    const pending = (kind: ProposalKind) =>
      listProposals(store, {
        statuses: ['SUGGESTED'],
        document: 'doc-2025-monitoring-visit',
        kinds: [kind],
        first: 500,
      });
    const findable = (quote: string | null) =>
      quote !== null && quote.length > 15 && normaliseQuote(text).includes(normaliseQuote(quote));

    it('writes the document with its full text, and the inspection linked to it and the council', async () => {
      expect(outcome.written).toBe(true);
      expect(text).toBe(LETTER);
      const [doc] = await findCards(store, 'Document', ['doc-2025-monitoring-visit']);
      expect(doc).toMatchObject({
        kind: 'MONITORING_LETTER',
        publishedOn: '2025-03-03',
        title: "Monitoring visit to Tameside children's services",
        publisher: 'Ofsted',
      });
      const [insp] = await findCards(store, 'Inspection', ['insp-2025-monitoring-visit']);
      expect(insp).toMatchObject({
        kind: 'MONITORING_VISIT',
        year: 2025,
        organisationId: 'org-tameside-council',
        documentIds: ['doc-2025-monitoring-visit'],
        source: 'doc-2025-monitoring-visit',
      });
      // The items are proposals: the inspection lists none of them until a curator accepts them.
      expect(insp!.recommendationIds).toEqual([]);
      const items = await pending('ITEM');
      expect(items.map((p) => p.id).sort()).toEqual([
        'rec-2025-monitoring-visit-01',
        'rec-2025-monitoring-visit-02',
        'rec-2025-monitoring-visit-03',
      ]);
      expect((await pending('EVENT')).map((p) => p.id)).toEqual(['insp-2025-monitoring-visit']);
      expect(findable(insp!.quote)).toBe(true);
    });

    it('writes the items with provenance quotes findable in the document text, and their themes', async () => {
      const cards = await findCards(
        store,
        'Recommendation',
        outcome.ids.itemIds.filter((id): id is string => id !== null),
      );
      expect(cards).toHaveLength(3);
      const byId = new Map(cards.map((c) => [c.id, c]));
      const third = byId.get('rec-2025-monitoring-visit-03')!;
      expect(third).toMatchObject({
        kind: 'IMPROVEMENT_AREA',
        number: 3,
        year: 2025,
        inspection: 'insp-2025-monitoring-visit',
        source: 'doc-2025-monitoring-visit',
        locator: 'Areas for improvement, 3',
      });
      // The item's wording crosses a broken word, so its quote is the longest clean verbatim span.
      expect(third.text).toContain('assessments of risk');
      expect(third.quote).toBe('The timeliness of multi-agency strategy meetings and the quality of');
      for (const card of cards) expect(findable(card.quote), card.quote ?? '').toBe(true);
      // Theme tags are proposals too: not on the card, in the review queue.
      expect(byId.get('rec-2025-monitoring-visit-02')!.themeIds).toEqual([]);
      const tags = await pending('THEME_TAG');
      const themesOf = (id: string) => tags.filter((t) => t.subjects[0] === id).map((t) => t.subjects[1]);
      expect(themesOf('rec-2025-monitoring-visit-02')).toEqual(
        expect.arrayContaining(['theme-recruitment-retention', 'theme-caseloads']),
      );
      expect(themesOf('rec-2025-monitoring-visit-01')).toEqual(
        expect.arrayContaining(['theme-management-oversight', 'theme-supervision']),
      );
    });

    it('links each item to earlier curated items with SUGGESTED RECURS_AS links that explain themselves', async () => {
      const cards = await findCards(
        store,
        'Recommendation',
        outcome.ids.itemIds.filter((id): id is string => id !== null),
      );
      const links = cards.flatMap((c) => c.recurrenceOf.map((l) => ({ ...l, to: c.id })));
      expect(links.length).toBe(outcome.rows.recurrences.length);
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const link of links) {
        expect(link.status).toBe('SUGGESTED');
        expect(['THEME', 'SIMILARITY']).toContain(link.basis);
        expect(link.other).toMatch(/^rec-20(1\d|2[0-4])-/);
        expect(link.score).toBeGreaterThan(0);
        expect(link.score).toBeLessThanOrEqual(1);
        expect(link.explanation).toMatch(/shares theme ".+" \(theme-[a-z0-9-]+\).*shared words: /);
        expect(link.source).toBe('doc-2025-monitoring-visit');
        expect(findable(link.quote)).toBe(true);
      }
      const recruitment = links.filter((l) => l.to === 'rec-2025-monitoring-visit-02').map((l) => l.other);
      expect(recruitment).toContain('rec-2023-11');
    });

    it('writes the findings behind the items, backing them', async () => {
      const findings = await findCards(store, 'Finding', outcome.ids.findingIds);
      expect(findings.length).toBe(outcome.rows.findings.length);
      const caseloads = findings.find((f) => f.text.startsWith('Caseloads for social workers remain too high'));
      expect(caseloads).toMatchObject({
        supportIds: [],
        polarity: 'WEAKNESS',
        year: 2025,
        locator: 'Findings and evaluation of progress, paragraph 1',
      });
      const links = (await pending('FINDING_LINK')).filter((l) => l.subjects[0] === caseloads!.id);
      expect(links.map((l) => [l.subjects[1], l.props.status])).toEqual([
        ['rec-2025-monitoring-visit-02', 'SUGGESTED'],
      ]);
      for (const f of findings) expect(findable(f.quote), f.quote ?? '').toBe(true);
    });

    it('adds exactly the rows it planned, in one go', async () => {
      const after = await snapshot(store);
      const delta = (type: string) =>
        (after.relationships.find((r) => r.type === type)?.count ?? 0) -
        (before.relationships.find((r) => r.type === type)?.count ?? 0);
      const nodes = (label: string) =>
        (after.labels.find((r) => r.label === label)?.count ?? 0) -
        (before.labels.find((r) => r.label === label)?.count ?? 0);
      expect([nodes('Document'), nodes('Inspection'), nodes('Recommendation'), nodes('Finding')]).toEqual([
        1,
        1,
        3,
        outcome.rows.findings.length,
      ]);
      expect(delta('RECURS_AS')).toBe(outcome.rows.recurrences.length);
      expect(delta('CONCERNS')).toBe(outcome.rows.recommendationThemes.length + outcome.rows.findingThemes.length);
      expect(delta('SUPPORTS')).toBe(outcome.rows.supports.length);
      expect([delta('MADE'), delta('FOUND'), delta('REPORTED_IN'), delta('OF')]).toEqual([
        3,
        outcome.rows.findings.length,
        1,
        1,
      ]);
    });

    it('refuses to ingest the same report twice and changes nothing', async () => {
      const now = await snapshot(store);
      await expect(ingestReport(store, { file: letter, dryRun: false })).rejects.toMatchObject({
        code: 'INGEST_ALREADY_INGESTED',
        message: expect.stringMatching(/--slug/),
      });
      expect(await snapshot(store)).toEqual(now);
    });
  });
});
