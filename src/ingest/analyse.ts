// The whole analysis of one report, without I/O: clean → extract items → find their findings → tag themes
// → rank earlier items each may recur. The caller supplies the earlier items and theme names (read from
// the store) and decides whether to write.
import { cleanDocument, type CleanDocument } from './clean.js';
import { IngestError } from './errors.js';
import {
  extractEvent,
  extractJudgements,
  type ExtractedEvent,
  type ExtractedJudgement,
  type KnownInspection,
  type KnownJudgement,
} from './event.js';
import { extractItems } from './extract.js';
import { DEFAULT_FINDINGS, extractFindings, standaloneFindings, type FindingOptions } from './findings.js';
import { extractOrganisations, type ExtractedOrganisation, type KnownOrganisation } from './organisations.js';
import { extractHoldings, type ExtractedHolding, type KnownPerson, type KnownRole } from './people.js';
import { documentSentences } from './sentences.js';
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
  /** What the graph knows, so the document's facts are matched to it (all optional: empty means unknown). */
  known?: Partial<KnownFacts>;
  lexicon: Lexicon;
  tagging?: TaggingOptions;
  ranking?: RankingOptions;
  findings?: FindingOptions;
  progress?: Progress;
}

export interface KnownFacts {
  roles: KnownRole[];
  people: KnownPerson[];
  organisations: KnownOrganisation[];
  inspections: KnownInspection[];
  judgements: KnownJudgement[];
  /** The council the document is about. */
  home: KnownOrganisation | null;
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
  event: ExtractedEvent | null;
  judgements: ExtractedJudgement[];
  holdings: ExtractedHolding[];
  organisations: ExtractedOrganisation[];
  cleanup: CleanDocument['removed'];
  document: CleanDocument;
}

export function analyseReport(input: AnalysisInput): Analysis {
  const progress = input.progress ?? silentProgress;
  progress.stage('cleaning up the text');
  const document = cleanDocument(input.text);
  const metadata = reportMetadata(input.file, document, input.overrides);
  progress.tick();

  const known: KnownFacts = {
    roles: [],
    people: [],
    organisations: [],
    inspections: [],
    judgements: [],
    home: null,
    ...input.known,
  };
  progress.stage('finding the event, judgements, people and organisations');
  const located = documentSentences(document);
  progress.stage('finding items', document.blocks.length);
  const { items: extracted, itemBlocks } = extractItems(document, {
    year: metadata.year,
    inspectionKind: metadata.kind ?? 'FULL_INSPECTION',
  });
  progress.tick(document.blocks.length);
  // A document is taken as reporting its own event when it names the kind, or asks for something (items
  // need an event to belong to); otherwise only an event its text reports with a date is proposed.
  const ownKind = metadata.kindStated || extracted.length ? metadata.kind : null;
  const event = extractEvent(
    located,
    document.original,
    { kind: ownKind, date: metadata.date, year: metadata.year },
    known.inspections,
  );
  const judgements = extractJudgements(located, document.original, event, known.judgements);
  const holdings = extractHoldings(located, document.original, {
    roles: known.roles,
    people: known.people,
    documentDate: metadata.date,
  });
  const organisations = extractOrganisations(located, document.original, known.organisations, known.home);

  const tfidf = new TfIdf([...input.earlier.map((e) => e.text), ...extracted.map((i) => i.text)]);
  const profiles = extracted.map((i) => tfidf.profile(i.text));
  const earlier = profileEarlier(input.earlier, tfidf);

  progress.stage('tagging themes and ranking earlier items', extracted.length);
  const tag = (text: string) => tagThemes(text, input.lexicon, input.tagging ?? DEFAULT_TAGGING);
  const items: AnalysedItem[] = extracted.map((item, i) => {
    const year = item.restated?.year ?? metadata.year;
    const themes = tag(item.text);
    const recurrenceCandidates = rankCandidates(
      { text: item.text, year, themes, profile: profiles[i]! },
      earlier,
      tfidf,
      input.themeNames,
      input.ranking ?? DEFAULT_RANKING,
    );
    progress.tick();
    return { ...item, year, themes, recurrenceCandidates };
  });

  progress.stage('finding the findings behind them');
  const evidence = items.map((item, i) => ({ profile: profiles[i]!, themes: item.themes }));
  // Without items there is nothing for a finding to back: the document's evaluative sentences stand alone.
  const asked = new Set(extracted.map((i) => i.text));
  const found = extracted.length
    ? extractFindings(document, extracted, evidence, itemBlocks, tfidf, tag, input.findings ?? DEFAULT_FINDINGS)
    : event
      ? standaloneFindings(located, document.original, asked)
      : [];
  const findings = found.map((f) => ({ ...f, themes: tag(f.text) }));
  progress.tick();
  const proposed =
    items.length +
    findings.length +
    judgements.length +
    holdings.length +
    organisations.length +
    (event && !event.existing ? 1 : 0);
  if (!proposed) {
    throw new IngestError(
      'INGEST_NOTHING_TO_PROPOSE',
      `${input.file}: no event, judgement, person in a role, organisation, finding or item was found, ` +
        'so there is nothing to propose. Nothing was written.',
    );
  }
  return { metadata, items, findings, event, judgements, holdings, organisations, cleanup: document.removed, document };
}
