// What the store holds: counts per label and relationship type (README figures, serviceInfo).
import { cypher, type GraphStore } from './store.js';

const labelCounts = cypher(
  'info.labelCounts',
  'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
);
const relCounts = cypher(
  'info.relationshipCounts',
  'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
);

export function countLabels(store: GraphStore): Promise<Array<{ label: string; count: number }>> {
  return store.read(labelCounts);
}

export function countRelationships(store: GraphStore): Promise<Array<{ type: string; count: number }>> {
  return store.read(relCounts);
}
