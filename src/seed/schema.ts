// The curated seed format: one zod schema per record kind. Every seed file is a YAML map whose keys are
// these section names; the loader gathers records across files, so ids must be unique project-wide.
import { z } from 'zod';

export const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case slugs such as rec-2016-01');
/**
 * A date as precise as the source states it: YYYY, YYYY-MM or YYYY-MM-DD ("July 2023" is 2023-07, never a
 * guessed day). YAML keeps it a string because the loader parses with the core schema.
 */
export const IsoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');
const Text = z.string().trim().min(1);

/** Where a fact comes from: the document, the verbatim words and where they stand in it. */
export const Provenance = {
  source: Id,
  quote: Text,
  locator: Text,
};
export const Citation = z.strictObject(Provenance);

export const DocumentRecord = z.strictObject({
  id: Id,
  file: z.string().regex(/^[\w.-]+\.txt$/),
  title: Text,
  publisher: Text,
  kind: z.enum(['INSPECTION_REPORT', 'MONITORING_LETTER', 'FOCUSED_VISIT_LETTER', 'NEWS_ARTICLE', 'COMMISSIONER_REPORT']),
  publishedOn: IsoDate,
  licence: Text,
  /** Paragraph ranges of the file that are not about Tameside (e.g. other councils in a news round-up). */
  excludedPassages: z.array(z.strictObject({ from: Text, to: Text, reason: Text })).default([]),
});

export const OrganisationRecord = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(['LOCAL_AUTHORITY', 'REGULATOR', 'GOVERNMENT', 'PARTNERSHIP', 'POLICE', 'HEALTH', 'IMPROVEMENT_PARTNER', 'OTHER']),
  ...Provenance,
});

export const RoleRecord = z.strictObject({
  id: Id,
  name: Text,
  organisation: Id,
  /** true when only one person holds the role at a time (a director, a chief executive). */
  singleHolder: z.boolean().default(true),
  ...Provenance,
});

export const PersonRecord = z.strictObject({
  id: Id,
  /** For a person the sources describe but do not name, a description that says so. */
  name: Text,
  /** false when the sources do not name the person: such a holder is never presented as a named one. */
  named: z.boolean().default(true),
  ...Provenance,
});

export const HoldingRecord = z.strictObject({
  person: Id,
  role: Id,
  /** Bounds only where the text states them. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** A date on which the source shows the person in the role (a letter addressed to them, an article). */
  attestedOn: IsoDate.optional(),
  capacity: z.enum(['PERMANENT', 'INTERIM']).optional(),
  ...Provenance,
}).refine((h) => h.from || h.attestedOn, { message: 'a holding needs a stated start (from) or an attestation date (attestedOn)' })
  .refine((h) => !h.from || !h.to || h.from <= h.to, { message: 'to is before from' });

export const InspectionRecord = z.strictObject({
  id: Id,
  kind: z.enum(['FULL_INSPECTION', 'MONITORING_VISIT', 'FOCUSED_VISIT', 'COMMISSIONER_REVIEW']),
  framework: Text,
  organisation: Id,
  startedOn: IsoDate.optional(),
  endedOn: IsoDate.optional(),
  publishedOn: IsoDate.optional(),
  /** The year the inspection is known by (needed where the sources give no exact dates). */
  year: z.number().int().min(2000).max(2100),
  reportedIn: z.array(Id).min(1),
  ledBy: z.array(Id).default([]),
  ...Provenance,
});

export const Grade = z.enum(['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE']);
export const JudgementRecord = z.strictObject({
  id: Id,
  inspection: Id,
  area: Text,
  grade: Grade,
  ...Provenance,
});

export const FindingRecord = z.strictObject({
  id: Id,
  inspection: Id,
  /** Defaults to the quote; a tidied paraphrase is not allowed, only the source's words. */
  text: Text.optional(),
  polarity: z.enum(['STRENGTH', 'WEAKNESS', 'CONTEXT']),
  themes: z.array(Id).min(1),
  supports: z.array(Id).default([]),
  ...Provenance,
});

export const RecommendationRecord = z.strictObject({
  id: Id,
  inspection: Id,
  number: z.number().int().positive().optional(),
  kind: z.enum(['RECOMMENDATION', 'IMPROVEMENT_AREA', 'PRIORITY_ACTION', 'COMMISSIONER_RECOMMENDATION']),
  text: Text.optional(),
  addressedTo: z.array(Id).default([]),
  themes: z.array(Id).min(1),
  ...Provenance,
  /** Further documents that state the same item. */
  evidence: z.array(Citation).default([]),
});

export const ActionRecord = z.strictObject({
  id: Id,
  text: Text.optional(),
  status: z.enum(['PROPOSED', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'UNKNOWN']).default('UNKNOWN'),
  due: IsoDate.optional(),
  owners: z.array(Id).default([]),
  respondsTo: z.array(Id).min(1),
  proposedIn: Id,
  themes: z.array(Id).default([]),
  ...Provenance,
});

export const ThemeRecord = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  parent: Id.optional(),
  source: Id.optional(),
  quote: Text.optional(),
  locator: Text.optional(),
});

export const RecurrenceRecord = z.strictObject({
  from: Id,
  to: Id,
  basis: z.enum(['CURATED', 'THEME', 'SIMILARITY']),
  /** 0..1, how strongly the later item asks again for the earlier one. */
  score: z.number().min(0).max(1),
  explanation: Text,
  ...Provenance,
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
});

export type SeedFile = z.infer<typeof SeedFile>;
export type SeedSection = keyof SeedFile;
export type DocumentRecord = z.infer<typeof DocumentRecord>;
export type OrganisationRecord = z.infer<typeof OrganisationRecord>;
export type RoleRecord = z.infer<typeof RoleRecord>;
export type PersonRecord = z.infer<typeof PersonRecord>;
export type HoldingRecord = z.infer<typeof HoldingRecord>;
export type InspectionRecord = z.infer<typeof InspectionRecord>;
export type JudgementRecord = z.infer<typeof JudgementRecord>;
export type FindingRecord = z.infer<typeof FindingRecord>;
export type RecommendationRecord = z.infer<typeof RecommendationRecord>;
export type ActionRecord = z.infer<typeof ActionRecord>;
export type ThemeRecord = z.infer<typeof ThemeRecord>;
export type RecurrenceRecord = z.infer<typeof RecurrenceRecord>;
