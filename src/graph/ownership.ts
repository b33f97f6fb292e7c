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
  Role: cypher('ownership.roles', `MATCH (n:Role) WHERE ${ok('n')} RETURN n.id AS id ORDER BY n.name`),
  Person: cypher('ownership.people', `MATCH (n:Person) WHERE ${ok('n')} RETURN n.id AS id ORDER BY n.name`),
  Document: cypher('documents.list', 'MATCH (n:Document) RETURN n.id AS id ORDER BY n.publishedOn, n.id'),
};

const listActions = cypher(
  'ownership.actions',
  `MATCH (a:Action) WHERE $status IS NULL OR a.status = $status
  RETURN a.id AS id ORDER BY a.id`,
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

export async function listActionIds(store: GraphStore, status: string | null): Promise<string[]> {
  return (await store.read<{ id: string }>(listActions, { status })).map((r) => r.id);
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
