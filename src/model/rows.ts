// Rows as the graph layer returns them: stored properties (absent ones as null) plus the ids of what a
// node links to. Derived from nodes.ts and relationships.ts, so a property added to the model appears here.
import type { z } from 'zod';
import type { KindOf, Label, Provenance as ProvenanceSchema, review } from './nodes.js';
import type { RelProps } from './relationships.js';

type OptionalKeys<T> = { [K in keyof T]-?: T extends Record<K, T[K]> ? never : K }[keyof T];
/** Stored properties as read back: a property that may be absent is null when it is. */
export type Read<T> = { [K in keyof T]-?: K extends OptionalKeys<T> ? Exclude<T[K], undefined> | null : T[K] };

/** The stored properties of a node kind (its card's own fields), as read back. */
export type NodeProps<L extends Label> = { id: string } & Read<z.infer<KindOf<L>['props']>>;

export type Provenance = Read<z.infer<typeof ProvenanceSchema>>;
/** Review bookkeeping (who decided, which document): stored on proposals, read by the review queue only. */
type ReviewKeys = Exclude<keyof typeof review, 'status'>;

export type DocumentRow = NodeProps<'Document'>;
export type OrganisationRow = NodeProps<'Organisation'> & { roleIds: string[]; actionIds: string[] };
export type HoldingRow = Read<Omit<RelProps<'HELD'>, ReviewKeys | 'status'>> & {
  personId: string;
  personName: string;
  /** false when the sources describe the person without naming them. */
  personNamed: boolean;
  roleId: string;
};
export type RoleRow = NodeProps<'Role'> & { organisationId: string; holdings: HoldingRow[]; actionIds: string[] };
export type PersonRow = NodeProps<'Person'> & { holdings: HoldingRow[] };
export type InspectionRow = NodeProps<'Inspection'> & {
  organisationId: string;
  documentIds: string[];
  leaderIds: string[];
  judgementIds: string[];
  findingIds: string[];
  recommendationIds: string[];
};
export type JudgementRow = NodeProps<'Judgement'>;
export type FindingRow = NodeProps<'Finding'> & { themeIds: string[]; supportIds: string[] };
/** A RECURS_AS link seen from one end; `other` is the far end. */
export type LinkRow = Read<Omit<RelProps<'RECURS_AS'>, ReviewKeys>> & { other: string };
export type RecommendationRow = NodeProps<'Recommendation'> & {
  themeIds: string[];
  addressedToIds: string[];
  findingIds: string[];
  actionIds: string[];
  /** Direct links to later items (recursAs) and from earlier ones (recurrenceOf). */
  recursAs: LinkRow[];
  recurrenceOf: LinkRow[];
};
/** A party taking part in an action without owning it (INVOLVES), and the words that say how. */
export type ParticipantRow = Read<RelProps<'INVOLVES'>> & { partyId: string };
export type ActionRow = NodeProps<'Action'> & {
  /** Owning roles; `organisationOwnerIds` where the text names the organisation, not a role, as the actor. */
  ownerIds: string[];
  organisationOwnerIds: string[];
  participants: ParticipantRow[];
  respondsToIds: string[];
  proposedInId: string;
  themeIds: string[];
};
export type ThemeRow = NodeProps<'Theme'> & { parentId: string | null; childIds: string[] };
/** Items tagged with a theme itself (a root's leaves carry their own): loaded apart from the theme's card. */
export interface ThemeItemsRow {
  id: string;
  recommendationIds: string[];
  findingIds: string[];
  actionIds: string[];
}
export type AuditEntryRow = NodeProps<'AuditEntry'>;

/** The row each label's card returns. */
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

/** One action responding to one target (an item or a theme), with what ownership needs (input of domain/owners.ts). */
export interface ActionOnTarget {
  target: string;
  action: string;
  /** The year of the inspection or review that proposed it. */
  year: number | null;
  /** When it was proposed: the publication date of that inspection or review, as precise as known. */
  proposedOn: string | null;
  /** The themes the action concerns. */
  themes: string[];
  /** Owning roles. */
  roles: string[];
  /** Owning organisations (where the text names the organisation, not a role, as the actor). */
  organisations: string[];
}
