// One ingest: read the file, compare it with the curated graph, and (unless a dry run) write it in one
// transaction. Shared by the CLI, the evaluation script and the tests.
import { DanglingReferenceError, IngestConflictError, listItems, listLeafThemes, writeIngestRows, type IngestRows } from '../graph/ingest.js';
import type { GraphStore } from '../graph/store.js';
import { analyseReport, type Analysis } from './analyse.js';
import { IngestError } from './errors.js';
import type { FindingOptions } from './findings.js';
import { lexiconProblems, loadLexicon, type Lexicon } from './lexicon.js';
import type { MetadataOverrides } from './metadata.js';
import { silentProgress, type Progress } from './progress.js';
import type { RankingOptions } from './recurrence.js';
import { readReport } from './source.js';
import { buildRows, planIds, type PlannedIds } from './write.js';

export interface IngestRequest {
  file: string;
  overrides?: MetadataOverrides;
  /** The organisation inspected (the graph holds more than one council). */
  organisation?: string;
  dryRun: boolean;
  lexicon?: Lexicon;
  ranking?: RankingOptions;
  findings?: FindingOptions;
  progress?: Progress;
  /** Report text already read (the evaluation passes corpus files it has read). */
  text?: string;
  now?: () => Date;
}

export interface IngestOutcome {
  analysis: Analysis;
  ids: PlannedIds;
  rows: IngestRows;
  /** False for a dry run. */
  written: boolean;
  /** Lexicon terms for themes the graph lacks, leaf themes without terms: worth a look, not fatal. */
  warnings: string[];
}

export const DEFAULT_ORGANISATION = 'org-tameside-council';

export async function ingestReport(store: GraphStore, request: IngestRequest): Promise<IngestOutcome> {
  const progress = request.progress ?? silentProgress;
  progress.stage('reading the report');
  const text = request.text ?? readReport(request.file);
  const lexicon = request.lexicon ?? loadLexicon();
  progress.stage('reading the curated graph');
  const themes = await listLeafThemes(store);
  const warnings = themes.length ? lexiconProblems(lexicon, themes.map((t) => t.id)) : ['the graph has no themes: items are tagged from the lexicon alone'];
  const unknown = warnings.filter((w) => w.includes('is not a leaf theme'));
  if (themes.length && unknown.length) {
    throw new IngestError('INGEST_LEXICON_INVALID', `the theme lexicon names themes the graph does not have as leaves:\n  ${unknown.join('\n  ')}`);
  }
  // Each new item is compared only with the items of years before its own (see recurrence.ts).
  const earlier = await listItems(store);
  const analysis = analyseReport({
    file: request.file,
    text,
    overrides: request.overrides,
    earlier,
    themeNames: new Map(themes.map((t) => [t.id, t.name])),
    lexicon,
    ranking: request.ranking,
    findings: request.findings,
    progress,
  });
  const ids = planIds(analysis);
  const rows = buildRows(analysis, ids, {
    file: request.file,
    organisation: request.organisation ?? DEFAULT_ORGANISATION,
    ingestedAt: (request.now?.() ?? new Date()).toISOString(),
  });
  if (request.dryRun) {
    progress.done();
    return { analysis, ids, rows, written: false, warnings };
  }
  if (!rows.recommendations.length) {
    throw new IngestError('INGEST_NO_ITEMS', `${request.file}: every item found restates an earlier inspection's item; there is no new item to write. Nothing was written.`);
  }
  progress.stage('writing in one transaction');
  try {
    await store.write((tx) => writeIngestRows(tx, rows));
  } catch (err) {
    if (err instanceof IngestConflictError) {
      throw new IngestError('INGEST_ALREADY_INGESTED', `this report looks ingested already (${err.message}); pass --slug to ingest it under other ids. Nothing was written.`);
    }
    if (err instanceof DanglingReferenceError) throw new IngestError('INGEST_UNKNOWN_REFERENCE', `${err.message}. Nothing was written.`);
    throw err;
  }
  progress.done();
  return { analysis, ids, rows, written: true, warnings };
}
