// Organisations, roles, people and actions: listings and the actions behind "who owns it".
import { labelOfId } from '../model/nodes.js';
import type { ActionOnTarget } from '../model/rows.js';
import { accepted as ok } from './visibility.js';
import { cypher, type GraphStore } from './store.js';

const lists = {
  Organisation: cypher(
    'ownership.organisations',
    `MATCH (n:Organisation) WHERE ${ok('n')} RETURN n.id AS id ORDER BY n.name`,
  ),
  Document: cypher('documents.list', 'MATCH (n:Document) RETURN n.id AS id ORDER BY n.publishedOn, n.id'),
};

// A council's roles: its own organisation's, and those of bodies that are not local authorities (regulators,
// government, partners), which the sources name beside every council they work with. The organisations are
// few (one per council and partner), so the walk starts from them rather than from every role.
const COUNCIL_BODIES = `MATCH (o:Organisation) WHERE o.id = $council OR o.kind <> 'LOCAL_AUTHORITY'`;
const councilRoles = cypher(
  'ownership.roles',
  `${COUNCIL_BODIES}
  MATCH (o)<-[:OF]-(n:Role) WHERE ${ok('n')}
  RETURN n.id AS id ORDER BY n.name`,
);

// A council's people: those who held one of its roles (above) or led one of its inspections, and those who
// hold no role yet (named by a source, not yet placed), so a curator can place them whichever council.
const councilPeople = cypher(
  'ownership.people',
  `${COUNCIL_BODIES}
  MATCH (o)<-[:OF]-(:Role)<-[:HELD]-(n:Person) WHERE ${ok('n')}
  RETURN n.id AS id, n.name AS name
  UNION
  MATCH (:Organisation {id: $council})<-[:OF]-(:Inspection)-[:LED_BY]->(n:Person) WHERE ${ok('n')}
  RETURN n.id AS id, n.name AS name
  UNION
  MATCH (n:Person) WHERE ${ok('n')} AND NOT EXISTS { MATCH (n)-[:HELD]->(:Role) }
  RETURN n.id AS id, n.name AS name`,
);

// The actions proposed in the council's inspections (every action is proposed in one).
const listActions = cypher(
  'ownership.actions',
  `MATCH (:Organisation {id: $council})<-[:OF]-(:Inspection)<-[:PROPOSED_IN]-(a:Action)
  WHERE $status IS NULL OR a.status = $status
  RETURN DISTINCT a.id AS id ORDER BY id`,
);

// Anchored on each target through its label's id index, then out to the actions. Starting from (a:Action)
// scans every action per target, and Grafeo plans OPTIONAL MATCH as a join over a full label scan, so each
// label gets its own plain MATCH and the proposing inspection comes from a comprehension on `a`. Themes are
// shared by every council: their actions are reached from the council's inspections, so owners through a
// theme are the asked council's and the walk reads one council's actions.
const actionFields = `[(a)-[c:CONCERNS]->(t:Theme) WHERE ${ok('c')} | t.id] AS themes,
    [(a)-[:OWNED_BY]->(r:Role) | r.id] AS roles,
    [(a)-[:OWNED_BY]->(o:Organisation) | o.id] AS organisations`;
const actionsOn = cypher(
  'ownership.actionsOn',
  `UNWIND $recommendations AS target
  MATCH (:Recommendation {id: target})<-[:RESPONDS_TO]-(a:Action)
  WITH target, a, head([(a)-[:PROPOSED_IN]->(i:Inspection) | i]) AS i
  RETURN target, a.id AS action, i.year AS year, i.publishedOn AS proposedOn,
    ${actionFields}
  UNION ALL
  UNWIND $themes AS target
  MATCH (:Organisation {id: $council})<-[:OF]-(i:Inspection)<-[:PROPOSED_IN]-(a:Action)-[:RESPONDS_TO]->(:Theme {id: target})
  RETURN target, a.id AS action, i.year AS year, i.publishedOn AS proposedOn,
    ${actionFields}`,
);

export type Listable = keyof typeof lists;

export async function listIds(store: GraphStore, label: Listable): Promise<string[]> {
  return (await store.read<{ id: string }>(lists[label])).map((r) => r.id);
}

/** The roles of a council and of the bodies shared by councils, by name. */
export async function listCouncilRoleIds(store: GraphStore, council: string): Promise<string[]> {
  return (await store.read<{ id: string }>(councilRoles, { council })).map((r) => r.id);
}

/** The people of a council's roles and inspections, and those in no role yet, by name. */
export async function listCouncilPeopleIds(store: GraphStore, council: string): Promise<string[]> {
  const rows = await store.read<{ id: string; name: string }>(councilPeople, { council });
  const byCodepoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => byCodepoint(a.name, b.name) || byCodepoint(a.id, b.id)).map((r) => r.id);
}

export async function listActionIds(store: GraphStore, council: string, status: string | null): Promise<string[]> {
  return (await store.read<{ id: string }>(listActions, { council, status })).map((r) => r.id);
}

/** Actions responding to any of the given recommendations or themes (the council's), with their owners, themes and dates. */
export function actionsRespondingTo(
  store: GraphStore,
  council: string,
  ids: readonly string[],
): Promise<ActionOnTarget[]> {
  if (!ids.length) return Promise.resolve([]);
  const [recommendations, themes] = [
    ids.filter((id) => labelOfId(id) === 'Recommendation'),
    ids.filter((id) => labelOfId(id) === 'Theme'),
  ];
  return store.read<ActionOnTarget & Record<string, unknown>>(actionsOn, { council, recommendations, themes });
}
