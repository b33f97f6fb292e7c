// One statement per label that fetches items by id with the ids of what they link to (a "card"), so
// the API resolves any relationship field with one batched lookup per label. Every pattern starts from the
// card's own node `n` (found through the id index): Grafeo plans a pattern from its first node, so a pattern
// written from the far end scans every node of that label for each card.
import type { Label } from '../model/nodes.js';
import type { RowsByLabel, ThemeItemsRow } from '../model/rows.js';
import { cypher, type GraphStore, type Statement } from './store.js';
import { accepted as ok } from './visibility.js';

const LINK = '.basis, .status, .score, .explanation, .source, .quote, .locator, .aspectThemes, .aspectWords';
/**
 * Recurrence links carry their own status (the recursAs/recurrenceOf fields filter by it); a link whose
 * far end was rejected or retracted is left out whatever its status. A suggested far end is kept, so
 * `status: SUGGESTED` still shows what ingest proposed.
 */
const NOT_WITHDRAWN = (v: string) => `coalesce(${v}.status, 'ACCEPTED') IN ['ACCEPTED', 'SUGGESTED']`;
/** Accepted holdings only: `h`, its person and its role all accepted (ingest proposes all three). */
export const holdingAccepted = (p: string, r: string) => `${ok('h')} AND ${ok(p)} AND ${ok(r)}`;
/** A HELD relationship `h` from person `p` to role `r` as a HoldingRow (variables named by the caller). */
export const holding = (p: string, r: string) =>
  `h {.from, .to, .attestedOn, .capacity, .source, .quote, .locator, .key, personId: ${p}.id, personName: ${p}.name, ` +
  `personNamed: coalesce(${p}.named, true), roleId: ${r}.id}`;

const CARDS: Record<Label, Statement> = {
  Document: cypher(
    'cards.Document',
    `UNWIND $ids AS id MATCH (n:Document {id: id})
    RETURN n {.id, .title, .publisher, .kind, .publishedOn, .licence, .file} AS card`,
  ),
  Organisation: cypher(
    'cards.Organisation',
    `UNWIND $ids AS id MATCH (n:Organisation {id: id})
    RETURN n {.id, .name, .kind, .source, .quote, .locator, roleIds: [(n)<-[:OF]-(r:Role) WHERE ${ok('r')} | r.id],
      actionIds: [(n)<-[:OWNED_BY]-(a:Action) WHERE ${ok('a')} | a.id]} AS card`,
  ),
  Role: cypher(
    'cards.Role',
    `UNWIND $ids AS id MATCH (n:Role {id: id})
    RETURN n {.id, .name, .singleHolder, .source, .quote, .locator,
      organisationId: head([(n)-[:OF]->(o:Organisation) | o.id]),
      holdings: [(n)<-[h:HELD]-(p:Person) WHERE ${holdingAccepted('p', 'n')} | ${holding('p', 'n')}],
      actionIds: [(n)<-[:OWNED_BY]-(a:Action) | a.id]} AS card`,
  ),
  Person: cypher(
    'cards.Person',
    `UNWIND $ids AS id MATCH (n:Person {id: id})
    RETURN n {.id, .name, .source, .quote, .locator, named: coalesce(n.named, true),
      holdings: [(n)-[h:HELD]->(r:Role) WHERE ${holdingAccepted('n', 'r')} | ${holding('n', 'r')}]} AS card`,
  ),
  Inspection: cypher(
    'cards.Inspection',
    `UNWIND $ids AS id MATCH (n:Inspection {id: id})
    RETURN n {.id, .kind, .framework, .year, .startedOn, .endedOn, .publishedOn, .source, .quote, .locator,
      organisationId: head([(n)-[:OF]->(o:Organisation) | o.id]),
      documentIds: [(n)-[x:REPORTED_IN]->(d:Document) WHERE ${ok('x')} | d.id],
      leaderIds: [(n)-[:LED_BY]->(p:Person) | p.id],
      judgementIds: [(n)-[:JUDGED]->(j:Judgement) WHERE ${ok('j')} | j.id],
      findingIds: [(n)-[:FOUND]->(f:Finding) WHERE ${ok('f')} | f.id],
      recommendationIds: [(n)-[:MADE]->(r:Recommendation) WHERE ${ok('r')} | r.id]} AS card`,
  ),
  Judgement: cypher(
    'cards.Judgement',
    `UNWIND $ids AS id MATCH (n:Judgement {id: id})
    RETURN n {.id, .area, .grade, .inspection, .source, .quote, .locator} AS card`,
  ),
  Finding: cypher(
    'cards.Finding',
    `UNWIND $ids AS id MATCH (n:Finding {id: id})
    RETURN n {.id, .text, .polarity, .inspection, .year, .source, .quote, .locator,
      themeIds: [(n)-[x:CONCERNS]->(t:Theme) WHERE ${ok('x')} | t.id],
      supportIds: [(n)-[x:SUPPORTS]->(r:Recommendation) WHERE ${ok('x')} AND ${ok('r')} | r.id]} AS card`,
  ),
  Recommendation: cypher(
    'cards.Recommendation',
    `UNWIND $ids AS id MATCH (n:Recommendation {id: id})
    RETURN n {.id, .number, .numbered, .kind, .text, .year, .inspection, .source, .quote, .locator,
      .evidenceSources, .evidenceQuotes, .evidenceLocators,
      themeIds: [(n)-[x:CONCERNS]->(t:Theme) WHERE ${ok('x')} | t.id],
      addressedToIds: [(n)-[:ADDRESSED_TO]->(x) | x.id],
      findingIds: [(n)<-[x:SUPPORTS]-(f:Finding) WHERE ${ok('x')} AND ${ok('f')} | f.id],
      actionIds: [(n)<-[:RESPONDS_TO]-(a:Action) | a.id],
      recursAs: [(n)-[x:RECURS_AS]->(b:Recommendation) WHERE ${NOT_WITHDRAWN('b')} | x {${LINK}, other: b.id}],
      recurrenceOf: [(n)<-[x:RECURS_AS]-(a:Recommendation) WHERE ${NOT_WITHDRAWN('a')} | x {${LINK}, other: a.id}]} AS card`,
  ),
  Action: cypher(
    'cards.Action',
    `UNWIND $ids AS id MATCH (n:Action {id: id})
    RETURN n {.id, .text, .status, .due, .source, .quote, .locator,
      ownerIds: [(n)-[:OWNED_BY]->(r:Role) | r.id],
      organisationOwnerIds: [(n)-[:OWNED_BY]->(o:Organisation) | o.id],
      participants: [(n)-[p:INVOLVES]->(x) | p {.part, .words, partyId: x.id}],
      respondsToIds: [(n)-[:RESPONDS_TO]->(x) | x.id],
      proposedInId: head([(n)-[:PROPOSED_IN]->(i:Inspection) | i.id]),
      themeIds: [(n)-[x:CONCERNS]->(t:Theme) WHERE ${ok('x')} | t.id]} AS card`,
  ),
  Theme: cypher(
    'cards.Theme',
    `UNWIND $ids AS id MATCH (n:Theme {id: id})
    RETURN n {.id, .name, .description, .source, .quote, .locator,
      parentId: head([(n)-[:PART_OF]->(p:Theme) | p.id]),
      childIds: [(n)<-[:PART_OF]-(c:Theme) | c.id]} AS card`,
  ),
  AuditEntry: cypher(
    'cards.AuditEntry',
    `UNWIND $ids AS id MATCH (n:AuditEntry {id: id})
    RETURN n {.id, .at, .curator, .operation, .targets, .before, .after, .sourceDocument, .sourceQuote, .sourceNote} AS card`,
  ),
};

/** Items of one label by id, in no particular order; unknown ids are simply absent. */
export async function findCards<L extends Label>(
  store: GraphStore,
  label: L,
  ids: readonly string[],
): Promise<Array<RowsByLabel[L]>> {
  if (!ids.length) return [];
  const rows = await store.read<{ card: RowsByLabel[L] }>(CARDS[label], { ids: [...ids] });
  return rows.map((r) => withSortedLinks(r.card));
}

/**
 * A card with its linked-id lists (`themeIds`, `actionIds`, …) in id order. A pattern comprehension lists in
 * the engine's adjacency order, which differs between engines and between graphs loaded in another order;
 * answers must not.
 */
function withSortedLinks<T extends object>(card: T): T {
  for (const [key, value] of Object.entries(card))
    if (key.endsWith('Ids') && Array.isArray(value)) (value as string[]).sort();
  return card;
}

// A theme's items are fetched only when a field asks for them: at national size a leaf theme is linked to
// thousands of items, and most requests want only its name. Themes are shared by every council, so the walk
// starts from the council's node (id index) and reads that council's tagged items only, whatever the number
// of themes asked: starting from the theme would read every council's items on it.
const themeItems = cypher(
  'cards.themeItems',
  `MATCH (:Organisation {id: $council})<-[:OF]-(:Inspection)-[:MADE|FOUND]->(x)-[c:CONCERNS]->(t:Theme)
  WHERE t.id IN $ids AND ${ok('c')} AND ${ok('x')}
  RETURN t.id AS theme, x.id AS item, CASE WHEN x:Finding THEN 'FINDING' ELSE 'RECOMMENDATION' END AS kind
  UNION ALL
  MATCH (:Organisation {id: $council})<-[:OF]-(:Inspection)<-[:PROPOSED_IN]-(a:Action)-[c:CONCERNS|RESPONDS_TO]->(t:Theme)
  WHERE t.id IN $ids AND (type(c) = 'RESPONDS_TO' OR ${ok('c')})
  RETURN t.id AS theme, a.id AS item, 'ACTION' AS kind`,
);

/** The council's items tagged with each of some themes (a theme's own tags; a root's leaves carry theirs). */
export async function findThemeItems(
  store: GraphStore,
  council: string,
  ids: readonly string[],
): Promise<ThemeItemsRow[]> {
  if (!ids.length) return [];
  const rows = await store.read<{ theme: string; item: string; kind: 'FINDING' | 'RECOMMENDATION' | 'ACTION' }>(
    themeItems,
    { council, ids: [...ids] },
  );
  const byTheme = new Map<string, ThemeItemsRow>(
    ids.map((id) => [id, { id, recommendationIds: [], findingIds: [], actionIds: [] }]),
  );
  const field = { FINDING: 'findingIds', RECOMMENDATION: 'recommendationIds', ACTION: 'actionIds' } as const;
  for (const r of rows) {
    const list = byTheme.get(r.theme)?.[field[r.kind]];
    if (list && !list.includes(r.item)) list.push(r.item);
  }
  return [...byTheme.values()];
}
