// Reads and writes of the ingest tool: the earlier items a new report is compared with, and the write of
// a new report (document, inspection, items, findings, theme tags, suggested recurrence links) in one
// transaction. Every write statement reports how many rows it matched, so a dangling reference aborts it all.
import { CodedError } from '../errors.js';
import { existingIds } from './existence.js';
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

const allItems = cypher('ingest.items', `MATCH (r:Recommendation)
  RETURN r.id AS id, r.text AS text, r.year AS year, r.kind AS kind, [(r)-[:CONCERNS]->(t:Theme) | t.id] AS themeIds
  ORDER BY r.year, r.id`);

const leafThemes = cypher('ingest.leafThemes', `MATCH (t:Theme) WHERE EXISTS { MATCH (t)-[:PART_OF]->(:Theme) }
  RETURN t.id AS id, t.name AS name ORDER BY t.id`);

/** Every recommendation with its themes (the ranking compares each new item with earlier years only). */
export async function listItems(store: GraphStore): Promise<StoredItem[]> {
  const rows = await store.read<StoredItem & Record<string, unknown>>(allItems);
  return rows.map((r) => ({ ...r, text: r.text ?? '', themeIds: r.themeIds ?? [] }));
}

export async function listLeafThemes(store: GraphStore): Promise<Array<{ id: string; name: string }>> {
  return store.read<{ id: string; name: string }>(leafThemes);
}

export interface Row { id: string; props: Record<string, unknown> }
export interface Link { from: string; to: string; props: Record<string, unknown> }

export interface IngestRows {
  document: Row;
  inspection: Row & { organisation: string };
  recommendations: Row[];
  findings: Row[];
  recommendationThemes: Link[];
  findingThemes: Link[];
  supports: Link[];
  recurrences: Link[];
}

/** Some ids of a new report are in the graph already (the caller says what that means to its user). */
export class IngestConflictError extends CodedError {
  constructor(readonly ids: string[]) {
    super('ALREADY_EXISTS', `already in the graph: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`, { ids });
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
    ...await existingIds(tx, 'Document', [rows.document.id]),
    ...await existingIds(tx, 'Inspection', [rows.inspection.id]),
    ...await existingIds(tx, 'Recommendation', rows.recommendations.map((r) => r.id)),
    ...await existingIds(tx, 'Finding', rows.findings.map((r) => r.id)),
  ];
}

/**
 * Writes a new report inside the caller's transaction. Refuses ids the graph already has (a report is
 * ingested once) and throws when any reference does not resolve, so the caller's transaction rolls back.
 */
export async function writeIngestRows(tx: WriteTx, rows: IngestRows): Promise<void> {
  const taken = await takenIds(tx, rows);
  if (taken.length) throw new IngestConflictError(taken);
  const inspection = rows.inspection.id;
  const link = (from: string, to: string): RelRow => ({ from, to, key: '', props: {} });
  const keyed = (links: Link[]): RelRow[] => links.map((l) => ({ ...l, key: '' }));
  await upsertNodes(tx, 'Document', [rows.document]);
  await upsertNodes(tx, 'Inspection', [{ id: inspection, props: rows.inspection.props }]);
  await upsertNodes(tx, 'Recommendation', rows.recommendations);
  await upsertNodes(tx, 'Finding', rows.findings);
  const linked = async (kind: RelKind, relRows: RelRow[], what: string) => {
    const n = await upsertRels(tx, kind, relRows);
    if (n !== relRows.length) throw new DanglingReferenceError(`${what}: ${n} of ${relRows.length} rows found both ends`);
  };
  await linked(['Inspection', 'REPORTED_IN', 'Document'], [link(inspection, rows.document.id)], 'inspection reported in document');
  await linked(['Inspection', 'OF', 'Organisation'], [link(inspection, rows.inspection.organisation)], `organisation ${rows.inspection.organisation}`);
  await linked(['Inspection', 'MADE', 'Recommendation'], rows.recommendations.map((r) => link(inspection, r.id)), 'recommendations');
  await linked(['Inspection', 'FOUND', 'Finding'], rows.findings.map((f) => link(inspection, f.id)), 'findings');
  await linked(['Recommendation', 'CONCERNS', 'Theme'], keyed(rows.recommendationThemes), 'recommendation themes');
  await linked(['Finding', 'CONCERNS', 'Theme'], keyed(rows.findingThemes), 'finding themes');
  await linked(['Finding', 'SUPPORTS', 'Recommendation'], keyed(rows.supports), 'findings supporting items');
  await linked(['Recommendation', 'RECURS_AS', 'Recommendation'], keyed(rows.recurrences), 'suggested recurrence links');
}
