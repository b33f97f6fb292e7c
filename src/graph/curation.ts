// Writes of the curation API and their audit trail. Each function runs inside the caller's transaction.
import { holding, holdingAccepted } from './cards.js';
import type { HoldingRow } from '../model/rows.js';
import { cypher, type GraphStore, type Params, type WriteTx } from './store.js';

const roleHoldings = cypher(
  'curation.roleHoldings',
  `MATCH (r:Role {id: $role})
  RETURN r.singleHolder AS singleHolder,
    [(r)<-[h:HELD]-(p:Person) WHERE ${holdingAccepted('p', 'r')} | ${holding('p', 'r')}] AS holdings`,
);
const createPerson = cypher('curation.createPerson', 'CREATE (p:Person) SET p = $props RETURN p.id AS id');
const createHolding = cypher(
  'curation.createHolding',
  `MATCH (p:Person {id: $person}) MATCH (r:Role {id: $role})
  CREATE (p)-[h:HELD]->(r) SET h = $props RETURN h.key AS key`,
);
const endHolding = cypher(
  'curation.endHolding',
  `MATCH (p:Person {id: $person})-[h:HELD]->(r:Role {id: $role}) WHERE h.key = $key
  SET h.to = $to, h.endSource = $source, h.endQuote = $quote, h.endNote = $note RETURN h.key AS key`,
);
const documentSource = cypher('curation.documentSource', 'MATCH (d:Document {id: $id}) RETURN d.text AS text');
const actionState = cypher(
  'curation.actionState',
  `MATCH (a:Action {id: $id})
  RETURN a {.id, .text, .status, .due, .source, .quote, .locator,
    owners: [(a)-[:OWNED_BY]->(r:Role) | r.id], respondsTo: [(a)-[:RESPONDS_TO]->(x) | x.id],
    proposedIn: head([(a)-[:PROPOSED_IN]->(i:Inspection) | i.id])} AS action`,
);
const upsertAction = cypher('curation.upsertAction', 'MERGE (a:Action {id: $id}) SET a += $props RETURN a.id AS id');
const clearOwners = cypher('curation.clearOwners', 'MATCH (a:Action {id: $id})-[o:OWNED_BY]->(:Role) DELETE o');
const addOwners = cypher(
  'curation.addOwners',
  `MATCH (a:Action {id: $id}) UNWIND $roles AS roleId MATCH (r:Role {id: roleId})
  MERGE (a)-[o:OWNED_BY {key: ''}]->(r) RETURN count(o) AS n`,
);
const clearTargets = cypher('curation.clearTargets', 'MATCH (a:Action {id: $id})-[x:RESPONDS_TO]->() DELETE x');
const addRecommendationTargets = cypher(
  'curation.addRecommendationTargets',
  `MATCH (a:Action {id: $id}) UNWIND $ids AS target
  MATCH (r:Recommendation {id: target}) MERGE (a)-[x:RESPONDS_TO {key: ''}]->(r) RETURN count(x) AS n`,
);
const addThemeTargets = cypher(
  'curation.addThemeTargets',
  `MATCH (a:Action {id: $id}) UNWIND $ids AS target
  MATCH (t:Theme {id: target}) MERGE (a)-[x:RESPONDS_TO {key: ''}]->(t) RETURN count(x) AS n`,
);
// Grafeo cannot DELETE a null from OPTIONAL MATCH: clear with a plain MATCH, then link.
const clearProposedIn = cypher(
  'curation.clearProposedIn',
  'MATCH (a:Action {id: $id})-[old:PROPOSED_IN]->(:Inspection) DELETE old',
);
const setProposedIn = cypher(
  'curation.setProposedIn',
  `MATCH (a:Action {id: $id}) MATCH (i:Inspection {id: $inspection})
  MERGE (a)-[p:PROPOSED_IN {key: ''}]->(i) RETURN count(p) AS n`,
);
const linkState = cypher(
  'curation.linkState',
  `MATCH (a:Recommendation {id: $from})-[x:RECURS_AS]->(b:Recommendation {id: $to})
  RETURN x {.basis, .status, .score, .explanation, .source, .quote, .locator, .reviewedBy, .reviewedAt} AS link`,
);
const setLinkStatus = cypher(
  'curation.setLinkStatus',
  `MATCH (a:Recommendation {id: $from})-[x:RECURS_AS]->(b:Recommendation {id: $to})
  SET x.status = $status, x.reviewedBy = $curator, x.reviewedAt = $at RETURN count(x) AS n`,
);
const createDocument = cypher('curation.createDocument', 'CREATE (d:Document) SET d = $props RETURN d.id AS id');
const createAudit = cypher('curation.audit', 'CREATE (e:AuditEntry) SET e = $props RETURN e.id AS id');
const auditTrail = cypher(
  'curation.auditTrail',
  `MATCH (e:AuditEntry) WHERE $target IS NULL OR $target IN e.targets
  RETURN e.id AS id ORDER BY e.at DESC, e.seq DESC LIMIT $first`,
);

export async function findRoleHoldings(
  tx: WriteTx,
  role: string,
): Promise<{ singleHolder: boolean; holdings: HoldingRow[] } | null> {
  const [row] = await tx.run<{ singleHolder: boolean; holdings: HoldingRow[] }>(roleHoldings, { role });
  return row ?? null;
}

export async function insertPerson(tx: WriteTx, props: Params): Promise<void> {
  await tx.run(createPerson, { props });
}

export async function insertHolding(tx: WriteTx, person: string, role: string, props: Params): Promise<void> {
  const rows = await tx.run(createHolding, { person, role, props });
  if (rows.length !== 1) throw new Error(`holding ${person}@${role} was not created`);
}

export async function closeHolding(
  tx: WriteTx,
  args: {
    person: string;
    role: string;
    key: string;
    to: string;
    source: string | null;
    quote: string | null;
    note: string | null;
  },
): Promise<void> {
  const rows = await tx.run(endHolding, args);
  if (rows.length !== 1) throw new Error(`holding ${args.person}@${args.role} was not updated`);
}

export async function findDocumentSource(tx: WriteTx, id: string): Promise<{ text: string | null } | null> {
  const [row] = await tx.run<{ text: string | null }>(documentSource, { id });
  return row ?? null;
}

export interface ActionState {
  id: string;
  text: string;
  status: string;
  due: string | null;
  source: string | null;
  quote: string | null;
  locator: string | null;
  owners: string[];
  respondsTo: string[];
  proposedIn: string | null;
}

export async function findAction(tx: WriteTx, id: string): Promise<ActionState | null> {
  const [row] = await tx.run<{ action: ActionState }>(actionState, { id });
  return row?.action ?? null;
}

export async function writeAction(
  tx: WriteTx,
  id: string,
  props: Params,
  links: { owners?: string[]; recommendations?: string[]; themes?: string[]; proposedIn?: string },
): Promise<void> {
  await tx.run(upsertAction, { id, props });
  if (links.owners) {
    await tx.run(clearOwners, { id });
    await tx.run(addOwners, { id, roles: links.owners });
  }
  if (links.recommendations || links.themes) {
    await tx.run(clearTargets, { id });
    await tx.run(addRecommendationTargets, { id, ids: links.recommendations ?? [] });
    await tx.run(addThemeTargets, { id, ids: links.themes ?? [] });
  }
  if (links.proposedIn) {
    await tx.run(clearProposedIn, { id });
    await tx.run(setProposedIn, { id, inspection: links.proposedIn });
  }
}

export interface LinkState {
  basis: string;
  status: string;
  score: number;
  explanation: string;
  source: string | null;
  quote: string | null;
  locator: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export async function findLink(tx: WriteTx, from: string, to: string): Promise<LinkState | null> {
  const [row] = await tx.run<{ link: LinkState }>(linkState, { from, to });
  return row?.link ?? null;
}

export async function updateLinkStatus(
  tx: WriteTx,
  args: { from: string; to: string; status: string; curator: string; at: string },
): Promise<void> {
  await tx.run(setLinkStatus, args);
}

export async function insertDocument(tx: WriteTx, props: Params): Promise<void> {
  await tx.run(createDocument, { props });
}

export async function insertAudit(tx: WriteTx, props: Params): Promise<void> {
  await tx.run(createAudit, { props });
}

export async function listAuditIds(store: GraphStore, target: string | null, first: number): Promise<string[]> {
  return (await store.read<{ id: string }>(auditTrail, { target, first })).map((r) => r.id);
}
