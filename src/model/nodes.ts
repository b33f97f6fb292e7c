// Every node kind, declared once: its label, the id prefix that names it, and its stored properties.
// `props` are the properties every read of the node (its card) returns; `internal` are stored but read only
// by the code that needs them (a document's full text, who registered it). Row types (rows.ts), the seed
// format (seed/schema.ts), constraints, upserts, existence checks and the GraphQL mappers derive from here.
//
// To add a property: add it here, to the SDL type, and to the node's projection in graph/cards.ts.
import { z } from 'zod';
import {
  ActionStatus,
  DocumentFormat,
  DocumentKind,
  FactStatus,
  Grade,
  Id,
  InspectionKind,
  OrganisationKind,
  PartialDate,
  Polarity,
  RecommendationKind,
  Text,
  Year,
  type SearchKind,
} from './values.js';

/** Where a fact comes from: the document, the verbatim words and where they stand in it. */
export const provenance = {
  source: Id.optional(),
  quote: Text.optional(),
  locator: Text.optional(),
};
export const Provenance = z.object(provenance);

/**
 * What ingest writes is a proposal: its review status, the document it was read from, and who decided it
 * when. Read by the review queue and the visibility filter (graph/visibility.ts), not by cards.
 */
export const review = {
  status: FactStatus.optional(),
  ingestedFrom: Id.optional(),
  reviewedBy: z.string().optional(),
  reviewedAt: z.string().optional(),
  retractedBy: z.string().optional(),
  retractedAt: z.string().optional(),
};

interface NodeKindOf<L extends string, P extends z.ZodRawShape, I extends z.ZodRawShape> {
  readonly label: L;
  /** First part of every id of this kind (`rec` in rec-2016-01). */
  readonly prefix: string;
  readonly props: z.ZodObject<P>;
  readonly internal: z.ZodObject<I>;
}

function nodeKind<const L extends string, P extends z.ZodRawShape, I extends z.ZodRawShape = Record<never, never>>(
  label: L,
  prefix: string,
  props: P,
  internal?: I,
): NodeKindOf<L, P, I> {
  return { label, prefix, props: z.object(props), internal: z.object(internal ?? ({} as I)) };
}

export const Document = nodeKind(
  'Document',
  'doc',
  {
    title: Text,
    publisher: Text,
    kind: DocumentKind,
    publishedOn: PartialDate.optional(),
    licence: Text,
    /** The file under seed/documents a seeded document was curated from. */
    file: z.string().optional(),
  },
  {
    /** The full text, so quotes can be checked against it. */
    text: z.string().optional(),
    ingestedAt: z.string().optional(),
    /** How an ingested document arrived (its text is the converted text). */
    format: DocumentFormat.optional(),
    registeredBy: z.string().optional(),
  },
);

export const Organisation = nodeKind(
  'Organisation',
  'org',
  { name: Text, kind: OrganisationKind, ...provenance },
  review,
);

export const Role = nodeKind(
  'Role',
  'role',
  {
    name: Text,
    /** true when only one person holds the role at a time (a director, a chief executive). */
    singleHolder: z.boolean(),
    ...provenance,
  },
  review,
);

export const Person = nodeKind(
  'Person',
  'person',
  {
    /** For a person the sources describe but do not name, a description that says so. */
    name: Text,
    /** false when the sources do not name the person: such a holder is never presented as a named one. */
    named: z.boolean(),
    ...provenance,
  },
  { note: z.string().optional(), ...review },
);

export const Inspection = nodeKind(
  'Inspection',
  'insp',
  {
    kind: InspectionKind,
    /** The framework or method as the sources name it. */
    framework: Text,
    /** The year the inspection is known by (needed where the sources give no exact dates). */
    year: Year,
    startedOn: PartialDate.optional(),
    endedOn: PartialDate.optional(),
    publishedOn: PartialDate.optional(),
    ...provenance,
  },
  review,
);

export const Judgement = nodeKind(
  'Judgement',
  'judg',
  { area: Text, grade: Grade, inspection: Id, ...provenance },
  review,
);

export const Finding = nodeKind(
  'Finding',
  'find',
  {
    /** The source's words, never a paraphrase. */
    text: Text,
    polarity: Polarity,
    inspection: Id,
    year: Year,
    ...provenance,
  },
  review,
);

export const Recommendation = nodeKind(
  'Recommendation',
  'rec',
  {
    /** The number the source gives it, or its position in the source's list. */
    number: z.number().int().positive().optional(),
    /**
     * true when the source numbers the item (`number` is the source's); false when it lists the item unnumbered
     * (bullets) and `number` is the item's position in that list. Absent where nobody has said (ingest).
     */
    numbered: z.boolean().optional(),
    kind: RecommendationKind,
    text: Text,
    year: Year,
    inspection: Id,
    ...provenance,
    // Neo4j properties cannot hold maps: further citations are kept as three parallel lists.
    evidenceSources: z.array(Id).optional(),
    evidenceQuotes: z.array(Text).optional(),
    evidenceLocators: z.array(Text).optional(),
  },
  review,
);

export const Action = nodeKind(
  'Action',
  'act',
  {
    text: Text,
    status: ActionStatus,
    due: PartialDate.optional(),
    ...provenance,
  },
  { note: z.string().optional(), updatedBy: z.string().optional() },
);

export const Theme = nodeKind('Theme', 'theme', { name: Text, description: Text, ...provenance });

export const AuditEntry = nodeKind(
  'AuditEntry',
  'audit',
  {
    at: z.string(),
    curator: z.string(),
    operation: z.string(),
    /** Ids of the items changed. */
    targets: z.array(z.string()),
    /** JSON of the state before (absent for a creation) and after. */
    before: z.string().optional(),
    after: z.string().optional(),
    sourceDocument: Id.optional(),
    sourceQuote: z.string().optional(),
    sourceNote: z.string().optional(),
  },
  {
    /** Orders entries written within one clock tick. */
    seq: z.number(),
  },
);

/** Every node kind, in the order a loader writes them (referenced kinds first). */
export const NODE_KINDS = [
  Document,
  Organisation,
  Role,
  Person,
  Inspection,
  Judgement,
  Finding,
  Recommendation,
  Action,
  Theme,
  AuditEntry,
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export type Label = NodeKind['label'];
export const LABELS: readonly Label[] = NODE_KINDS.map((k) => k.label);
export type KindOf<L extends Label> = Extract<NodeKind, { label: L }>;

export const NODE_KIND: { readonly [L in Label]: KindOf<L> } = Object.fromEntries(
  NODE_KINDS.map((k) => [k.label, k]),
) as never;

/** The node kind behind each kind of search hit. */
export const SEARCHABLE: Readonly<Record<SearchKind, Label>> = {
  FINDING: 'Finding',
  RECOMMENDATION: 'Recommendation',
  ACTION: 'Action',
};

/** Ids carry their kind in the prefix, so `node(id)` needs no lookup to know where to look. */
const LABEL_BY_PREFIX = new Map<string, Label>(NODE_KINDS.map((k) => [k.prefix, k.label]));

export function labelOfId(id: string): Label | undefined {
  return LABEL_BY_PREFIX.get(id.split('-', 1)[0]!);
}

/** True when `id` is an id of one of `labels` (by its prefix). */
export function isIdOf(id: string, ...labels: Label[]): boolean {
  const label = labelOfId(id);
  return label !== undefined && labels.includes(label);
}
