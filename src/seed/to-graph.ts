// Curated seed records → node and relationship rows for the graph layer (pure; no I/O).
import type { NodeLabel, NodeRow, RelKind, RelRow } from '../graph/upserts.js';
import { REL_KINDS, relKey } from '../graph/upserts.js';
import type { Seed } from './read.js';

export interface GraphRows {
  nodes: Map<NodeLabel, NodeRow[]>;
  rels: Map<string, { kind: RelKind; rows: RelRow[] }>;
}

const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function seedToGraph(seed: Seed): GraphRows {
  const r = seed.records;
  const nodes = new Map<NodeLabel, NodeRow[]>();
  const rels = new Map<string, { kind: RelKind; rows: RelRow[] }>(REL_KINDS.map((k) => [relKey(k), { kind: k, rows: [] }]));
  const labelOf = new Map<string, NodeLabel>();
  const node = (label: NodeLabel, id: string, props: Record<string, unknown>) => {
    if (!nodes.has(label)) nodes.set(label, []);
    nodes.get(label)!.push({ id, props: clean(props) });
    labelOf.set(id, label);
  };
  const rel = (from: string, type: string, to: string, props: Record<string, unknown> = {}, key = '') => {
    const kind = REL_KINDS.find(([a, t, b]) => a === labelOf.get(from) && t === type && b === labelOf.get(to));
    if (!kind) throw new Error(`no relationship kind ${labelOf.get(from)}-${type}-${labelOf.get(to)} (${from} → ${to})`);
    rels.get(relKey(kind))!.rows.push({ from, to, key, props: clean(props) });
  };
  const prov = (x: { source?: string; quote?: string; locator?: string }) => ({ source: x.source, quote: x.quote, locator: x.locator });

  for (const d of r.documents) node('Document', d.id, { title: d.title, publisher: d.publisher, kind: d.kind, publishedOn: d.publishedOn, licence: d.licence, file: d.file });
  for (const o of r.organisations) node('Organisation', o.id, { name: o.name, kind: o.kind, ...prov(o) });
  for (const x of r.roles) node('Role', x.id, { name: x.name, singleHolder: x.singleHolder, ...prov(x) });
  for (const p of r.people) node('Person', p.id, { name: p.name, named: p.named, ...prov(p) });
  const yearOf = new Map<string, number>();
  for (const i of r.inspections) {
    yearOf.set(i.id, i.year);
    node('Inspection', i.id, { kind: i.kind, framework: i.framework, year: i.year, startedOn: i.startedOn, endedOn: i.endedOn, publishedOn: i.publishedOn, ...prov(i) });
  }
  for (const j of r.judgements) node('Judgement', j.id, { area: j.area, grade: j.grade, inspection: j.inspection, ...prov(j) });
  for (const f of r.findings) node('Finding', f.id, { text: f.text ?? f.quote, polarity: f.polarity, inspection: f.inspection, year: yearOf.get(f.inspection), ...prov(f) });
  for (const x of r.recommendations) {
    node('Recommendation', x.id, {
      number: x.number, kind: x.kind, text: x.text ?? x.quote, inspection: x.inspection, year: yearOf.get(x.inspection), ...prov(x),
      // Neo4j properties cannot hold maps: further citations are kept as three parallel lists.
      evidenceSources: x.evidence.map((e) => e.source), evidenceQuotes: x.evidence.map((e) => e.quote), evidenceLocators: x.evidence.map((e) => e.locator),
    });
  }
  for (const a of r.actions) node('Action', a.id, { text: a.text ?? a.quote, status: a.status, due: a.due, ...prov(a) });
  for (const t of r.themes) node('Theme', t.id, { name: t.name, description: t.description, ...prov(t) });

  for (const x of r.roles) rel(x.id, 'OF', x.organisation);
  for (const h of r.holdings) {
    rel(h.person, 'HELD', h.role, { from: h.from, to: h.to, attestedOn: h.attestedOn, capacity: h.capacity, ...prov(h) },
      [h.source, h.from ?? '', h.to ?? '', h.attestedOn ?? ''].join('|'));
  }
  for (const i of r.inspections) {
    rel(i.id, 'OF', i.organisation);
    i.reportedIn.forEach((d) => rel(i.id, 'REPORTED_IN', d));
    i.ledBy.forEach((p) => rel(i.id, 'LED_BY', p));
  }
  for (const j of r.judgements) rel(j.inspection, 'JUDGED', j.id);
  for (const f of r.findings) {
    rel(f.inspection, 'FOUND', f.id);
    f.supports.forEach((x) => rel(f.id, 'SUPPORTS', x));
    f.themes.forEach((t) => rel(f.id, 'CONCERNS', t));
  }
  for (const x of r.recommendations) {
    rel(x.inspection, 'MADE', x.id);
    x.themes.forEach((t) => rel(x.id, 'CONCERNS', t));
    x.addressedTo.forEach((t) => rel(x.id, 'ADDRESSED_TO', t));
  }
  for (const a of r.actions) {
    a.owners.forEach((o) => rel(a.id, 'OWNED_BY', o));
    a.respondsTo.forEach((t) => rel(a.id, 'RESPONDS_TO', t));
    a.themes.forEach((t) => rel(a.id, 'CONCERNS', t));
    rel(a.id, 'PROPOSED_IN', a.proposedIn);
  }
  for (const t of r.themes) if (t.parent) rel(t.id, 'PART_OF', t.parent);
  for (const x of r.recurrences) {
    rel(x.from, 'RECURS_AS', x.to, { basis: x.basis, score: x.score, explanation: x.explanation, status: 'ACCEPTED', ...prov(x) });
  }
  return { nodes, rels };
}
