// Integrity rules of the curated graph, as plain checks returning readable problems (empty = sound).
// Which kinds a reference may name follows from the model's relationship kinds (seed/schema.ts says which
// relationship each reference field becomes).
import { NODE_KIND, type Label } from '../model/nodes.js';
import { endsOf, REL_KINDS, type RelType } from '../model/relationships.js';
import { normaliseQuote, QuotedText } from '../text/normalise.js';
import { checkOwnership } from './ownership-rules.js';
import type { Problem } from './problem.js';
import type { Seed } from './read.js';
import { checkRecurrences } from './recurrence-rules.js';
import { NODE_SECTIONS, REL_SECTIONS, type NodeSection, type RelSection } from './schema.js';

type Rec = Record<string, unknown> & { origin: string };
const idsIn = (value: unknown): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value as string]);

export function checkSeed(seed: Seed): Problem[] {
  const problems: Problem[] = [];
  const r = seed.records;
  const texts = new Map<string, QuotedText>();
  const textOf = (id: string) => {
    const raw = seed.texts.get(id);
    if (raw !== undefined && !texts.has(id)) texts.set(id, new QuotedText(raw));
    return texts.get(id);
  };
  const labelOf = new Map<string, Label>();
  for (const [section, { label }] of Object.entries(NODE_SECTIONS) as Array<[NodeSection, { label: Label }]>) {
    for (const rec of r[section]) {
      const known = labelOf.get(rec.id);
      if (known) problems.push({ origin: rec.origin, record: rec.id, message: `duplicate id (already a ${known})` });
      else labelOf.set(rec.id, label);
    }
  }

  const ref = (origin: string, record: string, field: string, id: string | undefined, allowed: readonly Label[]) => {
    if (id === undefined) return;
    const label = labelOf.get(id);
    if (!label) problems.push({ origin, record, message: `${field}: unknown id ${id}` });
    else if (!allowed.includes(label)) {
      problems.push({ origin, record, message: `${field}: ${id} is a ${label}, expected ${allowed.join(' or ')}` });
    }
  };
  const quoted = (origin: string, record: string, c: Record<string, unknown>) => {
    if (typeof c.source !== 'string') return;
    ref(origin, record, 'source', c.source, [NODE_KIND.Document.label]);
    const text = textOf(c.source);
    if (text === undefined || typeof c.quote !== 'string') return;
    const at = text.indexOf(c.quote);
    if (at < 0) {
      problems.push({ origin, record, message: `quote not found in ${c.source}: "${c.quote.slice(0, 80)}"` });
      return;
    }
    const doc = r.documents.find((d) => d.id === c.source);
    for (const passage of doc?.excludedPassages ?? []) {
      const start = text.indexOf(passage.from);
      const end = text.indexOf(passage.to, start) + normaliseQuote(passage.to).length;
      if (start >= 0 && at >= start && at < end) {
        problems.push({ origin, record, message: `quote lies in an excluded passage of ${c.source} (${passage.reason})` });
      }
    }
  };

  for (const d of r.documents) {
    for (const p of d.excludedPassages) {
      for (const bound of [p.from, p.to]) {
        if (!textOf(d.id)?.contains(bound)) {
          problems.push({ origin: d.origin, record: d.id, message: `excluded passage bound not found: "${bound}"` });
        }
      }
    }
  }
  for (const [section, { label, links }] of Object.entries(NODE_SECTIONS)) {
    for (const x of r[section as NodeSection] as unknown as Array<Rec & { id: string }>) {
      quoted(x.origin, x.id, x);
      for (const e of (x.evidence as Array<{ source: string; quote: string }> | undefined) ?? []) quoted(x.origin, x.id, e);
      for (const link of links) {
        const allowed = endsOf(link.type, label, link.direction);
        for (const id of idsIn(x[link.field])) ref(x.origin, x.id, link.field, id, allowed);
      }
    }
  }
  const seen = new Set<string>();
  for (const [section, { type, from, to }] of Object.entries(REL_SECTIONS) as Array<[RelSection, RelSpec]>) {
    (r[section] as unknown as Rec[]).forEach((x, i) => {
      const record = section === 'holdings' ? `holding ${x[from]}@${x[to]}#${i + 1}` : `${x[from]}→${x[to]}`;
      quoted(x.origin, record, x);
      ref(x.origin, record, from, x[from] as string, endLabels(type, 'from'));
      ref(x.origin, record, to, x[to] as string, endLabels(type, 'to'));
      if (section === 'recurrences') {
        if (seen.has(record)) problems.push({ origin: x.origin, record, message: 'duplicate recurrence link' });
        seen.add(record);
      }
    });
  }
  for (const a of r.actions) {
    for (const p of a.participants) ref(a.origin, a.id, 'participants', p.party, endsOf('INVOLVES', 'Action'));
  }
  for (const g of r.groups) {
    quoted(g.origin, g.id, g);
    for (const m of g.members) ref(g.origin, g.id, 'members', m, ['Recommendation']);
  }
  for (const d of r.notRecurring) {
    ref(d.origin, `${d.from}→${d.to}`, 'from', d.from, ['Recommendation']);
    ref(d.origin, `${d.from}→${d.to}`, 'to', d.to, ['Recommendation']);
  }
  problems.push(...checkRecurrences(seed), ...checkOwnership(seed));
  return problems;
}

type RelSpec = (typeof REL_SECTIONS)[RelSection];

/** Labels at one end of any relationship kind of `type`. */
function endLabels(type: RelType, end: 'from' | 'to'): Label[] {
  return [...new Set(REL_KINDS.filter(([, t]) => t === type).map(([a, , b]) => (end === 'from' ? a : b)))];
}
