// Curated seed records → node and relationship rows for the graph layer (pure; no I/O). Node properties
// are the model's (picked from each record), references become the relationships NODE_SECTIONS names.
import type { NodeRow, RelRow } from '../graph/upserts.js';
import { NODE_KIND, type Label } from '../model/nodes.js';
import { RELATIONSHIP_TYPES, REL_KINDS, relKey, relKindOf, type RelKind, type RelType } from '../model/relationships.js';
import type { Seed } from './read.js';
import { NODE_SECTIONS, REL_SECTIONS, type NodeSection, type RelSection } from './schema.js';

export interface GraphRows {
  nodes: Map<Label, NodeRow[]>;
  rels: Map<string, { kind: RelKind; rows: RelRow[] }>;
}

type RelSectionSpec = (typeof REL_SECTIONS)[RelSection];
type Rec = Record<string, unknown> & { id: string };
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const idsIn = (value: unknown): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value as string]);

/** The model's properties of `label` found in a record (plus, for relationships, of `type`). */
function pick(record: Record<string, unknown>, keys: Iterable<string>): Record<string, unknown> {
  return defined(Object.fromEntries([...keys].map((k) => [k, record[k]])));
}

export function seedToGraph(seed: Seed): GraphRows {
  const r = seed.records;
  const nodes = new Map<Label, NodeRow[]>();
  const rels = new Map<string, { kind: RelKind; rows: RelRow[] }>(REL_KINDS.map((k) => [relKey(k), { kind: k, rows: [] }]));
  const labelOf = new Map<string, Label>();
  const yearOf = new Map(r.inspections.map((i) => [i.id, i.year]));

  // Properties the loader derives rather than the curator states.
  const derived: Partial<Record<NodeSection, (x: Rec) => Record<string, unknown>>> = {
    // The text lives in the store, so quotes are checked (and shown) from the graph alone.
    documents: (d) => ({ text: seed.texts.get(d.id) }),
    findings: (f) => ({ text: f.text ?? f.quote, year: yearOf.get(f.inspection as string) }),
    recommendations: (x) => {
      const evidence = x.evidence as Array<{ source: string; quote: string; locator: string }>;
      return {
        text: x.text ?? x.quote, year: yearOf.get(x.inspection as string),
        evidenceSources: evidence.map((e) => e.source), evidenceQuotes: evidence.map((e) => e.quote),
        evidenceLocators: evidence.map((e) => e.locator),
      };
    },
    actions: (a) => ({ text: a.text ?? a.quote }),
  };

  for (const [section, { label }] of Object.entries(NODE_SECTIONS) as Array<[NodeSection, { label: Label }]>) {
    const keys = Object.keys(NODE_KIND[label].props.shape);
    const rows = (r[section] as Rec[]).map((x) => {
      labelOf.set(x.id, label);
      return { id: x.id, props: defined({ ...pick(x, keys), ...derived[section]?.(x) }) };
    });
    nodes.set(label, rows);
  }

  const rel = (from: string, type: RelType, to: string, props: Record<string, unknown> = {}, key = '') => {
    const kind = relKindOf(labelOf.get(from), type, labelOf.get(to));
    if (!kind) throw new Error(`no relationship kind ${labelOf.get(from)}-${type}-${labelOf.get(to)} (${from} → ${to})`);
    rels.get(relKey(kind))!.rows.push({ from, to, key, props: defined(props) });
  };
  for (const [section, { links }] of Object.entries(NODE_SECTIONS)) {
    for (const x of r[section as NodeSection] as Rec[]) {
      for (const link of links) {
        for (const id of idsIn(x[link.field])) {
          if (link.direction === 'out') rel(x.id, link.type, id);
          else rel(id, link.type, x.id);
        }
      }
    }
  }

  // One HELD per person, role and source statement: a person can hold a role twice.
  const keyOf: Partial<Record<RelSection, (x: Rec) => string>> = {
    holdings: (h) => [h.source, h.from ?? '', h.to ?? '', h.attestedOn ?? ''].join('|'),
  };
  // Curated links are accepted by construction; only ingest proposes SUGGESTED ones.
  const fixed: Partial<Record<RelSection, Record<string, unknown>>> = { recurrences: { status: 'ACCEPTED' } };
  // A link's aspect is one nested record in the seed, two properties on the relationship.
  const flattened: Partial<Record<RelSection, (x: Rec) => Record<string, unknown>>> = {
    recurrences: (x) => {
      const aspect = x.aspect as { themes: string[]; words: string };
      return { aspectThemes: aspect.themes, aspectWords: aspect.words };
    },
  };
  for (const [section, { type, from, to }] of Object.entries(REL_SECTIONS) as Array<[RelSection, RelSectionSpec]>) {
    const keys = Object.keys(RELATIONSHIP_TYPES[type].shape);
    for (const x of r[section] as unknown as Rec[]) {
      rel(x[from] as string, type, x[to] as string, { ...pick(x, keys), ...flattened[section]?.(x), ...fixed[section] },
        keyOf[section]?.(x) ?? '');
    }
  }
  for (const a of r.actions) for (const p of a.participants) rel(a.id, 'INVOLVES', p.party, { part: p.part, words: p.words });
  // A pair considered and found not to recur is a reviewed, rejected link: never followed, but shown with its
  // reason, cited by the group that put the two items together.
  const groups = new Map(r.groups.map((g) => [g.id, g]));
  for (const d of r.notRecurring) {
    const g = groups.get(d.group);
    rel(d.from, 'RECURS_AS', d.to, {
      basis: 'CURATED', score: 0, explanation: d.reason, status: 'REJECTED', source: g?.source, quote: g?.quote, locator: g?.locator,
    });
  }
  return { nodes, rels };
}
