// Plain row types the graph layer returns: database values converted, related items as ids. The value
// sets mirror the enums of the GraphQL schema, so resolvers pass them through unchanged.

export type InspectionKind = 'FULL_INSPECTION' | 'MONITORING_VISIT' | 'FOCUSED_VISIT' | 'COMMISSIONER_REVIEW';
export type Grade = 'OUTSTANDING' | 'GOOD' | 'REQUIRES_IMPROVEMENT' | 'INADEQUATE';
export type Polarity = 'STRENGTH' | 'WEAKNESS' | 'CONTEXT';
export type RecommendationKind = 'RECOMMENDATION' | 'IMPROVEMENT_AREA' | 'PRIORITY_ACTION' | 'COMMISSIONER_RECOMMENDATION';
export type RecurrenceBasis = 'CURATED' | 'THEME' | 'SIMILARITY';
export type RecurrenceStatus = 'ACCEPTED' | 'SUGGESTED' | 'REJECTED';

export interface Provenance {
  source: string | null;
  quote: string | null;
  locator: string | null;
}

export interface DocumentRow { id: string; title: string; publisher: string; kind: string; publishedOn: string | null; licence: string; file: string | null }
export interface OrganisationRow extends Provenance { id: string; name: string; kind: string; roleIds: string[] }
export interface HoldingRow extends Provenance {
  personId: string;
  personName: string;
  /** false when the sources describe the person without naming them. */
  personNamed: boolean;
  roleId: string;
  from: string | null;
  to: string | null;
  attestedOn: string | null;
  capacity: 'PERMANENT' | 'INTERIM' | null;
  /** Distinguishes several holdings of one role by one person. */
  key: string | null;
}
export interface RoleRow extends Provenance { id: string; name: string; singleHolder: boolean; organisationId: string; holdings: HoldingRow[]; actionIds: string[] }
export interface PersonRow extends Provenance { id: string; name: string; named: boolean; holdings: HoldingRow[] }
export interface InspectionRow extends Provenance {
  id: string; kind: InspectionKind; framework: string; year: number; startedOn: string | null; endedOn: string | null; publishedOn: string | null;
  organisationId: string; documentIds: string[]; leaderIds: string[]; judgementIds: string[]; findingIds: string[]; recommendationIds: string[];
}
export interface JudgementRow extends Provenance { id: string; area: string; grade: Grade; inspection: string }
export interface FindingRow extends Provenance { id: string; text: string; polarity: Polarity; inspection: string; year: number; themeIds: string[]; supportIds: string[] }
export interface RecommendationRow extends Provenance {
  id: string; number: number | null; kind: RecommendationKind; text: string; year: number; inspection: string;
  evidenceSources: string[] | null; evidenceQuotes: string[] | null; evidenceLocators: string[] | null;
  themeIds: string[]; addressedToIds: string[]; findingIds: string[]; actionIds: string[];
  /** Direct links to later items (recursAs) and from earlier ones (recurrenceOf); `other` is the far end. */
  recursAs: LinkRow[]; recurrenceOf: LinkRow[];
}
export interface LinkRow extends Provenance { other: string; basis: RecurrenceBasis; status: RecurrenceStatus; score: number; explanation: string }
export interface ActionRow extends Provenance {
  id: string; text: string; status: string; due: string | null;
  ownerIds: string[]; respondsToIds: string[]; proposedInId: string; themeIds: string[];
}
export interface ThemeRow extends Provenance {
  id: string; name: string; description: string; parentId: string | null; childIds: string[];
  /** Items tagged with this theme itself (a root's leaves carry their own). */
  recommendationIds: string[]; findingIds: string[]; actionIds: string[];
}
export interface AuditEntryRow {
  id: string; at: string; curator: string; operation: string; targets: string[];
  before: string | null; after: string | null; sourceDocument: string | null; sourceQuote: string | null; sourceNote: string | null;
}

export interface RowsByLabel {
  Document: DocumentRow;
  Organisation: OrganisationRow;
  Role: RoleRow;
  Person: PersonRow;
  Inspection: InspectionRow;
  Judgement: JudgementRow;
  Finding: FindingRow;
  Recommendation: RecommendationRow;
  Action: ActionRow;
  Theme: ThemeRow;
  AuditEntry: AuditEntryRow;
}
export type CardLabel = keyof RowsByLabel;

/** Ids carry their kind in the prefix, so `node(id)` needs no lookup to know where to look. */
export const LABEL_BY_PREFIX: Record<string, CardLabel> = {
  doc: 'Document', org: 'Organisation', role: 'Role', person: 'Person', insp: 'Inspection', judg: 'Judgement',
  find: 'Finding', rec: 'Recommendation', act: 'Action', theme: 'Theme', audit: 'AuditEntry',
};

export function labelOfId(id: string): CardLabel | undefined {
  return LABEL_BY_PREFIX[id.split('-', 1)[0]!];
}
