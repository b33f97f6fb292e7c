// `npm run ingest:eval`: ingests each corpus document and each test document (test/documents, scored
// against test/documents/gold.yaml) in dry-run against the curated graph (in memory), as a user would —
// no kind or date given — and prints how far the tool agrees with the curators. Prints figures; asserts nothing.
//   events      the curated event(s) the document is the source of; correct when recognised as that event
//   judgements  curated judgements the document is the source of
//   holdings    curated holdings of NAMED people the document is the source of; person, role, a stated date
//               and capacity must all agree (unnamed holders — "the current DCS" — cannot be matched by name)
//   items       curated recommendations whose source is the document or whose evidence cites it
//   links       only items of earlier years are candidates; only curated links INTO the document's items count
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { openScratchStore } from '../src/graph/open.js';
import type { Analysis } from '../src/ingest/analyse.js';
import { ingestDocument } from '../src/ingest/document.js';
import { IngestError } from '../src/ingest/errors.js';
import {
  ratio,
  scoreDocument,
  scoreFacts,
  type Counts,
  type CuratedItem,
  type DocumentScore,
  type GoldFacts,
} from '../src/ingest/evaluate.js';
import { loadSeed } from '../src/seed/load.js';
import { readSeed } from '../src/seed/read.js';

const seed = readSeed();
const store = openScratchStore();
await loadSeed(store, undefined, seed);
const r = seed.records;
const yearOfInspection = new Map(r.inspections.map((i) => [i.id, i.year]));
const named = new Set(r.people.filter((p) => p.named !== false).map((p) => p.id));
const personName = new Map(r.people.map((p) => [p.id, p.name]));

interface Gold {
  events: string[];
  judgements: string[];
  holdings: Array<{ person: string; role: string }>;
  items: string[];
}
const fixtures = path.resolve(import.meta.dirname, '../test/documents');
const fixtureGold = (
  parse(readFileSync(path.join(fixtures, 'gold.yaml'), 'utf8')) as { documents: Record<string, Gold> }
).documents;

const documents = [
  ...r.documents.map((doc) => {
    const holdings = r.holdings.filter((h) => h.source === doc.id && named.has(h.person));
    return {
      name: doc.id,
      file: path.join(seed.dir, 'documents', doc.file),
      slug: `eval-${doc.id}`,
      gold: {
        events: r.inspections.filter((i) => i.source === doc.id).map((i) => i.id),
        judgements: r.judgements.filter((j) => j.source === doc.id).map((j) => j.id),
        holdings: holdings.map((h) => ({ person: h.person, role: h.role })),
        items: r.recommendations
          .filter((x) => x.source === doc.id || x.evidence.some((e) => e.source === doc.id))
          .map((x) => x.id),
      } satisfies Gold,
    };
  }),
  ...Object.entries(fixtureGold).map(([name, gold]) => ({
    name: `test/${name}`,
    file: path.join(fixtures, name),
    slug: `eval-${name.replace(/\.\w+$/, '')}`,
    gold,
  })),
];

const factsOf = (gold: Gold): GoldFacts => ({
  events: gold.events,
  judgements: gold.judgements
    .map((id) => r.judgements.find((j) => j.id === id)!)
    .map((j) => ({ id: j.id, area: j.area, grade: j.grade })),
  holdings: gold.holdings.map(({ person, role }) => {
    const h = r.holdings.find((x) => x.person === person && x.role === role)!;
    return {
      personName: personName.get(person)!,
      role,
      from: h.from ?? null,
      to: h.to ?? null,
      attestedOn: h.attestedOn ?? null,
      capacity: h.capacity ?? null,
    };
  }),
});

const rows: Array<{
  doc: string;
  kind: string;
  score: DocumentScore;
  facts: ReturnType<typeof scoreFacts> | null;
  note: string;
}> = [];
const started = Date.now();
for (const doc of documents) {
  const curated: CuratedItem[] = r.recommendations
    .filter((x) => doc.gold.items.includes(x.id))
    .map((x) => ({
      id: x.id,
      year: yearOfInspection.get(x.inspection) ?? 0,
      themes: x.themes,
      variants: [x.text ?? x.quote, x.quote, ...x.evidence.map((e) => e.quote)],
    }));
  let analysis: Analysis | null = null;
  let facts: ReturnType<typeof scoreFacts> | null = null;
  let kind = '?';
  let note = '';
  try {
    const { outcome, json } = await ingestDocument(store, {
      name: path.basename(doc.file),
      bytes: readFileSync(doc.file),
      dryRun: true,
      slug: doc.slug,
    });
    analysis = outcome.analysis;
    kind = `${json.document.kind} (${json.document.format})`;
    facts = scoreFacts(json, factsOf(doc.gold));
    const restated = analysis.items.filter((i) => i.restated).length;
    if (restated) note = `${restated} items restated from earlier years`;
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    note = err.code;
  }
  const findings = r.findings
    .filter((f) => f.source === doc.name)
    .map((f) => ({ id: f.id, quote: f.quote, supports: f.supports }));
  rows.push({ doc: doc.name, kind, score: scoreDocument(analysis, curated, findings, r.recurrences), facts, note });
}
await store.close();

// Facts per document kind (micro-averaged over the documents of the kind).
const none: Counts = { gold: 0, extracted: 0, correct: 0 };
const add = (a: Counts, b: Counts): Counts => ({
  gold: a.gold + b.gold,
  extracted: a.extracted + b.extracted,
  correct: a.correct + b.correct,
});
const itemCounts = (s: DocumentScore): Counts => ({ gold: s.curated, extracted: s.extracted, correct: s.matched });
const byKind = new Map<string, { docs: number; events: Counts; judgements: Counts; holdings: Counts; items: Counts }>();
const total = { docs: 0, events: none, judgements: none, holdings: none, items: none };
for (const row of rows) {
  const f = row.facts ?? { events: none, judgements: none, holdings: none };
  for (const target of [
    byKind.get(row.kind) ?? { docs: 0, events: none, judgements: none, holdings: none, items: none },
    total,
  ]) {
    target.docs++;
    target.events = add(target.events, f.events);
    target.judgements = add(target.judgements, f.judgements);
    target.holdings = add(target.holdings, f.holdings);
    target.items = add(target.items, itemCounts(row.score));
    if (target !== total) byKind.set(row.kind, target);
  }
}
const pr = (c: Counts) => [
  `${c.correct}/${c.extracted}`,
  ratio(c.correct, c.extracted),
  `${c.correct}/${c.gold}`,
  ratio(c.correct, c.gold),
];
console.log('Facts per document kind (P = correct/extracted, R = correct/curated):\n');
printTable(
  [
    'document kind',
    'docs',
    'events P',
    '',
    'R',
    '',
    'judgements P',
    '',
    'R',
    '',
    'holdings P',
    '',
    'R',
    '',
    'items P',
    '',
    'R',
    '',
    '',
  ],
  [
    ...[...byKind]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, t]) => [kind, t.docs, ...pr(t.events), ...pr(t.judgements), ...pr(t.holdings), ...pr(t.items), '']),
    [
      'all (micro)',
      total.docs,
      ...pr(total.events),
      ...pr(total.judgements),
      ...pr(total.holdings),
      ...pr(total.items),
      '',
    ],
  ].map((row) => row.map(String)),
);

console.log('\nPer document:\n');
printTable(
  [
    'document',
    'kind',
    'events',
    'judgements',
    'holdings',
    'items',
    'theme agr.',
    'gold links',
    'proposed',
    'correct',
    'link P',
    'link R',
    'note',
  ],
  rows.map(({ doc, kind, score: s, facts: f, note }) => {
    const c = (x: Counts | undefined) => (x ? `${x.correct}/${x.extracted}/${x.gold}` : '–');
    return [
      doc,
      kind,
      c(f?.events),
      c(f?.judgements),
      c(f?.holdings),
      c(itemCounts(s)),
      `${ratio(s.themeAgreement.agree, s.themeAgreement.of)} (${s.themeAgreement.agree}/${s.themeAgreement.of})`,
      s.links.gold,
      s.links.proposed,
      s.links.correct,
      ratio(s.links.correct, s.links.proposed),
      ratio(s.links.correct, s.links.gold),
      note,
    ].map(String);
  }),
);
console.log(
  '\nCells are correct/extracted/curated. Items: stemmed-token Jaccard ≥ 0.5, one-to-one; link precision counts the',
);
console.log('suggestions of matched items only. Holdings: person, role, a stated date and capacity must all agree.');
console.log(
  `Dry runs against the curated graph in memory; nothing written. ${rows.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);

function printTable(head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}
