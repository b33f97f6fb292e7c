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

const actionsOn = cypher('ownership.actionsOn', `UNWIND $ids AS target
  MATCH (a:Action)-[:RESPONDS_TO]->(x) WHERE x.id = target
  OPTIONAL MATCH (a)-[:PROPOSED_IN]->(i:Inspection)
  RETURN target, a.id AS action, i.year AS year, [(a)-[:OWNED_BY]->(r:Role) | r.id] AS roles`);

export type Listable = keyof typeof lists;

export async function listIds(store: GraphStore, label: Listable): Promise<string[]> {
  return (await store.read<{ id: string }>(lists[label])).map((r) => r.id);
}

export async function listActionIds(store: GraphStore, status: string | null): Promise<string[]> {
  return (await store.read<{ id: string }>(listActions, { status })).map((r) => r.id);
}

/** Actions responding to any of the given recommendations or themes, with their owning roles. */
export function actionsRespondingTo(store: GraphStore, ids: readonly string[]): Promise<ActionOnTarget[]> {
  if (!ids.length) return Promise.resolve([]);
  return store.read<ActionOnTarget & Record<string, unknown>>(actionsOn, { ids: [...ids] });
}
