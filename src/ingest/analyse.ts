// The whole analysis of one report, without I/O: clean → extract items → find their findings → tag themes
// → rank earlier items each may recur. The caller supplies the earlier items and theme names (read from
// the store) and decides whether to write.
import { cleanDocument, type CleanDocument } from './clean.js';
import { IngestError } from './errors.js';
import { extractItems } from './extract.js';
import { DEFAULT_FINDINGS, extractFindings, type FindingOptions } from './findings.js';
import type { Lexicon } from './lexicon.js';
import { reportMetadata, type MetadataOverrides, type ReportMetadata } from './metadata.js';
import { silentProgress, type Progress } from './progress.js';
import { DEFAULT_RANKING, profileEarlier, rankCandidates, type RankingOptions } from './recurrence.js';
import { TfIdf } from './similarity.js';
import { DEFAULT_TAGGING, tagThemes, type TaggingOptions } from './themes.js';
import type { EarlierItem, ExtractedFinding, ExtractedItem, RecurrenceCandidate, ThemeTag } from './types.js';

export interface AnalysisInput {
  file: string;
  text: string;
  overrides?: MetadataOverrides;
  /** Items already in the graph; only those of earlier years than an item are compared with it. */
  earlier: readonly EarlierItem[];
  /** Leaf theme id → name, for explanations. */
  themeNames: ReadonlyMap<string, string>;
  lexicon: Lexicon;
  tagging?: TaggingOptions;
  ranking?: RankingOptions;
  findings?: FindingOptions;
  progress?: Progress;
}

export interface AnalysedItem extends ExtractedItem {
  /** The inspection year it belongs to: the report's, or the column's for a restated item. */
  year: number;
  themes: ThemeTag[];
  recurrenceCandidates: RecurrenceCandidate[];
}

export interface AnalysedFinding extends ExtractedFinding {
  themes: ThemeTag[];
}

export interface Analysis {
  metadata: ReportMetadata;
  items: AnalysedItem[];
  findings: AnalysedFinding[];
  cleanup: CleanDocument['removed'];
  document: CleanDocument;
}

export function analyseReport(input: AnalysisInput): Analysis {
  const progress = input.progress ?? silentProgress;
  progress.stage('cleaning up the text');
  const document = cleanDocument(input.text);
  const metadata = reportMetadata(input.file, document, input.overrides);
  progress.tick();

  progress.stage('finding items', document.blocks.length);
  const { items: extracted, itemBlocks } = extractItems(document, { year: metadata.year, inspectionKind: metadata.kind });
  progress.tick(document.blocks.length);
  if (!extracted.length) {
    throw new IngestError('INGEST_NO_ITEMS', `${input.file}: no recommendations, "what needs to improve" items or areas for priority action were found, so there is nothing to link. `
      + 'The tool looks for numbered or bulleted lists under such headings (and, in articles, requirements attributed to the inspectors). Nothing was written.');
  }

  const tfidf = new TfIdf([...input.earlier.map((e) => e.text), ...extracted.map((i) => i.text)]);
  const profiles = extracted.map((i) => tfidf.profile(i.text));
  const earlier = profileEarlier(input.earlier, tfidf);

  progress.stage('tagging themes and ranking earlier items', extracted.length);
  const tag = (text: string) => tagThemes(text, input.lexicon, input.tagging ?? DEFAULT_TAGGING);
  const items: AnalysedItem[] = extracted.map((item, i) => {
    const year = item.restated?.year ?? metadata.year;
    const themes = tag(item.text);
    const recurrenceCandidates = rankCandidates({ text: item.text, year, themes, profile: profiles[i]! }, earlier, tfidf, input.themeNames, input.ranking ?? DEFAULT_RANKING);
    progress.tick();
    return { ...item, year, themes, recurrenceCandidates };
  });

  progress.stage('finding the findings behind them');
  const evidence = items.map((item, i) => ({ profile: profiles[i]!, themes: item.themes }));
  const findings = extractFindings(document, extracted, evidence, itemBlocks, tfidf, tag, input.findings ?? DEFAULT_FINDINGS)
    .map((f) => ({ ...f, themes: tag(f.text) }));
  progress.tick();
  return { metadata, items, findings, cleanup: document.removed, document };
}
