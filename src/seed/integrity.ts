// Integrity rules of the curated graph, as plain checks returning readable problems (empty = sound).
import { normaliseQuote } from '../text/normalise.js';
import type { Seed } from './read.js';

export interface Problem {
  origin: string;
  record: string;
  message: string;
}

type Kind = 'document' | 'organisation' | 'role' | 'person' | 'inspection' | 'judgement' | 'finding' | 'recommendation' | 'action' | 'theme';

export function checkSeed(seed: Seed): Problem[] {
  const problems: Problem[] = [];
  const r = seed.records;
  const kindOf = new Map<string, Kind>();
  const add = (kind: Kind, list: Array<{ id: string; origin: string }>) => {
    for (const rec of list) {
      if (kindOf.has(rec.id)) problems.push({ origin: rec.origin, record: rec.id, message: `duplicate id (already a ${kindOf.get(rec.id)})` });
      else kindOf.set(rec.id, kind);
    }
  };
  add('document', r.documents);
  add('organisation', r.organisations);
  add('role', r.roles);
  add('person', r.people);
  add('inspection', r.inspections);
  add('judgement', r.judgements);
  add('finding', r.findings);
  add('recommendation', r.recommendations);
  add('action', r.actions);
  add('theme', r.themes);

  const ref = (origin: string, record: string, field: string, id: string | undefined, allowed: Kind[]) => {
    if (id === undefined) return;
    const kind = kindOf.get(id);
    if (!kind) problems.push({ origin, record, message: `${field}: unknown id ${id}` });
    else if (!allowed.includes(kind)) problems.push({ origin, record, message: `${field}: ${id} is a ${kind}, expected ${allowed.join(' or ')}` });
  };
  const quoted = (origin: string, record: string, c: { source?: string; quote?: string }) => {
    if (!c.source) return;
    ref(origin, record, 'source', c.source, ['document']);
    const text = seed.texts.get(c.source);
    if (text === undefined || c.quote === undefined) return;
    if (!normalisedText(seed, c.source).includes(normaliseQuote(c.quote))) {
      problems.push({ origin, record, message: `quote not found in ${c.source}: "${c.quote.slice(0, 80)}"` });
      return;
    }
    const doc = r.documents.find((d) => d.id === c.source);
    for (const passage of doc?.excludedPassages ?? []) {
      const t = normalisedText(seed, c.source);
      const start = t.indexOf(normaliseQuote(passage.from));
      const end = t.indexOf(normaliseQuote(passage.to), start) + normaliseQuote(passage.to).length;
      const at = t.indexOf(normaliseQuote(c.quote));
      if (start >= 0 && at >= start && at < end) {
        problems.push({ origin, record, message: `quote lies in an excluded passage of ${c.source} (${passage.reason})` });
      }
    }
  };

  for (const d of r.documents) {
    for (const p of d.excludedPassages) {
      for (const end of [p.from, p.to]) {
        if (!normalisedText(seed, d.id).includes(normaliseQuote(end))) problems.push({ origin: d.origin, record: d.id, message: `excluded passage bound not found: "${end}"` });
      }
    }
  }
  for (const o of r.organisations) quoted(o.origin, o.id, o);
  for (const x of r.roles) {
    quoted(x.origin, x.id, x);
    ref(x.origin, x.id, 'organisation', x.organisation, ['organisation']);
  }
  for (const p of r.people) quoted(p.origin, p.id, p);
  r.holdings.forEach((h, i) => {
    const label = `holding ${h.person}@${h.role}#${i + 1}`;
    quoted(h.origin, label, h);
    ref(h.origin, label, 'person', h.person, ['person']);
    ref(h.origin, label, 'role', h.role, ['role']);
  });
  for (const x of r.inspections) {
    quoted(x.origin, x.id, x);
    ref(x.origin, x.id, 'organisation', x.organisation, ['organisation']);
    x.reportedIn.forEach((d) => ref(x.origin, x.id, 'reportedIn', d, ['document']));
    x.ledBy.forEach((p) => ref(x.origin, x.id, 'ledBy', p, ['person']));
  }
  for (const j of r.judgements) {
    quoted(j.origin, j.id, j);
    ref(j.origin, j.id, 'inspection', j.inspection, ['inspection']);
  }
  for (const f of r.findings) {
    quoted(f.origin, f.id, f);
    ref(f.origin, f.id, 'inspection', f.inspection, ['inspection']);
    f.themes.forEach((t) => ref(f.origin, f.id, 'themes', t, ['theme']));
    f.supports.forEach((t) => ref(f.origin, f.id, 'supports', t, ['recommendation']));
  }
  for (const x of r.recommendations) {
    quoted(x.origin, x.id, x);
    x.evidence.forEach((e) => quoted(x.origin, x.id, e));
    ref(x.origin, x.id, 'inspection', x.inspection, ['inspection']);
    x.themes.forEach((t) => ref(x.origin, x.id, 'themes', t, ['theme']));
    x.addressedTo.forEach((t) => ref(x.origin, x.id, 'addressedTo', t, ['organisation', 'role']));
  }
  for (const a of r.actions) {
    quoted(a.origin, a.id, a);
    a.owners.forEach((t) => ref(a.origin, a.id, 'owners', t, ['role']));
    a.respondsTo.forEach((t) => ref(a.origin, a.id, 'respondsTo', t, ['recommendation', 'theme']));
    a.themes.forEach((t) => ref(a.origin, a.id, 'themes', t, ['theme']));
    ref(a.origin, a.id, 'proposedIn', a.proposedIn, ['inspection']);
  }
  for (const t of r.themes) {
    quoted(t.origin, t.id, t);
    ref(t.origin, t.id, 'parent', t.parent, ['theme']);
  }
  const seen = new Set<string>();
  for (const x of r.recurrences) {
    const label = `${x.from}→${x.to}`;
    quoted(x.origin, label, x);
    ref(x.origin, label, 'from', x.from, ['recommendation']);
    ref(x.origin, label, 'to', x.to, ['recommendation']);
    if (seen.has(label)) problems.push({ origin: x.origin, record: label, message: 'duplicate recurrence link' });
    seen.add(label);
  }
  return problems;
}

const normalisedCache = new WeakMap<Seed, Map<string, string>>();
function normalisedText(seed: Seed, docId: string): string {
  let cache = normalisedCache.get(seed);
  if (!cache) normalisedCache.set(seed, (cache = new Map()));
  let t = cache.get(docId);
  if (t === undefined) cache.set(docId, (t = normaliseQuote(seed.texts.get(docId) ?? '')));
  return t;
}
