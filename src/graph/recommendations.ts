// Recommendations: filtering and recurrence chains.
import type { LinkRow } from '../model/rows.js';
import { accepted as ok } from './visibility.js';
import { cypher, type GraphStore } from './store.js';

// Both start from the council's node (id index), so they read one council's items, not every council's.
const filterRecommendations = cypher(
  'recommendations.filter',
  `MATCH (:Organisation {id: $council})<-[:OF]-(:Inspection)-[:MADE]->(r:Recommendation)
  WHERE ${ok('r')} AND ($year IS NULL OR r.year = $year)
    AND ($inspection IS NULL OR r.inspection = $inspection)
    AND ($kind IS NULL OR r.kind = $kind)
    AND ($text IS NULL OR toLower(r.text) CONTAINS toLower($text))
    AND ($theme IS NULL OR EXISTS { MATCH (r)-[c:CONCERNS]->(t:Theme) WHERE ${ok('c')} AND (t.id = $theme OR EXISTS { MATCH (t)-[:PART_OF]->(p:Theme) WHERE p.id = $theme }) })
  RETURN r.id AS id ORDER BY r.year, coalesce(r.number, 0), r.id`,
);

export interface RecommendationFilter {
  year?: number | null;
  inspection?: string | null;
  theme?: string | null;
  kind?: string | null;
  text?: string | null;
  council?: string | null;
}

export async function filterRecommendationIds(
  store: GraphStore,
  council: string,
  f: RecommendationFilter,
): Promise<string[]> {
  const rows = await store.read<{ id: string }>(filterRecommendations, {
    council,
    year: f.year ?? null,
    inspection: f.inspection ?? null,
    theme: f.theme ?? null,
    kind: f.kind ?? null,
    text: f.text ?? null,
  });
  return rows.map((r) => r.id);
}

// Every path of links from the items of a year, with each link's aspect; which paths keep to the same ask is
// decided in domain/chains.ts. Chains are at most a handful of links (one per inspection); 8 bounds the walk.
// The walk starts from the council's node (id index), so it reads one council's items.
// The walk from `r`, shared by both entry points.
const walkFromR = (extra = '') => `MATCH p = (r)-[:RECURS_AS*1..8]->(later:Recommendation)
  WHERE all(x IN relationships(p) WHERE x.status IN $statuses)
    AND all(y IN nodes(p) WHERE coalesce(y.status, 'ACCEPTED') IN $statuses)
  RETURN ${extra}r.id AS start, [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n.year] AS years,
    [x IN relationships(p) | x {.basis, .status, .score, .explanation, .source, .quote, .locator, .aspectThemes, .aspectWords}] AS links
  ORDER BY start, size(ids)`;
const pathsFromYear = cypher(
  'recommendations.pathsFromYear',
  `MATCH (:Organisation {id: $council})<-[:OF]-(:Inspection)-[:MADE]->(r:Recommendation)
  WHERE r.year = $fromYear
  ${walkFromR()}`,
);

// The same walk for a page of councils at once (the national question), each path with its council.
const pathsFromYearIn = cypher(
  'recommendations.pathsFromYearIn',
  `UNWIND $councils AS council
  MATCH (:Organisation {id: council})<-[:OF]-(:Inspection)-[:MADE]->(r:Recommendation)
  WHERE r.year = $fromYear
  ${walkFromR('council, ')}`,
);

// Councils: organisations with at least one inspection. A national list, read only by the explicit,
// paginated national question.
const councils = cypher(
  'recommendations.councils',
  `MATCH (o:Organisation) WHERE EXISTS { MATCH (o)<-[:OF]-(:Inspection) } RETURN o.id AS id ORDER BY o.id`,
);

const pathsFromItems = cypher(
  'recommendations.pathsFromItems',
  `UNWIND $ids AS start MATCH (r:Recommendation {id: start})
  ${walkFromR()}`,
);

/** One path: `ids` and `years` of its items, `links[i]` joining ids[i] to ids[i + 1]. */
export interface PathRow {
  start: string;
  ids: string[];
  years: number[];
  links: Array<Omit<LinkRow, 'other'>>;
}

/** Every path of links (of the given statuses) from the council's items of `fromYear`. */
export function recurrencePaths(
  store: GraphStore,
  council: string,
  fromYear: number,
  statuses: string[],
): Promise<PathRow[]> {
  return store.read<PathRow & Record<string, unknown>>(pathsFromYear, { council, fromYear, statuses });
}

/** The same walk from given items (one item's chain), anchored on their ids. */
export function recurrencePathsFrom(store: GraphStore, ids: readonly string[], statuses: string[]): Promise<PathRow[]> {
  return store.read<PathRow & Record<string, unknown>>(pathsFromItems, { ids: [...ids], statuses });
}

/** Every path of links (of the given statuses) from the items of `fromYear` of each of some councils. */
export function recurrencePathsIn(
  store: GraphStore,
  councilIds: readonly string[],
  fromYear: number,
  statuses: string[],
): Promise<Array<PathRow & { council: string }>> {
  if (!councilIds.length) return Promise.resolve([]);
  return store.read<PathRow & { council: string } & Record<string, unknown>>(pathsFromYearIn, {
    councils: [...councilIds],
    fromYear,
    statuses,
  });
}

/** The councils (organisations with an inspection), in id order. */
export async function listCouncilIds(store: GraphStore): Promise<string[]> {
  return (await store.read<{ id: string }>(councils)).map((r) => r.id);
}
