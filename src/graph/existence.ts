// Which of some ids exist, per label (labels cannot be parameters): used by writes that validate
// references or refuse ids already taken, inside their own transaction.
import { cypher, type WriteTx } from './store.js';

const existing = {
  Document: cypher('existence.Document', 'UNWIND $ids AS id MATCH (n:Document {id: id}) RETURN n.id AS id'),
  Inspection: cypher('existence.Inspection', 'UNWIND $ids AS id MATCH (n:Inspection {id: id}) RETURN n.id AS id'),
  Recommendation: cypher('existence.Recommendation', 'UNWIND $ids AS id MATCH (n:Recommendation {id: id}) RETURN n.id AS id'),
  Finding: cypher('existence.Finding', 'UNWIND $ids AS id MATCH (n:Finding {id: id}) RETURN n.id AS id'),
  Role: cypher('existence.Role', 'UNWIND $ids AS id MATCH (n:Role {id: id}) RETURN n.id AS id'),
  Person: cypher('existence.Person', 'UNWIND $ids AS id MATCH (n:Person {id: id}) RETURN n.id AS id'),
  Theme: cypher('existence.Theme', 'UNWIND $ids AS id MATCH (n:Theme {id: id}) RETURN n.id AS id'),
  Action: cypher('existence.Action', 'UNWIND $ids AS id MATCH (n:Action {id: id}) RETURN n.id AS id'),
};
export type CheckedLabel = keyof typeof existing;

export async function existingIds(tx: WriteTx, label: CheckedLabel, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  return new Set((await tx.run<{ id: string }>(existing[label], { ids: [...ids] })).map((r) => r.id));
}
