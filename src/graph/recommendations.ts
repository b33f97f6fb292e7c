// Recommendations: filtering and recurrence chains.
import type { RecurrenceBasis, ReviewStatus } from '../model/values.js';
import { accepted as ok } from './visibility.js';
import { cypher, type GraphStore } from './store.js';

const filterRecommendations = cypher('recommendations.filter', `MATCH (r:Recommendation)
  WHERE ${ok('r')} AND ($year IS NULL OR r.year = $year)
    AND ($inspection IS NULL OR r.inspection = $inspection)
    AND ($kind IS NULL OR r.kind = $kind)
    AND ($text IS NULL OR toLower(r.text) CONTAINS toLower($text))
    AND ($theme IS NULL OR EXISTS { MATCH (r)-[c:CONCERNS]->(t:Theme) WHERE ${ok('c')} AND (t.id = $theme OR EXISTS { MATCH (t)-[:PART_OF]->(p:Theme) WHERE p.id = $theme }) })
  RETURN r.id AS id ORDER BY r.year, coalesce(r.number, 0), r.id`);

export interface RecommendationFilter { year?: number | null; inspection?: string | null; theme?: string | null; kind?: string | null; text?: string | null }

export async function filterRecommendationIds(store: GraphStore, f: RecommendationFilter): Promise<string[]> {
  const rows = await store.read<{ id: string }>(filterRecommendations, {
    year: f.year ?? null, inspection: f.inspection ?? null, theme: f.theme ?? null, kind: f.kind ?? null, text: f.text ?? null,
  });
  return rows.map((r) => r.id);
}

// Chains are at most a handful of links (one per inspection); 8 bounds the walk on any curated data.
const chainsFromYear = cypher('recommendations.chainsFromYear', `MATCH (r:Recommendation) WHERE r.year = $fromYear
  MATCH p = (r)-[:RECURS_AS*1..8]->(later:Recommendation)
  WHERE all(x IN relationships(p) WHERE x.status IN $statuses)
    AND all(y IN nodes(p) WHERE coalesce(y.status, 'ACCEPTED') IN $statuses)
  WITH r, later, p, last(relationships(p)) AS step, nodes(p) AS chain
  RETURN r.id AS start, later.id AS id, later.year AS year, length(p) AS depth, chain[size(chain) - 2].id AS via,
    step.basis AS basis, step.status AS status, step.score AS score, step.explanation AS explanation,
    step.source AS source, step.quote AS quote, step.locator AS locator
  ORDER BY start, depth, year, id`);

export interface ChainStep {
  start: string; id: string; year: number; depth: number; via: string;
  basis: RecurrenceBasis; status: ReviewStatus; score: number; explanation: string; source: string | null; quote: string | null; locator: string | null;
}

export function recurrenceChains(store: GraphStore, fromYear: number, statuses: string[]): Promise<ChainStep[]> {
  return store.read<ChainStep & Record<string, unknown>>(chainsFromYear, { fromYear, statuses });
}
