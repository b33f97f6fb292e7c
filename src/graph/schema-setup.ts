// Constraints and indexes. Grafeo needs a plain index beside each unique constraint to look ids up fast
// (a constraint alone scans); Neo4j backs the constraint with an index of its own and refuses a second
// one on the same property, so the plain id indexes are embedded-only.
import { LABELS } from '../model/nodes.js';
import { cypher, type GraphStore, type Statement } from './store.js';

const constraints = LABELS.map((label) =>
  cypher(
    `schema.constraint.${label}`,
    `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
);
const idIndexes = LABELS.map((label) =>
  cypher(
    `schema.index.${label}`,
    `CREATE INDEX ${label.toLowerCase()}_id_idx IF NOT EXISTS FOR (n:${label}) ON (n.id)`,
  ),
);
const yearIndexes = [
  cypher(
    'schema.index.Recommendation.year',
    'CREATE INDEX recommendation_year_idx IF NOT EXISTS FOR (n:Recommendation) ON (n.year)',
  ),
  cypher(
    'schema.index.Inspection.year',
    'CREATE INDEX inspection_year_idx IF NOT EXISTS FOR (n:Inspection) ON (n.year)',
  ),
];

export function schemaStatements(backend: GraphStore['backend']): Statement[] {
  return [...constraints, ...(backend === 'embedded' ? idIndexes : []), ...yearIndexes];
}
