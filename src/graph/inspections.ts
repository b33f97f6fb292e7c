// Inspections: listing and filtering (details come from cards).
import { accepted as ok } from './visibility.js';
import { cypher, type GraphStore } from './store.js';

// Lists start from the council's node (id index), so they read one council's inspections, not all of them.
const listInspections = cypher(
  'inspections.list',
  `MATCH (:Organisation {id: $council})<-[:OF]-(i:Inspection)
  WHERE ${ok('i')} AND ($year IS NULL OR i.year = $year) AND ($kind IS NULL OR i.kind = $kind)
  RETURN i.id AS id ORDER BY i.year, coalesce(i.startedOn, i.publishedOn, ''), i.id`,
);

export async function listInspectionIds(
  store: GraphStore,
  council: string,
  filter: { year?: number | null; kind?: string | null },
): Promise<string[]> {
  const rows = await store.read<{ id: string }>(listInspections, {
    council,
    year: filter.year ?? null,
    kind: filter.kind ?? null,
  });
  return rows.map((r) => r.id);
}
