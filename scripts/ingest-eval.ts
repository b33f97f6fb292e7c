// `npm run ingest:eval`: re-ingests each corpus document in dry-run against the curated graph (in memory)
// and prints how far the tool agrees with the curators. Prints figures; asserts nothing.
//   items      curated: recommendations whose source is the document or whose evidence cites it
//   links      only items of earlier years are candidates, and only curated links INTO this document's
//              items from earlier years count (links among later items are left out)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openScratchStore } from '../src/graph/open.js';
import type { Analysis } from '../src/ingest/analyse.js';
import { IngestError } from '../src/ingest/errors.js';
import { ratio, scoreDocument, type CuratedItem, type DocumentScore } from '../src/ingest/evaluate.js';
import { loadLexicon } from '../src/ingest/lexicon.js';
import { ingestReport } from '../src/ingest/run.js';
import { loadSeed } from '../src/seed/load.js';
import { readSeed } from '../src/seed/read.js';

const seed = readSeed();
const store = openScratchStore();
await loadSeed(store, undefined, seed);
const lexicon = loadLexicon();
const r = seed.records;
const yearOfInspection = new Map(r.inspections.map((i) => [i.id, i.year]));

const rows: Array<{ doc: string; score: DocumentScore; note: string }> = [];
const started = Date.now();
for (const doc of r.documents) {
  const file = path.join(seed.dir, 'documents', doc.file);
  const year = Number(doc.publishedOn.slice(0, 4));
  const inspection = r.inspections.find((i) => i.reportedIn.includes(doc.id) && i.year === year);
  const curated: CuratedItem[] = r.recommendations
    .filter((x) => x.source === doc.id || x.evidence.some((e) => e.source === doc.id))
    .map((x) => ({
      id: x.id,
      year: yearOfInspection.get(x.inspection) ?? 0,
      themes: x.themes,
      variants: [x.text ?? x.quote, x.quote, ...x.evidence.filter((e) => e.source === doc.id).map((e) => e.quote)],
    }));
  let analysis: Analysis | null = null;
  let note = '';
  try {
    const outcome = await ingestReport(store, {
      file,
      text: readFileSync(file, 'utf8'),
      dryRun: true,
      lexicon,
      overrides: { kind: inspection?.kind, date: doc.publishedOn, slug: `eval-${doc.id}` },
    });
    analysis = outcome.analysis;
    const restated = analysis.items.filter((i) => i.restated).length;
    if (restated) note = `${restated} items restated from earlier years`;
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    note = err.code;
  }
  const findings = r.findings.filter((f) => f.source === doc.id).map((f) => ({ id: f.id, quote: f.quote, supports: f.supports }));
  rows.push({ doc: doc.id, score: scoreDocument(analysis, curated, findings, r.recurrences), note });
}
await store.close();

const header = ['document', 'curated', 'extracted', 'matched', 'precision', 'recall', 'theme agr.', 'gold links', 'proposed', 'correct', 'link P', 'link R', 'note'];
const table = rows.map(({ doc, score: s, note }) => [
  doc, s.curated, s.extracted, s.matched, ratio(s.matched, s.extracted), ratio(s.matched, s.curated),
  `${ratio(s.themeAgreement.agree, s.themeAgreement.of)} (${s.themeAgreement.agree}/${s.themeAgreement.of})`,
  s.links.gold, s.links.proposed, s.links.correct, ratio(s.links.correct, s.links.proposed), ratio(s.links.correct, s.links.gold), note,
].map(String));
const sum = (f: (s: DocumentScore) => number) => rows.reduce((a, { score }) => a + f(score), 0);
const t = {
  curated: sum((s) => s.curated), extracted: sum((s) => s.extracted), matched: sum((s) => s.matched),
  agree: sum((s) => s.themeAgreement.agree), gold: sum((s) => s.links.gold), proposed: sum((s) => s.links.proposed), correct: sum((s) => s.links.correct),
};
table.push(['all (micro)', t.curated, t.extracted, t.matched, ratio(t.matched, t.extracted), ratio(t.matched, t.curated),
  `${ratio(t.agree, t.matched)} (${t.agree}/${t.matched})`, t.gold, t.proposed, t.correct, ratio(t.correct, t.proposed), ratio(t.correct, t.gold), ''].map(String));
printTable(header, table);

console.log('\nFindings behind the items (curated findings of the document that back an item; extracted findings that state a curated finding):');
printTable(['document', 'curated backing', 'extracted', 'state a curated finding', 'share'], rows.map(({ doc, score: s }) => [
  doc, s.findings.curatedBacking, s.findings.extracted, s.findings.matchingCurated, ratio(s.findings.matchingCurated, s.findings.extracted),
].map(String)));
console.log(`\nMatching: stemmed-token Jaccard ≥ 0.5, one-to-one. Link precision counts the suggestions of matched items only.`);
console.log(`Dry runs against the curated graph in memory; nothing written. ${rows.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

function printTable(head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}
