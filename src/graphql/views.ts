// Shapes the resolvers hand between each other for GraphQL types that are not graph nodes.
import type { ReachedItem } from '../domain/chains.js';
import type { HolderAnswer } from '../domain/holders.js';
import type { ItemPersistence, ThemePersistence } from '../domain/persistence.js';
import type { TimelineEntry } from '../domain/themes.js';
import type { HoldingRow, LinkRow, Provenance, RecommendationRow } from '../model/rows.js';
import type { OwnershipBasis, RecurrenceBasis, ReviewStatus, SearchKind } from '../model/values.js';

export interface EvidenceView {
  source: string;
  quote: string;
  locator: string;
}
export type HoldingView = HoldingRow & Partial<Pick<HolderAnswer, 'basis' | 'lastEvidenceOn' | 'beyondEvidence'>>;
export interface AspectView {
  themeIds: string[];
  words: string;
}
export interface RecurrenceView extends Provenance {
  recommendationId: string;
  viaId: string;
  depth: number;
  basis: RecurrenceBasis;
  status: ReviewStatus;
  score: number;
  explanation: string;
  aspect: AspectView | null;
}
const aspectOf = (themeIds: string[] | null, words: string | null): AspectView | null =>
  themeIds?.length || words ? { themeIds: themeIds ?? [], words: words ?? '' } : null;

/** A link seen from one end (`self`), as a Recurrence of depth 1. */
export function linkView(self: { id: string }, link: LinkRow): RecurrenceView {
  return {
    recommendationId: link.other,
    viaId: self.id,
    depth: 1,
    basis: link.basis,
    status: link.status,
    score: link.score ?? 0,
    explanation: link.explanation ?? '',
    source: link.source,
    quote: link.quote,
    locator: link.locator,
    aspect: aspectOf(link.aspectThemes, link.aspectWords),
  };
}

/** An item a chain reaches, as a Recurrence: the last link's facts, the themes carried to it. */
export function reachedView(r: ReachedItem): RecurrenceView {
  return {
    recommendationId: r.id,
    viaId: r.via,
    depth: r.depth,
    basis: r.link.basis as RecurrenceBasis,
    status: r.link.status as ReviewStatus,
    score: r.link.score ?? 0,
    explanation: r.link.explanation ?? '',
    source: r.link.source,
    quote: r.link.quote,
    locator: r.link.locator,
    aspect: aspectOf(r.carried, r.link.aspectWords),
  };
}

export interface RecurringView {
  recommendation: RecommendationRow;
  recurrences: RecurrenceView[];
  council: string;
}
export interface OwnerView {
  /** A role id, or null when the organisation itself owns. */
  roleId: string | null;
  /** The owning organisation id, for an organisation owner (a role owner's organisation comes from its role). */
  organisationId: string | null;
  actionIds: string[];
  basis: OwnershipBasis;
  asOf: string;
}
export type TimelineView = TimelineEntry;
export interface SearchHitView {
  kind: SearchKind;
  id: string;
  score: number;
  snippet: string;
  matchedTerms: string[];
}
export type ThemePersistenceView = ThemePersistence;
export type ItemPersistenceView = ItemPersistence;
export interface PersistenceView {
  themes: ThemePersistence[];
  items: ItemPersistence[];
}
export interface EdgeView {
  node: RecommendationRow;
  cursor: string;
}
export interface ConnectionView {
  edges: EdgeView[];
  hasNextPage: boolean;
  totalCount: number;
}
/** One council's recurring items in a national answer. */
export interface CouncilRecurrenceView {
  councilId: string;
  items: RecurringView[];
}
export interface CouncilEdgeView {
  node: CouncilRecurrenceView;
  cursor: string;
}
export interface CouncilConnectionView {
  edges: CouncilEdgeView[];
  hasNextPage: boolean;
  totalCount: number;
}

/** The provenance of a node as a list of citations (the primary one first). */
export function evidenceOf(
  p: Provenance & {
    evidenceSources?: string[] | null;
    evidenceQuotes?: string[] | null;
    evidenceLocators?: string[] | null;
  },
): EvidenceView[] {
  const out: EvidenceView[] = [];
  if (p.source && p.quote) out.push({ source: p.source, quote: p.quote, locator: p.locator ?? '' });
  (p.evidenceSources ?? []).forEach((source, i) =>
    out.push({ source, quote: p.evidenceQuotes?.[i] ?? '', locator: p.evidenceLocators?.[i] ?? '' }),
  );
  return out;
}
