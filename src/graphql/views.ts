// Shapes the resolvers hand between each other for GraphQL types that are not graph nodes.
import type { HolderAnswer } from '../domain/holders.js';
import type { ItemPersistence, ThemePersistence } from '../domain/persistence.js';
import type { TimelineEntry } from '../domain/themes.js';
import type { HoldingRow, Provenance, RecommendationRow } from '../model/rows.js';
import type { OwnershipBasis, RecurrenceBasis, ReviewStatus, SearchKind } from '../model/values.js';

export interface EvidenceView { source: string; quote: string; locator: string }
export type HoldingView = HoldingRow & { basis?: HolderAnswer['basis'] };
export interface RecurrenceView extends Provenance {
  recommendationId: string; viaId: string; depth: number; basis: RecurrenceBasis; status: ReviewStatus; score: number; explanation: string;
}
export interface RecurringView { recommendation: RecommendationRow; recurrences: RecurrenceView[] }
export interface OwnerView { roleId: string; actionIds: string[]; basis: OwnershipBasis; asOf: string }
export type TimelineView = TimelineEntry;
export interface SearchHitView { kind: SearchKind; id: string; score: number; snippet: string; matchedTerms: string[] }
export type ThemePersistenceView = ThemePersistence;
export type ItemPersistenceView = ItemPersistence;
export interface PersistenceView { themes: ThemePersistence[]; items: ItemPersistence[] }
export interface EdgeView { node: RecommendationRow; cursor: string }
export interface ConnectionView { edges: EdgeView[]; hasNextPage: boolean; totalCount: number }

/** The provenance of a node as a list of citations (the primary one first). */
export function evidenceOf(p: Provenance & { evidenceSources?: string[] | null; evidenceQuotes?: string[] | null; evidenceLocators?: string[] | null }): EvidenceView[] {
  const out: EvidenceView[] = [];
  if (p.source && p.quote) out.push({ source: p.source, quote: p.quote, locator: p.locator ?? '' });
  (p.evidenceSources ?? []).forEach((source, i) => out.push({ source, quote: p.evidenceQuotes?.[i] ?? '', locator: p.evidenceLocators?.[i] ?? '' }));
  return out;
}
