// Reads and writes of the ingest tool: the earlier items a new report is compared with, and the write of
// a new report (document, inspection, items, findings, theme tags, suggested recurrence links) in one
// transaction. Every write statement reports how many rows it matched, so a dangling reference aborts it all.
import { existingIds } from './existence.js';
import { cypher, type GraphStore, type Statement, type WriteTx } from './store.js';

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

const mergeDocument = cypher('ingest.mergeDocument', 'MERGE (d:Document {id: $id}) SET d += $props RETURN d.id AS id');

const mergeInspection = cypher('ingest.mergeInspection', `MATCH (d:Document {id: $documentId})
  MATCH (o:Organisation {id: $organisation})
  MERGE (i:Inspection {id: $id}) SET i += $props
  MERGE (i)-[:REPORTED_IN {key: ''}]->(d)
  MERGE (i)-[:OF {key: ''}]->(o)
  RETURN i.id AS id`);

const mergeRecommendations = cypher('ingest.mergeRecommendations', `UNWIND $rows AS row
  MATCH (i:Inspection {id: $inspection})
  MERGE (r:Recommendation {id: row.id}) SET r += row.props
  MERGE (i)-[:MADE {key: ''}]->(r)
  RETURN count(r) AS n`);

const mergeFindings = cypher('ingest.mergeFindings', `UNWIND $rows AS row
  MATCH (i:Inspection {id: $inspection})
  MERGE (f:Finding {id: row.id}) SET f += row.props
  MERGE (i)-[:FOUND {key: ''}]->(f)
  RETURN count(f) AS n`);

const tagRecommendations = cypher('ingest.tagRecommendations', `UNWIND $rows AS row
  MATCH (r:Recommendation {id: row.from}) MATCH (t:Theme {id: row.to})
  MERGE (r)-[c:CONCERNS {key: ''}]->(t) SET c += row.props
  RETURN count(c) AS n`);

const tagFindings = cypher('ingest.tagFindings', `UNWIND $rows AS row
  MATCH (f:Finding {id: row.from}) MATCH (t:Theme {id: row.to})
  MERGE (f)-[c:CONCERNS {key: ''}]->(t) SET c += row.props
  RETURN count(c) AS n`);

const linkSupports = cypher('ingest.linkSupports', `UNWIND $rows AS row
  MATCH (f:Finding {id: row.from}) MATCH (r:Recommendation {id: row.to})
  MERGE (f)-[s:SUPPORTS {key: ''}]->(r) SET s += row.props
  RETURN count(s) AS n`);

const suggestRecurrences = cypher('ingest.suggestRecurrences', `UNWIND $rows AS row
  MATCH (a:Recommendation {id: row.from}) MATCH (b:Recommendation {id: row.to})
  MERGE (a)-[x:RECURS_AS {key: ''}]->(b) SET x += row.props
  RETURN count(x) AS n`);

export class IngestConflictError extends Error {
  readonly code = 'INGEST_ALREADY_INGESTED';
  constructor(readonly ids: string[]) {
    super(`already in the graph: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`);
  }
}

export class DanglingReferenceError extends Error {
  readonly code = 'INGEST_UNKNOWN_REFERENCE';
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
  await tx.run(mergeDocument, { id: rows.document.id, props: rows.document.props });
  const inspection = await tx.run(mergeInspection, {
    id: rows.inspection.id, props: rows.inspection.props, documentId: rows.document.id, organisation: rows.inspection.organisation,
  });
  if (inspection.length !== 1) throw new DanglingReferenceError(`unknown organisation ${rows.inspection.organisation}: the inspection cannot be linked to it`);
  const expect = async (statement: Statement, params: Record<string, unknown>, wanted: number, what: string) => {
    if (!wanted) return;
    const [row] = await tx.run<{ n: number }>(statement, params);
    if ((row?.n ?? 0) !== wanted) throw new DanglingReferenceError(`${what}: ${row?.n ?? 0} of ${wanted} rows found both ends`);
  };
  await expect(mergeRecommendations, { rows: rows.recommendations, inspection: rows.inspection.id }, rows.recommendations.length, 'recommendations');
  await expect(mergeFindings, { rows: rows.findings, inspection: rows.inspection.id }, rows.findings.length, 'findings');
  await expect(tagRecommendations, { rows: rows.recommendationThemes }, rows.recommendationThemes.length, 'recommendation themes');
  await expect(tagFindings, { rows: rows.findingThemes }, rows.findingThemes.length, 'finding themes');
  await expect(linkSupports, { rows: rows.supports }, rows.supports.length, 'findings supporting items');
  await expect(suggestRecurrences, { rows: rows.recurrences }, rows.recurrences.length, 'suggested recurrence links');
}
