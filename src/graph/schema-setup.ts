// Constraints and indexes. The same DDL runs on both engines; Grafeo needs the plain index as well as
// the constraint to look ids up fast (a unique constraint alone scans).
import { cypher, type Statement } from './store.js';

export const LABELS = ['Document', 'Organisation', 'Role', 'Person', 'Inspection', 'Judgement', 'Finding', 'Recommendation', 'Action', 'Theme', 'AuditEntry'] as const;
export type Label = (typeof LABELS)[number];

export const schemaStatements: Statement[] = LABELS.flatMap((label) => [
  cypher(`schema.constraint.${label}`, `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  cypher(`schema.index.${label}`, `CREATE INDEX ${label.toLowerCase()}_id_idx IF NOT EXISTS FOR (n:${label}) ON (n.id)`),
]).concat([
  cypher('schema.index.Recommendation.year', 'CREATE INDEX recommendation_year_idx IF NOT EXISTS FOR (n:Recommendation) ON (n.year)'),
  cypher('schema.index.Inspection.year', 'CREATE INDEX inspection_year_idx IF NOT EXISTS FOR (n:Inspection) ON (n.year)'),
]);
