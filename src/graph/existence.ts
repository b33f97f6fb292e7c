// Which of some ids exist, per label (labels cannot be parameters): used by writes that validate
// references or refuse ids already taken, inside their own transaction.
import { LABELS, type Label } from '../model/nodes.js';
import { cypher, type Statement, type WriteTx } from './store.js';

const existing = new Map<Label, Statement>(
  LABELS.map((label) => [
    label,
    cypher(`existence.${label}`, `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`),
  ]),
);

export async function existingIds(tx: WriteTx, label: Label, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  return new Set((await tx.run<{ id: string }>(existing.get(label)!, { ids: [...ids] })).map((r) => r.id));
}
