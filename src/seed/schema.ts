// The curated seed format, derived from the model: each node section's record is the node kind's stored
// properties (minus those the loader derives) plus the ids it references; RECORD_LINKS says which
// relationship each reference becomes, so integrity checks and the graph rows follow from one declaration.
// Every seed file is a YAML map whose keys are these section names; the loader gathers records across
// files, so ids must be unique project-wide.
import { z } from 'zod';
import {
  Action, Document, Finding, Inspection, Judgement, Organisation, Person, Recommendation, Role, Theme, type Label,
} from '../model/nodes.js';
import { RELATIONSHIP_TYPES, type RelType } from '../model/relationships.js';
import { Id, PartialDate, ParticipationPart, Text } from '../model/values.js';

/** Where a fact comes from: in the seed, every fact cites a document, a verbatim quote and a locator. */
const cited = { source: Id, quote: Text, locator: Text };
export const Citation = z.strictObject(cited);

const DocumentRecord = z.strictObject({
  id: Id,
  ...Document.props.shape,
  file: z.string().regex(/^[\w.-]+\.txt$/),
  publishedOn: PartialDate,
  /** Paragraph ranges of the file that are not about Tameside (e.g. other councils in a news round-up). */
  excludedPassages: z.array(z.strictObject({ from: Text, to: Text, reason: Text })).default([]),
});

const OrganisationRecord = z.strictObject({ id: Id, ...Organisation.props.shape, ...cited });

const RoleRecord = z.strictObject({
  id: Id,
  ...Role.props.shape,
  organisation: Id,
  singleHolder: z.boolean().default(true),
  ...cited,
});

const PersonRecord = z.strictObject({ id: Id, ...Person.props.shape, named: z.boolean().default(true), ...cited });

const HoldingRecord = z.strictObject({
  ...RELATIONSHIP_TYPES.HELD.omit({ key: true }).shape,
  person: Id,
  role: Id,
  ...cited,
}).refine((h) => h.from || h.attestedOn, {
  message: 'a holding needs a stated start (from) or an attestation date (attestedOn)',
}).refine((h) => !h.from || !h.to || h.from <= h.to, { message: 'to is before from' });

const InspectionRecord = z.strictObject({
  id: Id,
  ...Inspection.props.shape,
  organisation: Id,
  reportedIn: z.array(Id).min(1),
  ledBy: z.array(Id).default([]),
  ...cited,
});

const JudgementRecord = z.strictObject({ id: Id, ...Judgement.props.shape, ...cited });

const FindingRecord = z.strictObject({
  id: Id,
  ...Finding.props.omit({ year: true }).shape,
  /** Defaults to the quote; a tidied paraphrase is not allowed, only the source's words. */
  text: Text.optional(),
  themes: z.array(Id).min(1),
  supports: z.array(Id).default([]),
  ...cited,
});

const RecommendationRecord = z.strictObject({
  id: Id,
  ...Recommendation.props.omit({ year: true, evidenceSources: true, evidenceQuotes: true, evidenceLocators: true }).shape,
  text: Text.optional(),
  addressedTo: z.array(Id).default([]),
  themes: z.array(Id).min(1),
  ...cited,
  /** Further documents that state the same item. */
  evidence: z.array(Citation).default([]),
});

/** A party the text says agrees, is consulted, supports, oversees or challenges (an INVOLVES relationship). */
const ParticipantRecord = z.strictObject({
  /** A role or an organisation. */
  party: Id,
  ...RELATIONSHIP_TYPES.INVOLVES.shape,
  part: ParticipationPart,
  /** The words of the action's quote that say so. */
  words: Text,
});

const ActionRecord = z.strictObject({
  id: Id,
  ...Action.props.shape,
  text: Text.optional(),
  status: Action.props.shape.status.default('UNKNOWN'),
  /** The actors the text names: roles, or the organisation itself where the text names no role. */
  owners: z.array(Id).default([]),
  /** Parties the text says agree, are consulted, support, oversee or challenge: never owners. */
  participants: z.array(ParticipantRecord).default([]),
  respondsTo: z.array(Id).min(1),
  proposedIn: Id,
  themes: z.array(Id).default([]),
  ...cited,
});

// Theme roots cite Appendix 2; leaves are the project's own finer split and cite nothing.
const ThemeRecord = z.strictObject({ id: Id, ...Theme.props.shape, parent: Id.optional() });

/** The part of the earlier item that the later one asks for again (stored as aspectThemes / aspectWords). */
const AspectRecord = z.strictObject({
  /** Leaf themes both items are tagged with that the later item re-asks. */
  themes: z.array(Id).min(1),
  /** The later item's own words for that part (verbatim from its text). */
  words: Text,
});

const RecurrenceRecord = z.strictObject({
  ...RELATIONSHIP_TYPES.RECURS_AS.omit({ status: true, aspectThemes: true, aspectWords: true }).shape,
  from: Id,
  to: Id,
  aspect: AspectRecord,
  ...cited,
});

/** Items a source groups together (the commissioner's Appendix 2 groups), whose pairs are reviewed for recurrence. */
const GroupRecord = z.strictObject({ id: Id, name: Text, members: z.array(Id).min(2), ...cited });

/** A pair a group puts together that was considered and does not recur; cited by the group (a REJECTED link). */
const NotRecurringRecord = z.strictObject({
  from: Id,
  to: Id,
  group: Id,
  /** One sentence saying why the later item does not ask again for the earlier one. */
  reason: Text,
});

export const SeedFile = z.strictObject({
  documents: z.array(DocumentRecord).default([]),
  organisations: z.array(OrganisationRecord).default([]),
  roles: z.array(RoleRecord).default([]),
  people: z.array(PersonRecord).default([]),
  holdings: z.array(HoldingRecord).default([]),
  inspections: z.array(InspectionRecord).default([]),
  judgements: z.array(JudgementRecord).default([]),
  findings: z.array(FindingRecord).default([]),
  recommendations: z.array(RecommendationRecord).default([]),
  actions: z.array(ActionRecord).default([]),
  themes: z.array(ThemeRecord).default([]),
  recurrences: z.array(RecurrenceRecord).default([]),
  groups: z.array(GroupRecord).default([]),
  notRecurring: z.array(NotRecurringRecord).default([]),
});

export type SeedFile = z.infer<typeof SeedFile>;
export type SeedSection = keyof SeedFile;

/** A reference field of a node record and the relationship it becomes (`in`: the referenced node points here). */
export interface RecordLink { field: string; type: RelType; direction: 'out' | 'in' }
const out = (field: string, type: RelType): RecordLink => ({ field, type, direction: 'out' });
const from = (field: string, type: RelType): RecordLink => ({ field, type, direction: 'in' });

/** Node sections: the label their records become and the references they hold, in load order. */
export const NODE_SECTIONS = {
  documents: { label: 'Document', links: [] },
  organisations: { label: 'Organisation', links: [] },
  roles: { label: 'Role', links: [out('organisation', 'OF')] },
  people: { label: 'Person', links: [] },
  inspections: {
    label: 'Inspection', links: [out('organisation', 'OF'), out('reportedIn', 'REPORTED_IN'), out('ledBy', 'LED_BY')],
  },
  judgements: { label: 'Judgement', links: [from('inspection', 'JUDGED')] },
  findings: { label: 'Finding', links: [from('inspection', 'FOUND'), out('themes', 'CONCERNS'), out('supports', 'SUPPORTS')] },
  recommendations: {
    label: 'Recommendation',
    links: [from('inspection', 'MADE'), out('themes', 'CONCERNS'), out('addressedTo', 'ADDRESSED_TO')],
  },
  actions: {
    label: 'Action',
    links: [out('owners', 'OWNED_BY'), out('respondsTo', 'RESPONDS_TO'), out('themes', 'CONCERNS'),
      out('proposedIn', 'PROPOSED_IN')],
  },
  themes: { label: 'Theme', links: [out('parent', 'PART_OF')] },
} as const satisfies Partial<Record<SeedSection, { label: Label; links: readonly RecordLink[] }>>;
export type NodeSection = keyof typeof NODE_SECTIONS;

/** Relationship sections: the type their records become and the fields naming their two ends. */
export const REL_SECTIONS = {
  holdings: { type: 'HELD', from: 'person', to: 'role' },
  recurrences: { type: 'RECURS_AS', from: 'from', to: 'to' },
} as const satisfies Partial<Record<SeedSection, { type: RelType; from: string; to: string }>>;
export type RelSection = keyof typeof REL_SECTIONS;
