// Scalars and closed value sets of the domain, declared once. Seed validation, row types, curation
// input checks, ingest and the GraphQL enums (checked by test/unit/model-enums.test.ts) all use these.
import { z } from 'zod';

/** Stable readable ids: lower-case slugs whose first part names the node kind (rec-2016-01). */
export const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case slugs such as rec-2016-01');

/**
 * A date as precise as the source states it: YYYY, YYYY-MM or YYYY-MM-DD ("July 2023" is 2023-07, never a
 * guessed day).
 */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const PartialDate = z.string().regex(PARTIAL_DATE, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');

/** Non-empty text (surrounding whitespace trimmed). */
export const Text = z.string().trim().min(1);

/** The year an inspection is known by. */
export const Year = z.number().int().min(2000).max(2100);

/** 0..1 strength of a machine or curated judgement (recurrence links, theme tags). */
export const Score = z.number().min(0).max(1);

export const DocumentKind = z.enum([
  'INSPECTION_REPORT',
  'MONITORING_LETTER',
  'FOCUSED_VISIT_LETTER',
  'NEWS_ARTICLE',
  'COMMISSIONER_REPORT',
  'PRESS_RELEASE',
  'OTHER',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const OrganisationKind = z.enum([
  'LOCAL_AUTHORITY',
  'REGULATOR',
  'GOVERNMENT',
  'PARTNERSHIP',
  'POLICE',
  'HEALTH',
  'IMPROVEMENT_PARTNER',
  'OTHER',
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const InspectionKind = z.enum(['FULL_INSPECTION', 'MONITORING_VISIT', 'FOCUSED_VISIT', 'COMMISSIONER_REVIEW']);
export type InspectionKind = z.infer<typeof InspectionKind>;

export const Grade = z.enum(['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE']);
export type Grade = z.infer<typeof Grade>;

export const Polarity = z.enum(['STRENGTH', 'WEAKNESS', 'CONTEXT']);
export type Polarity = z.infer<typeof Polarity>;

export const RecommendationKind = z.enum([
  'RECOMMENDATION',
  'IMPROVEMENT_AREA',
  'PRIORITY_ACTION',
  'COMMISSIONER_RECOMMENDATION',
]);
export type RecommendationKind = z.infer<typeof RecommendationKind>;

export const ActionStatus = z.enum(['PROPOSED', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'UNKNOWN']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const Capacity = z.enum(['PERMANENT', 'INTERIM']);
export type Capacity = z.infer<typeof Capacity>;

/** Why a later item is taken to ask again for an earlier one. */
export const RecurrenceBasis = z.enum(['CURATED', 'THEME', 'SIMILARITY']);
export type RecurrenceBasis = z.infer<typeof RecurrenceBasis>;

/** Review state of anything a machine proposes; only ACCEPTED facts are served by default. */
export const ReviewStatus = z.enum(['ACCEPTED', 'SUGGESTED', 'REJECTED']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/**
 * Review state of any node or relationship ingest writes (curated facts carry none and count as accepted):
 * SUGGESTED until a curator decides; a fact withdrawn after acceptance stays in the graph as RETRACTED.
 */
export const FactStatus = z.enum(['SUGGESTED', 'ACCEPTED', 'REJECTED', 'RETRACTED']);
export type FactStatus = z.infer<typeof FactStatus>;

/** How a document arrived: its text is what the graph stores and what quotes are checked against. */
export const DocumentFormat = z.enum(['TEXT', 'MARKDOWN', 'HTML', 'PDF']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/** An organisation's relation to a council, as a press release or report states it. */
export const OrganisationRelation = z.enum(['IMPROVEMENT_PARTNER', 'STRATEGIC_PARTNER']);
export type OrganisationRelation = z.infer<typeof OrganisationRelation>;

/** How a theme tag (CONCERNS) or a finding → item link (SUPPORTS) was proposed by ingest. */
export const TagBasis = z.enum(['LEXICON', 'MARKED', 'SIMILARITY']);
export type TagBasis = z.infer<typeof TagBasis>;

/** What kind of answer a holder entry is (derived by domain/holders.ts). */
export const HoldingBasis = z.enum(['STATED_INTERVAL', 'STATED_START', 'LAST_ATTESTED']);
export type HoldingBasis = z.infer<typeof HoldingBasis>;

/** Where an owner answer comes from (derived by domain/owners.ts). */
export const OwnershipBasis = z.enum(['ITEM', 'RECURRENCE', 'THEME']);
export type OwnershipBasis = z.infer<typeof OwnershipBasis>;

/** How a party other than the owner takes part in an action, as the text says ("agreed by the Commissioner"). */
export const ParticipationPart = z.enum(['AGREES', 'CONSULTED', 'SUPPORTS', 'OVERSEES', 'CHALLENGES']);
export type ParticipationPart = z.infer<typeof ParticipationPart>;

/** The node kinds full-text search covers. */
export const SearchKind = z.enum(['FINDING', 'RECOMMENDATION', 'ACTION']);
export type SearchKind = z.infer<typeof SearchKind>;

/** What a proposal in the review queue is: a node ingest proposed, or a relationship between two nodes. */
export const ProposalKind = z.enum([
  'EVENT',
  'JUDGEMENT',
  'FINDING',
  'ITEM',
  'PERSON',
  'ROLE',
  'ORGANISATION',
  'HOLDING',
  'THEME_TAG',
  'FINDING_LINK',
  'RECURRENCE',
  'EVENT_REPORT',
  'ORGANISATION_RELATION',
]);
export type ProposalKind = z.infer<typeof ProposalKind>;

/** A curator's decision on a proposal. */
export const ReviewDecision = z.enum(['ACCEPT', 'REJECT']);
export type ReviewDecision = z.infer<typeof ReviewDecision>;
