// The review queue: what ingest proposed (nodes and relationships with a review status), and the status
// changes curators make. Labels and relationship types cannot be parameters, so there is one statement per
// proposal kind, generated from the tables below.
import { cypher, type GraphStore, type Statement, type WriteTx } from './store.js';
import { relKey, type RelKind } from '../model/relationships.js';
import { ProposalKind, type FactStatus } from '../model/values.js';

/** Node proposals: the label each kind is stored under. */
export const NODE_PROPOSALS = {
  EVENT: 'Inspection',
  JUDGEMENT: 'Judgement',
  FINDING: 'Finding',
  ITEM: 'Recommendation',
  PERSON: 'Person',
  ROLE: 'Role',
  ORGANISATION: 'Organisation',
} as const satisfies Partial<Record<ProposalKind, string>>;
export type NodeProposalKind = keyof typeof NODE_PROPOSALS;
export type ProposalLabel = (typeof NODE_PROPOSALS)[NodeProposalKind];

/** Relationship proposals: the relationship kinds each kind is stored as. */
export const REL_PROPOSALS = {
  HOLDING: [['Person', 'HELD', 'Role']],
  THEME_TAG: [
    ['Recommendation', 'CONCERNS', 'Theme'],
    ['Finding', 'CONCERNS', 'Theme'],
  ],
  FINDING_LINK: [['Finding', 'SUPPORTS', 'Recommendation']],
  RECURRENCE: [['Recommendation', 'RECURS_AS', 'Recommendation']],
  EVENT_REPORT: [['Inspection', 'REPORTED_IN', 'Document']],
  ORGANISATION_RELATION: [['Organisation', 'PARTNER_OF', 'Organisation']],
} as const satisfies Partial<Record<ProposalKind, readonly RelKind[]>>;
export type RelProposalKind = keyof typeof REL_PROPOSALS;
// Every proposal kind of the model is stored as a node or as relationships, and only those.
const _covered: Record<ProposalKind, true> = Object.fromEntries(
  [...Object.keys(NODE_PROPOSALS), ...Object.keys(REL_PROPOSALS)].map((k) => [k, true]),
) as Record<NodeProposalKind | RelProposalKind, true>;
export const PROPOSAL_KINDS = ProposalKind.options;
export type { ProposalKind };

/** One stored proposal (or reviewed fact) as the queue shows it. */
export interface ProposalRow {
  id: string;
  kind: ProposalKind;
  /** Node proposals: the node; relationship proposals: both ends. */
  subjects: string[];
  /** Readable names of the subjects (name or text), same order. */
  names: string[];
  props: Record<string, unknown>;
}

const nodeKinds = Object.entries(NODE_PROPOSALS) as Array<[NodeProposalKind, ProposalLabel]>;
const relKinds = (Object.entries(REL_PROPOSALS) as Array<[RelProposalKind, readonly RelKind[]]>).flatMap(
  ([kind, rels]) => rels.map((rel) => [kind, rel] as const),
);

const NAME = (v: string) => `coalesce(${v}.name, ${v}.text, ${v}.area, ${v}.title, ${v}.id)`;

const listNodes = new Map<ProposalLabel, Statement>(
  nodeKinds.map(([, label]) => [
    label,
    cypher(
      `review.list.${label}`,
      `MATCH (n:${label}) WHERE n.status IN $statuses AND ($document IS NULL OR n.ingestedFrom = $document)
  RETURN n.id AS id, ${NAME('n')} AS name, properties(n) AS props ORDER BY n.id LIMIT $first`,
    ),
  ]),
);

const listRels = new Map<string, Statement>(
  relKinds.map(([, rel]) => [
    relKey(rel),
    cypher(
      `review.list.${relKey(rel)}`,
      `MATCH (a:${rel[0]})-[x:${rel[1]}]->(b:${rel[2]})
  WHERE x.status IN $statuses AND ($document IS NULL OR x.ingestedFrom = $document)
  RETURN a.id AS from, b.id AS to, ${NAME('a')} AS fromName, ${NAME('b')} AS toName, properties(x) AS props
  ORDER BY a.id, b.id LIMIT $first`,
    ),
  ]),
);

const getNode = new Map<ProposalLabel, Statement>(
  nodeKinds.map(([, label]) => [
    label,
    cypher(
      `review.get.${label}`,
      `MATCH (n:${label} {id: $id}) RETURN n.id AS id, ${NAME('n')} AS name, properties(n) AS props`,
    ),
  ]),
);

const getRel = new Map<string, Statement>(
  relKinds.map(([, rel]) => [
    relKey(rel),
    cypher(
      `review.get.${relKey(rel)}`,
      `MATCH (a:${rel[0]} {id: $from})-[x:${rel[1]}]->(b:${rel[2]} {id: $to}) WHERE x.key = $key
  RETURN a.id AS from, b.id AS to, ${NAME('a')} AS fromName, ${NAME('b')} AS toName, properties(x) AS props`,
    ),
  ]),
);

const setNode = new Map<ProposalLabel, Statement>(
  nodeKinds.map(([, label]) => [
    label,
    cypher(`review.set.${label}`, `MATCH (n:${label} {id: $id}) SET n += $changes RETURN n.id AS id`),
  ]),
);

const setRel = new Map<string, Statement>(
  relKinds.map(([, rel]) => [
    relKey(rel),
    cypher(
      `review.set.${relKey(rel)}`,
      `MATCH (a:${rel[0]} {id: $from})-[x:${rel[1]}]->(b:${rel[2]} {id: $to}) WHERE x.key = $key
  SET x += $changes RETURN a.id AS id`,
    ),
  ]),
);

/** Suggested relationships touching a node (rejecting the node rejects them) and suggested nodes it made. */
const pendingAround = new Map<ProposalLabel, Statement>(
  nodeKinds.map(([, label]) => [
    label,
    cypher(
      `review.around.${label}`,
      `MATCH (n:${label} {id: $id})
  RETURN [(n)-[x]->(m) WHERE x.status = 'SUGGESTED' | [labels(n)[0], type(x), labels(m)[0], n.id, m.id, x.key]]
    + [(m)-[x]->(n) WHERE x.status = 'SUGGESTED' | [labels(m)[0], type(x), labels(n)[0], m.id, n.id, x.key]] AS rels,
    [(n)-[:MADE|FOUND|JUDGED]->(c) WHERE c.status = 'SUGGESTED' | c.id] AS children`,
    ),
  ]),
);

/** Relationship proposal ids: the relationship kind, both ends and the relationship's key. */
export function relProposalId(rel: RelKind, from: string, to: string, key: string): string {
  return [relKey(rel), from, to, key].join('~');
}

export type ProposalRef =
  | { node: true; kind: NodeProposalKind; label: ProposalLabel; id: string }
  | { node: false; kind: RelProposalKind; rel: RelKind; from: string; to: string; key: string; id: string };

/** What an id refers to, from its shape alone (node ids carry their label in the prefix); null when unknown. */
export function parseProposalId(
  id: string,
  labelOf: (nodeId: string) => string | null | undefined,
): ProposalRef | null {
  const parts = id.split('~');
  if (parts.length === 4) {
    const [kindKey, from, to, key] = parts as [string, string, string, string];
    const found = relKinds.find(([, rel]) => relKey(rel) === kindKey);
    return found && from && to ? { node: false, kind: found[0], rel: found[1], from, to, key, id } : null;
  }
  const label = labelOf(id);
  const found = nodeKinds.find(([, l]) => l === label);
  return found ? { node: true, kind: found[0], label: found[1], id } : null;
}

export interface ProposalQuery {
  statuses: FactStatus[];
  document: string | null;
  kinds: ProposalKind[];
  first: number;
}

export async function listProposals(store: GraphStore, q: ProposalQuery): Promise<ProposalRow[]> {
  const params = { statuses: q.statuses, document: q.document, first: q.first };
  const wanted = new Set(q.kinds.length ? q.kinds : PROPOSAL_KINDS);
  const nodeReads = nodeKinds
    .filter(([kind]) => wanted.has(kind))
    .map(async ([kind, label]) =>
      (await store.read<NodeHit>(listNodes.get(label)!, params)).map((r) => nodeRow(kind, r)),
    );
  const relReads = relKinds
    .filter(([kind]) => wanted.has(kind))
    .map(async ([kind, rel]) =>
      (await store.read<RelHit>(listRels.get(relKey(rel))!, params)).map((r) => relRow(kind, rel, r)),
    );
  return (await Promise.all([...nodeReads, ...relReads])).flat();
}

/** The current state of one proposal or fact, inside a write transaction; null when it does not exist. */
export async function findProposal(tx: WriteTx, ref: ProposalRef): Promise<ProposalRow | null> {
  if (ref.node) {
    const [hit] = await tx.run<NodeHit>(getNode.get(ref.label)!, { id: ref.id });
    return hit ? nodeRow(ref.kind, hit) : null;
  }
  const [hit] = await tx.run<RelHit>(getRel.get(relKey(ref.rel))!, { from: ref.from, to: ref.to, key: ref.key });
  return hit ? relRow(ref.kind, ref.rel, hit) : null;
}

export async function updateProposal(tx: WriteTx, ref: ProposalRef, changes: Record<string, unknown>): Promise<void> {
  const rows = ref.node
    ? await tx.run(setNode.get(ref.label)!, { id: ref.id, changes })
    : await tx.run(setRel.get(relKey(ref.rel))!, { from: ref.from, to: ref.to, key: ref.key, changes });
  if (rows.length !== 1) throw new Error(`proposal ${ref.id} was not updated`);
}

/** Suggested relationships touching a node, and suggested items, findings and judgements of an inspection. */
export async function pendingAroundNode(
  tx: WriteTx,
  label: ProposalLabel,
  id: string,
): Promise<{ rels: string[]; children: string[] }> {
  const [row] = await tx.run<{ rels: Array<[string, string, string, string, string, string]>; children: string[] }>(
    pendingAround.get(label)!,
    { id },
  );
  if (!row) return { rels: [], children: [] };
  const rels = row.rels.flatMap(([from, type, to, a, b, key]) => {
    const rel = relKinds.find(([, r]) => r[0] === from && r[1] === type && r[2] === to)?.[1];
    return rel ? [relProposalId(rel, a, b, key ?? '')] : [];
  });
  return { rels, children: row.children };
}

interface NodeHit {
  id: string;
  name: string;
  props: Record<string, unknown>;
  [k: string]: unknown;
}
interface RelHit {
  from: string;
  to: string;
  fromName: string;
  toName: string;
  props: Record<string, unknown>;
  [k: string]: unknown;
}

function nodeRow(kind: NodeProposalKind, hit: NodeHit): ProposalRow {
  return { id: hit.id, kind, subjects: [hit.id], names: [hit.name], props: hit.props };
}

function relRow(kind: RelProposalKind, rel: RelKind, hit: RelHit): ProposalRow {
  return {
    id: relProposalId(rel, hit.from, hit.to, String(hit.props.key ?? '')),
    kind,
    subjects: [hit.from, hit.to],
    names: [hit.fromName, hit.toName],
    props: hit.props,
  };
}
