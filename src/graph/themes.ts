// Themes: the tree and which inspections raised each theme.
import { accepted as ok } from './visibility.js';
import { cypher, type GraphStore } from './store.js';

const themeTree = cypher(
  'themes.tree',
  `MATCH (t:Theme) WHERE NOT EXISTS { (t)-[:PART_OF]->(:Theme) }
  RETURN t.id AS id ORDER BY t.id`,
);

// Both start from the council's node (id index): one council's inspections, not every council's.
const themeInspections = cypher(
  'themes.inspectionsRaising',
  `MATCH (:Organisation {id: $council})<-[:OF]-(i:Inspection) WHERE i.kind = $kind
  MATCH (i)-[:FOUND|MADE]->(x)-[c:CONCERNS]->(t:Theme) WHERE ${ok('i')} AND ${ok('x')} AND ${ok('c')}
  RETURN t.id AS theme, collect(DISTINCT i.id) AS inspections`,
);

const inspectionsOfKind = cypher(
  'themes.inspectionsOfKind',
  `MATCH (:Organisation {id: $council})<-[:OF]-(i:Inspection) WHERE i.kind = $kind AND ${ok('i')} RETURN i.id AS id`,
);

export async function rootThemeIds(store: GraphStore): Promise<string[]> {
  return (await store.read<{ id: string }>(themeTree)).map((r) => r.id);
}

/** Leaf themes with the inspections of `kind` that raised them, and all inspections of that kind. */
export async function themesRaisedBy(
  store: GraphStore,
  council: string,
  kind: string,
): Promise<{ byTheme: Map<string, string[]>; inspections: string[] }> {
  const [rows, all] = await Promise.all([
    store.read<{ theme: string; inspections: string[] }>(themeInspections, { council, kind }),
    store.read<{ id: string }>(inspectionsOfKind, { council, kind }),
  ]);
  return { byTheme: new Map(rows.map((r) => [r.theme, r.inspections])), inspections: all.map((r) => r.id) };
}
