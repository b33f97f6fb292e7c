// Every relationship type with its stored properties, and every relationship kind (type plus the labels at
// both ends; labels cannot be Cypher parameters, so each kind gets its own statements), declared once.
//
// To add a property to a relationship: add it to its type's props here, and to the projection that reads it.
import { z } from 'zod';
import type { Label } from './nodes.js';
import { provenance, review } from './nodes.js';
import {
  Capacity,
  Id,
  OrganisationRelation,
  PartialDate,
  ParticipationPart,
  RecurrenceBasis,
  ReviewStatus,
  Score,
  TagBasis,
  Text,
} from './values.js';

/** A tag or link proposed by ingest: SUGGESTED until a curator accepts it; curated ones carry no status. */
const suggested = {
  basis: TagBasis.optional(),
  score: Score.optional(),
  ...review,
};

export const RELATIONSHIP_TYPES = {
  OF: z.object({}),
  HELD: z.object({
    /** Bounds only where the text states them. */
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    /** A date on which the source shows the person in the role (a letter addressed to them, an article). */
    attestedOn: PartialDate.optional(),
    capacity: Capacity.optional(),
    /** Distinguishes several holdings of one role by one person. */
    key: z.string().optional(),
    ...provenance,
    ...review,
  }),
  /** Written by ingest (keyed and reviewed) when a new document reports an event already in the graph. */
  REPORTED_IN: z.object({ ...provenance, ...review, matchedBy: z.string().optional() }),
  LED_BY: z.object({}),
  JUDGED: z.object({}),
  FOUND: z.object({}),
  MADE: z.object({}),
  SUPPORTS: z.object(suggested),
  CONCERNS: z.object({ ...suggested, terms: z.array(z.string()).optional() }),
  ADDRESSED_TO: z.object({}),
  RECURS_AS: z.object({
    basis: RecurrenceBasis,
    ...review,
    /** A link is accepted, suggested or rejected (a withdrawn link is rejected, with an audit entry). */
    status: ReviewStatus,
    /** 0..1, how strongly the later item asks again for the earlier one. */
    score: Score,
    /** One sentence saying why. */
    explanation: Text,
    /**
     * The part of the earlier item the later one asks for again: leaf themes both carry, and the later item's
     * words for it. Chains follow a link only while these carry through (domain/chains.ts). Absent on a
     * rejected link and on a wording-only suggestion.
     */
    aspectThemes: z.array(Id).optional(),
    aspectWords: Text.optional(),
    ...provenance,
  }),
  PART_OF: z.object({}),
  RESPONDS_TO: z.object({}),
  OWNED_BY: z.object({}),
  /** A party the text says agrees, is consulted, supports, oversees or challenges: never an owner. */
  INVOLVES: z.object({ part: ParticipationPart, words: Text }),
  PROPOSED_IN: z.object({}),
  /** An organisation's relation to a council (an improvement partner), and the earlier ones it replaces. */
  PARTNER_OF: z.object({ relation: OrganisationRelation, replaces: z.array(Id).optional(), ...provenance, ...review }),
} as const;
export type RelType = keyof typeof RELATIONSHIP_TYPES;
export type RelProps<T extends RelType> = z.infer<(typeof RELATIONSHIP_TYPES)[T]>;

/** Relationship kinds: type plus the labels at both ends. */
export const REL_KINDS = [
  ['Role', 'OF', 'Organisation'],
  ['Person', 'HELD', 'Role'],
  ['Inspection', 'OF', 'Organisation'],
  ['Inspection', 'REPORTED_IN', 'Document'],
  ['Inspection', 'LED_BY', 'Person'],
  ['Inspection', 'JUDGED', 'Judgement'],
  ['Inspection', 'FOUND', 'Finding'],
  ['Inspection', 'MADE', 'Recommendation'],
  ['Finding', 'SUPPORTS', 'Recommendation'],
  ['Finding', 'CONCERNS', 'Theme'],
  ['Recommendation', 'CONCERNS', 'Theme'],
  ['Action', 'CONCERNS', 'Theme'],
  ['Recommendation', 'ADDRESSED_TO', 'Organisation'],
  ['Recommendation', 'ADDRESSED_TO', 'Role'],
  ['Recommendation', 'RECURS_AS', 'Recommendation'],
  ['Theme', 'PART_OF', 'Theme'],
  ['Action', 'RESPONDS_TO', 'Recommendation'],
  ['Action', 'RESPONDS_TO', 'Theme'],
  ['Action', 'OWNED_BY', 'Role'],
  ['Action', 'OWNED_BY', 'Organisation'],
  ['Action', 'INVOLVES', 'Role'],
  ['Action', 'INVOLVES', 'Organisation'],
  ['Action', 'PROPOSED_IN', 'Inspection'],
  ['Organisation', 'PARTNER_OF', 'Organisation'],
] as const satisfies ReadonlyArray<readonly [Label, RelType, Label]>;
export type RelKind = (typeof REL_KINDS)[number];
export const relKey = ([from, type, to]: RelKind) => `${from}-${type}-${to}`;

/** The kind of a relationship of `type` from a `from` node to a `to` node, if the model has one. */
export function relKindOf(from: Label | undefined, type: RelType, to: Label | undefined): RelKind | undefined {
  return REL_KINDS.find(([a, t, b]) => a === from && t === type && b === to);
}

/** The labels a relationship of `type` may reach from a `from` node (or, reversed, come from). */
export function endsOf(type: RelType, from: Label, direction: 'out' | 'in' = 'out'): Label[] {
  return REL_KINDS.filter(([a, t, b]) => t === type && (direction === 'out' ? a : b) === from).map(([a, , b]) =>
    direction === 'out' ? b : a,
  );
}
