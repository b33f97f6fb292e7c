// Idempotent batch upserts of node and relationship rows (UNWIND $rows), shared by the seed loader and ingest.
import type { Label } from './schema-setup.js';
import { cypher, type Statement, type WriteTx } from './store.js';

export const NODE_LABELS = ['Document', 'Organisation', 'Role', 'Person', 'Inspection', 'Judgement', 'Finding', 'Recommendation', 'Action', 'Theme'] as const satisfies readonly Label[];
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship kinds written in batches: type plus the labels at both ends (labels cannot be parameters). */
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
  ['Action', 'PROPOSED_IN', 'Inspection'],
] as const;
export type RelKind = (typeof REL_KINDS)[number];
export const relKey = ([from, type, to]: RelKind) => `${from}-${type}-${to}`;

export interface NodeRow { id: string; props: Record<string, unknown> }
/** `key` distinguishes several relationships of one type between the same two nodes (HELD per source). */
export interface RelRow { from: string; to: string; key: string; props: Record<string, unknown> }

const upsertNode = new Map<NodeLabel, Statement>(NODE_LABELS.map((label) => [label,
  cypher(`upsert.node.${label}`, `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`)]));

const upsertRel = new Map<string, Statement>(REL_KINDS.map((kind) => {
  const [from, type, to] = kind;
  return [relKey(kind), cypher(`upsert.rel.${relKey(kind)}`,
    `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) `
    + `MERGE (a)-[r:${type} {key: row.key}]->(b) SET r += row.props RETURN count(r) AS linked`)];
}));

export async function upsertNodes(tx: WriteTx, label: NodeLabel, rows: NodeRow[]): Promise<void> {
  if (rows.length) await tx.run(upsertNode.get(label)!, { rows });
}

/** Returns how many rows found both ends, so the caller can tell a dangling reference. */
export async function upsertRels(tx: WriteTx, kind: RelKind, rows: RelRow[]): Promise<number> {
  if (!rows.length) return 0;
  const [result] = await tx.run<{ linked: number }>(upsertRel.get(relKey(kind))!, { rows });
  return result?.linked ?? 0;
}

export const countDocuments = cypher('seed.countDocuments', 'MATCH (d:Document) RETURN count(d) AS n');
