// Idempotent batch upserts of node and relationship rows (UNWIND $rows), shared by the seed loader and ingest.
// One statement per node kind and relationship kind of the model (labels cannot be parameters).
import { LABELS, type Label } from '../model/nodes.js';
import { REL_KINDS, relKey, type RelKind } from '../model/relationships.js';
import { cypher, type Statement, type WriteTx } from './store.js';

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}
/** `key` distinguishes several relationships of one type between the same two nodes (HELD per source). */
export interface RelRow {
  from: string;
  to: string;
  key: string;
  props: Record<string, unknown>;
}

const upsertNode = new Map<Label, Statement>(
  LABELS.map((label) => [
    label,
    cypher(`upsert.node.${label}`, `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`),
  ]),
);

const upsertRel = new Map<string, Statement>(
  REL_KINDS.map((kind) => {
    const [from, type, to] = kind;
    return [
      relKey(kind),
      cypher(
        `upsert.rel.${relKey(kind)}`,
        `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) ` +
          `MERGE (a)-[r:${type} {key: row.key}]->(b) SET r += row.props RETURN count(r) AS linked`,
      ),
    ];
  }),
);

export async function upsertNodes(tx: WriteTx, label: Label, rows: NodeRow[]): Promise<void> {
  if (rows.length) await tx.run(upsertNode.get(label)!, { rows });
}

/** Returns how many rows found both ends, so the caller can tell a dangling reference. */
export async function upsertRels(tx: WriteTx, kind: RelKind, rows: RelRow[]): Promise<number> {
  if (!rows.length) return 0;
  const [result] = await tx.run<{ linked: number }>(upsertRel.get(relKey(kind))!, { rows });
  return result?.linked ?? 0;
}

export const countDocuments = cypher('seed.countDocuments', 'MATCH (d:Document) RETURN count(d) AS n');
