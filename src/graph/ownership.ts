// Organisations, roles, people and actions: listings and the actions behind "who owns it".
import type { ActionOnTarget } from '../model/rows.js';
import { accepted as ok } from './visibility.js';
import { cypher, type GraphStore } from './store.js';

const lists = {
  Organisation: cypher('ownership.organisations', `MATCH (n:Organisation) WHERE ${ok('n')} RETURN n.id AS id ORDER BY n.name`),
  Role: cypher('ownership.roles', `MATCH (n:Role) WHERE ${ok('n')} RETURN n.id AS id ORDER BY n.name`),
  Person: cypher('ownership.people', `MATCH (n:Person) WHERE ${ok('n')} RETURN n.id AS id ORDER BY n.name`),
  Document: cypher('documents.list', 'MATCH (n:Document) RETURN n.id AS id ORDER BY n.publishedOn, n.id'),
};

const listActions = cypher('ownership.actions', `MATCH (a:Action) WHERE $status IS NULL OR a.status = $status
  RETURN a.id AS id ORDER BY a.id`);

// Anchored on each target by its indexed id (an item or a theme), then out to the actions responding to it.
const actionsOn = cypher('ownership.actionsOn', `UNWIND $ids AS target
  CALL (target) {
    MATCH (x:Recommendation {id: target}) RETURN x
    UNION
    MATCH (x:Theme {id: target}) RETURN x
  }
  MATCH (x)<-[:RESPONDS_TO]-(a:Action)
  OPTIONAL MATCH (a)-[:PROPOSED_IN]->(i:Inspection)
  RETURN target, a.id AS action, i.year AS year, i.publishedOn AS proposedOn,
    [(a)-[c:CONCERNS]->(t:Theme) WHERE ${ok('c')} | t.id] AS themes,
    [(a)-[:OWNED_BY]->(r:Role) | r.id] AS roles,
    [(a)-[:OWNED_BY]->(o:Organisation) | o.id] AS organisations`);

export type Listable = keyof typeof lists;

export async function listIds(store: GraphStore, label: Listable): Promise<string[]> {
  return (await store.read<{ id: string }>(lists[label])).map((r) => r.id);
}

export async function listActionIds(store: GraphStore, status: string | null): Promise<string[]> {
  return (await store.read<{ id: string }>(listActions, { status })).map((r) => r.id);
}

/** Actions responding to any of the given recommendations or themes, with their owners, themes and dates. */
export function actionsRespondingTo(store: GraphStore, ids: readonly string[]): Promise<ActionOnTarget[]> {
  if (!ids.length) return Promise.resolve([]);
  return store.read<ActionOnTarget & Record<string, unknown>>(actionsOn, { ids: [...ids] });
}
