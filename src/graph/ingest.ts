// Reads and writes of the ingest tool: the earlier items a new report is compared with, and the write of
// a new report (document, inspection, items, findings, theme tags, suggested recurrence links) in one
// transaction. Every write statement reports how many rows it matched, so a dangling reference aborts it all.
import { CodedError } from '../errors.js';
import { existingIds } from './existence.js';
import { accepted as ok } from './visibility.js';
import type { Grade, InspectionKind } from '../model/values.js';
import { cypher, type GraphStore, type WriteTx } from './store.js';
import type { RelKind } from '../model/relationships.js';
import { upsertNodes, upsertRels, type RelRow } from './upserts.js';

export interface StoredItem {
  id: string;
  text: string;
  year: number;
  kind: string;
  themeIds: string[];
}

// Only accepted items are compared with: a suggestion is not evidence of what was asked before. A new
// document is about one council: its candidates (items, inspections, judgements, roles) are that council's,
// read from the council's node (id index), so another council's item is never proposed as a recurrence.
const councilItems = cypher(
  'ingest.items',
  `MATCH (:Organisation {id: $council})<-[:OF]-(:Inspection)-[:MADE]->(r:Recommendation) WHERE ${ok('r')}
  RETURN r.id AS id, r.text AS text, r.year AS year, r.kind AS kind,
    [(r)-[c:CONCERNS]->(t:Theme) WHERE ${ok('c')} | t.id] AS themeIds
  ORDER BY r.year, r.id`,
);

const leafThemes = cypher(
  'ingest.leafThemes',
  `MATCH (t:Theme) WHERE EXISTS { MATCH (t)-[:PART_OF]->(:Theme) }
  RETURN t.id AS id, t.name AS name ORDER BY t.id`,
);

/** The council's recommendations with their themes (the ranking compares each new item with earlier years only). */
export async function listItems(store: GraphStore, council: string): Promise<StoredItem[]> {
  const rows = await store.read<StoredItem & Record<string, unknown>>(councilItems, { council });
  return rows.map((r) => ({ ...r, text: r.text ?? '', themeIds: r.themeIds ?? [] }));
}

// The council's roles and those of bodies that are not local authorities (as the roles listing).
const knownRoles = cypher(
  'ingest.knownRoles',
  `MATCH (o:Organisation) WHERE o.id = $council OR o.kind <> 'LOCAL_AUTHORITY'
  MATCH (o)<-[:OF]-(r:Role) WHERE ${ok('r')} RETURN r.id AS id, r.name AS name ORDER BY r.id`,
);
const knownPeople = cypher(
  'ingest.knownPeople',
  `MATCH (p:Person) WHERE ${ok('p')}
  RETURN p.id AS id, p.name AS name, coalesce(p.named, true) AS named ORDER BY p.id`,
);
const knownOrganisations = cypher(
  'ingest.knownOrganisations',
  `MATCH (o:Organisation) WHERE ${ok('o')}
  RETURN o.id AS id, o.name AS name, o.kind AS kind ORDER BY o.id`,
);
const knownInspections = cypher(
  'ingest.knownInspections',
  `MATCH (:Organisation {id: $council})<-[:OF]-(i:Inspection) WHERE ${ok('i')}
  RETURN i.id AS id, i.kind AS kind, i.year AS year, i.startedOn AS startedOn, i.endedOn AS endedOn, i.publishedOn AS publishedOn
  ORDER BY i.id`,
);
const knownJudgements = cypher(
  'ingest.knownJudgements',
  `MATCH (:Organisation {id: $council})<-[:OF]-(i:Inspection)-[:JUDGED]->(j:Judgement) WHERE ${ok('j')}
  RETURN j.id AS id, i.id AS inspection, j.area AS area, j.grade AS grade ORDER BY j.id`,
);
const documentExists = cypher('ingest.documentExists', 'MATCH (d:Document {id: $id}) RETURN d.id AS id');

export interface KnownGraph {
  roles: Array<{ id: string; name: string }>;
  people: Array<{ id: string; name: string; named: boolean }>;
  organisations: Array<{ id: string; name: string; kind: string }>;
  inspections: Array<{
    id: string;
    kind: InspectionKind;
    year: number;
    startedOn: string | null;
    endedOn: string | null;
    publishedOn: string | null;
  }>;
  judgements: Array<{ id: string; inspection: string; area: string; grade: Grade }>;
}

/**
 * The accepted roles, people, organisations, inspections and judgements a new document about `council` is
 * matched against: the council's roles, inspections and judgements; people and organisations nationally (a
 * person moves between councils, a partner works with several).
 */
export async function readKnownGraph(store: GraphStore, council: string): Promise<KnownGraph> {
  const [roles, people, organisations, inspections, judgements] = await Promise.all([
    store.read<KnownGraph['roles'][number]>(knownRoles, { council }),
    store.read<KnownGraph['people'][number]>(knownPeople),
    store.read<KnownGraph['organisations'][number]>(knownOrganisations),
    store.read<KnownGraph['inspections'][number]>(knownInspections, { council }),
    store.read<KnownGraph['judgements'][number]>(knownJudgements, { council }),
  ]);
  return { roles, people, organisations, inspections, judgements };
}

/** Whether a document id is taken (a re-ingest says so, in a dry run too). */
export async function documentIngested(store: GraphStore, id: string): Promise<boolean> {
  return (await store.read(documentExists, { id })).length > 0;
}

export async function listLeafThemes(store: GraphStore): Promise<Array<{ id: string; name: string }>> {
  return store.read<{ id: string; name: string }>(leafThemes);
}

export interface Row {
  id: string;
  props: Record<string, unknown>;
}
export interface Link {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface IngestRows {
  document: Row;
  /** A new inspection, or null when the document reports one already in the graph (or none). */
  inspection: (Row & { organisation: string }) | null;
  /** A suggested REPORTED_IN link from the existing inspection the document reports to the document. */
  reportsExisting: Link | null;
  recommendations: Row[];
  findings: Row[];
  judgements: Row[];
  /** New people, roles (with their organisation) and organisations the document names. */
  people: Row[];
  roles: Array<Row & { organisation: string }>;
  organisations: Row[];
  /** Person HELD Role. */
  holdings: Link[];
  /** Organisation PARTNER_OF Organisation (the council). */
  organisationRelations: Link[];
  recommendationThemes: Link[];
  findingThemes: Link[];
  supports: Link[];
  recurrences: Link[];
}

/** Some ids of a new report are in the graph already (the caller says what that means to its user). */
export class IngestConflictError extends CodedError {
  constructor(readonly ids: string[]) {
    super(
      'ALREADY_EXISTS',
      `already in the graph: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`,
      { ids },
    );
  }
}

/** A relationship row whose end is not in the graph. */
export class DanglingReferenceError extends CodedError {
  constructor(message: string) {
    super('DANGLING_REFERENCE', message);
  }
}

/** Ids among these that the graph already holds. */
export async function takenIds(tx: WriteTx, rows: IngestRows): Promise<string[]> {
  return [
    ...(await existingIds(tx, 'Document', [rows.document.id])),
    ...(await existingIds(tx, 'Inspection', rows.inspection ? [rows.inspection.id] : [])),
    ...(await existingIds(
      tx,
      'Person',
      rows.people.map((r) => r.id),
    )),
    ...(await existingIds(
      tx,
      'Role',
      rows.roles.map((r) => r.id),
    )),
    ...(await existingIds(
      tx,
      'Recommendation',
      rows.recommendations.map((r) => r.id),
    )),
    ...(await existingIds(
      tx,
      'Finding',
      rows.findings.map((r) => r.id),
    )),
  ];
}

/**
 * Writes a new report inside the caller's transaction. Refuses ids the graph already has (a report is
 * ingested once) and throws when any reference does not resolve, so the caller's transaction rolls back.
 */
export async function writeIngestRows(tx: WriteTx, rows: IngestRows): Promise<void> {
  const taken = await takenIds(tx, rows);
  if (taken.length) throw new IngestConflictError(taken);
  const inspection = rows.inspection?.id ?? rows.reportsExisting?.from ?? null;
  const link = (from: string, to: string): RelRow => ({ from, to, key: '', props: {} });
  // Every ingested relationship is keyed by its document, so it never merges into a curated one.
  const keyed = (links: Link[]): RelRow[] => links.map((l) => ({ ...l, key: rows.document.id }));
  await upsertNodes(tx, 'Document', [rows.document]);
  if (rows.inspection) await upsertNodes(tx, 'Inspection', [{ id: rows.inspection.id, props: rows.inspection.props }]);
  await upsertNodes(tx, 'Recommendation', rows.recommendations);
  await upsertNodes(tx, 'Finding', rows.findings);
  await upsertNodes(tx, 'Judgement', rows.judgements);
  await upsertNodes(tx, 'Person', rows.people);
  await upsertNodes(tx, 'Role', rows.roles);
  await upsertNodes(tx, 'Organisation', rows.organisations);
  const linked = async (kind: RelKind, relRows: RelRow[], what: string) => {
    const n = await upsertRels(tx, kind, relRows);
    if (n !== relRows.length)
      throw new DanglingReferenceError(`${what}: ${n} of ${relRows.length} rows found both ends`);
  };
  const needsInspection = rows.recommendations.length + rows.findings.length + rows.judgements.length;
  if (needsInspection && !inspection)
    throw new DanglingReferenceError('items, findings or judgements without the event they belong to');
  if (rows.inspection) {
    await linked(
      ['Inspection', 'REPORTED_IN', 'Document'],
      [link(rows.inspection.id, rows.document.id)],
      'inspection reported in document',
    );
    await linked(
      ['Inspection', 'OF', 'Organisation'],
      [link(rows.inspection.id, rows.inspection.organisation)],
      `organisation ${rows.inspection.organisation}`,
    );
  }
  if (rows.reportsExisting)
    await linked(
      ['Inspection', 'REPORTED_IN', 'Document'],
      keyed([rows.reportsExisting]),
      'existing event reported in document',
    );
  if (inspection) {
    await linked(
      ['Inspection', 'MADE', 'Recommendation'],
      rows.recommendations.map((r) => link(inspection, r.id)),
      'recommendations',
    );
    await linked(
      ['Inspection', 'FOUND', 'Finding'],
      rows.findings.map((f) => link(inspection, f.id)),
      'findings',
    );
    await linked(
      ['Inspection', 'JUDGED', 'Judgement'],
      rows.judgements.map((j) => link(inspection, j.id)),
      'judgements',
    );
  }
  await linked(
    ['Role', 'OF', 'Organisation'],
    rows.roles.map((r) => link(r.id, r.organisation)),
    "new roles' organisation",
  );
  await linked(['Recommendation', 'CONCERNS', 'Theme'], keyed(rows.recommendationThemes), 'recommendation themes');
  await linked(['Finding', 'CONCERNS', 'Theme'], keyed(rows.findingThemes), 'finding themes');
  await linked(['Finding', 'SUPPORTS', 'Recommendation'], keyed(rows.supports), 'findings supporting items');
  await linked(
    ['Recommendation', 'RECURS_AS', 'Recommendation'],
    keyed(rows.recurrences),
    'suggested recurrence links',
  );
  await linked(['Person', 'HELD', 'Role'], keyed(rows.holdings), 'holdings');
  await linked(
    ['Organisation', 'PARTNER_OF', 'Organisation'],
    keyed(rows.organisationRelations),
    'organisation relations',
  );
}
