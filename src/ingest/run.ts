// One ingest: read the file, compare it with the curated graph, and (unless a dry run) write it in one
// transaction. Shared by the CLI, the evaluation script and the tests.
import {
  DanglingReferenceError,
  documentIngested,
  IngestConflictError,
  listItems,
  listLeafThemes,
  readKnownGraph,
  writeIngestRows,
  type IngestRows,
} from '../graph/ingest.js';
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
  /** Report text already read (the API, and the evaluation with corpus files it has read). */
  text?: string;
  /** How the document arrived (TEXT, MARKDOWN, HTML, PDF); the text is already converted. */
  format?: string;
  now?: () => Date;
}

export interface IngestOutcome {
  analysis: Analysis;
  ids: PlannedIds;
  rows: IngestRows;
  /** False for a dry run. */
  written: boolean;
  /** The document id is in the graph already (a real run is refused; a dry run says so). */
  alreadyIngested: boolean;
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
  const warnings = themes.length
    ? lexiconProblems(
        lexicon,
        themes.map((t) => t.id),
      )
    : ['the graph has no themes: items are tagged from the lexicon alone'];
  const unknown = warnings.filter((w) => w.includes('is not a leaf theme'));
  if (themes.length && unknown.length) {
    throw new IngestError(
      'INGEST_LEXICON_INVALID',
      `the theme lexicon names themes the graph does not have as leaves:\n  ${unknown.join('\n  ')}`,
    );
  }
  // Each new item is compared only with the items of years before its own (see recurrence.ts).
  // The document is about one council: the candidates it is compared with are that council's.
  const organisation = request.organisation ?? DEFAULT_ORGANISATION;
  const [earlier, known] = await Promise.all([listItems(store, organisation), readKnownGraph(store, organisation)]);
  const home = known.organisations.find((o) => o.id === organisation) ?? null;
  if (!home)
    throw new IngestError('INGEST_UNKNOWN_REFERENCE', `unknown organisation ${organisation}. Nothing was written.`);
  const analysis = analyseReport({
    known: { ...known, home },
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
    organisation,
    ingestedAt: (request.now?.() ?? new Date()).toISOString(),
    format: request.format ?? 'TEXT',
  });
  const alreadyIngested = await documentIngested(store, ids.documentId);
  if (request.dryRun) {
    progress.done();
    return { analysis, ids, rows, written: false, alreadyIngested, warnings };
  }
  if (!proposes(rows)) {
    throw new IngestError(
      'INGEST_NOTHING_TO_PROPOSE',
      `${request.file}: everything found is in the graph already (restated items, known judgements and event); there is nothing new to write. Nothing was written.`,
    );
  }
  progress.stage('writing in one transaction');
  try {
    await store.write((tx) => writeIngestRows(tx, rows));
  } catch (err) {
    if (err instanceof IngestConflictError) {
      throw new IngestError(
        'INGEST_ALREADY_INGESTED',
        `this report looks ingested already (${err.message}); pass --slug to ingest it under other ids. Nothing was written.`,
      );
    }
    if (err instanceof DanglingReferenceError)
      throw new IngestError('INGEST_UNKNOWN_REFERENCE', `${err.message}. Nothing was written.`);
    throw err;
  }
  progress.done();
  return { analysis, ids, rows, written: true, alreadyIngested: false, warnings };
}

function proposes(rows: IngestRows): boolean {
  return Boolean(
    rows.inspection ||
    rows.recommendations.length ||
    rows.findings.length ||
    rows.judgements.length ||
    rows.holdings.length ||
    rows.organisationRelations.length,
  );
}
