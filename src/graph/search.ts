// Texts the search index is built from (ranking itself happens in the service, the same on both engines).
// An action's `status` is its progress (PROPOSED … COMPLETED), not a review status: actions are curated.
import type { SearchKind } from '../model/values.js';
import { accepted as ok } from './visibility.js';
import { cypher, type GraphStore } from './store.js';

// Each text carries its council (the organisation of the inspection that found, made or proposed it), so a
// search keeps to one council by filtering the index, without another read.
const searchable = cypher(
  'search.texts',
  `MATCH (n) WHERE n:Action OR ((n:Finding OR n:Recommendation) AND ${ok('n')})
  RETURN n.id AS id, CASE WHEN n:Finding THEN 'FINDING' WHEN n:Recommendation THEN 'RECOMMENDATION' ELSE 'ACTION' END AS kind,
    n.text AS text, n.year AS year, n.locator AS locator,
    head([(n)<-[:FOUND|MADE]-(:Inspection)-[:OF]->(o:Organisation) | o.id] +
      [(n)-[:PROPOSED_IN]->(:Inspection)-[:OF]->(o:Organisation) | o.id]) AS council`,
);

export interface SearchableText {
  id: string;
  kind: SearchKind;
  text: string;
  year: number | null;
  locator: string | null;
  /** The organisation id of the council the text is about; null for a text no inspection reaches. */
  council: string | null;
}

export function searchableTexts(store: GraphStore): Promise<SearchableText[]> {
  return store.read<SearchableText & Record<string, unknown>>(searchable);
}
