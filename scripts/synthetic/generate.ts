// A deterministic synthetic national graph for benchmarks and scale tests: N councils × Y years of
// inspections, written as seed files in the project's own format beside a copy of the curated seed, so the
// project's reader, integrity rules and loader take it like any other seed. Everything generated is labelled:
// file names and names start with "synthetic", ids carry it, its documents say they are generated, and it is only
// ever written to a directory the caller gives (a temp dir), never to seed/. Ids keep the project's kind
// prefixes, followed by "synthetic-cNNN" (`rec-synthetic-c042-2019-03`).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SEED_DIR, readSeed } from '../../src/seed/read.js';

export interface SyntheticOptions {
  councils: number;
  years: number;
  firstYear?: number;
  /** Items per inspection (defaults give ~75 nodes and ~260 relationships per council-year). */
  recommendations?: number;
  findings?: number;
  actions?: number;
}

export interface SyntheticReport {
  councils: number;
  years: number;
  files: number;
  records: number;
}

const ROLES = [
  { key: 'dcs', name: 'Director of children’s services', single: true },
  { key: 'chief-executive', name: 'Chief executive', single: true },
  { key: 'lead-member', name: 'Lead member for children’s services', single: true },
  { key: 'head-of-safeguarding', name: 'Head of safeguarding', single: true },
  { key: 'corporate-parenting-board', name: 'Corporate parenting board', single: false },
  { key: 'scrutiny-committee', name: 'Children’s scrutiny committee', single: false },
];
const KINDS = [
  { inspection: 'FULL_INSPECTION', item: 'RECOMMENDATION', framework: 'Synthetic full inspection' },
  { inspection: 'MONITORING_VISIT', item: 'PRIORITY_ACTION', framework: 'Synthetic monitoring visit' },
  { inspection: 'FOCUSED_VISIT', item: 'IMPROVEMENT_AREA', framework: 'Synthetic focused visit' },
  { inspection: 'MONITORING_VISIT', item: 'PRIORITY_ACTION', framework: 'Synthetic monitoring visit' },
];
const GRADES = ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];
const STATUSES = ['PROPOSED', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'UNKNOWN'];

/** mulberry32: a small seeded generator, so the same options always give the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The council part of every generated id: ids keep the project's kind prefixes (`rec-`, `role-`, …). */
export const syntheticCouncilId = (index: number) => `synthetic-c${String(index).padStart(3, '0')}`;

/** Writes the curated seed plus the synthetic councils into `dir` (seed layout: graph/ and documents/). */
export function writeSyntheticSeed(dir: string, options: SyntheticOptions): SyntheticReport {
  const { councils, years, firstYear = 2015, recommendations = 10, findings = 36, actions = 18 } = options;
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
  mkdirSync(path.join(dir, 'graph'), { recursive: true });
  // Synthetic items are tagged with the curated taxonomy's leaves: one national taxonomy is what the model
  // is built for, and it is what makes themes the busiest nodes at national size.
  const themes = readSeed().records.themes;
  const leaves = themes.filter((t) => t.parent);
  let records = 0;
  for (let c = 1; c <= councils; c++) {
    const file = councilFile(c, years, firstYear, { recommendations, findings, actions }, leaves);
    for (const [name, text] of Object.entries(file.documents)) writeFileSync(path.join(dir, 'documents', name), text);
    // YAML's JSON form: the reader parses it as JSON (the YAML parser would dominate the load at this size).
    writeFileSync(path.join(dir, 'graph', `${syntheticCouncilId(c)}.yaml`), JSON.stringify(file.records));
    records += Object.values(file.records).reduce((n, list) => n + list.length, 0);
  }
  return { councils, years, files: councils, records };
}

type Rec = Record<string, unknown>;

function councilFile(
  c: number,
  years: number,
  firstYear: number,
  sizes: { recommendations: number; findings: number; actions: number },
  leaves: Array<{ id: string; name: string }>,
) {
  const rnd = random(c * 7919 + 17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(xs))),
  ];
  const cid = syntheticCouncilId(c);
  const label = `synthetic council ${String(c).padStart(3, '0')}`;
  const r: Record<string, Rec[]> = {
    documents: [],
    organisations: [],
    roles: [],
    people: [],
    holdings: [],
    inspections: [],
    judgements: [],
    findings: [],
    recommendations: [],
    actions: [],
    recurrences: [],
  };
  const texts = new Map<string, string[]>();
  const docOf = (year: number) => `doc-${cid}-${year}`;
  /** Every quote is a sentence of the generated document it cites, so the integrity rules hold. */
  const say = (year: number, sentence: string) => {
    texts.get(docOf(year))!.push(sentence);
    return { source: docOf(year), quote: sentence, locator: `synthetic paragraph ${texts.get(docOf(year))!.length}` };
  };
  // Each council keeps returning to a few problems: recurrence needs repeated themes.
  const problems = Array.from({ length: 10 }, () => pick(leaves));

  for (let y = 0; y < years; y++) {
    const year = firstYear + y;
    texts.set(docOf(year), [
      `This is a synthetic document generated for benchmarks; ${label} and everything in it are invented.`,
    ]);
    r.documents!.push({
      id: docOf(year),
      file: `${cid}-${year}.txt`,
      title: `Synthetic inspection report ${year}, ${label} (generated, not a real document)`,
      publisher: 'Synthetic data generator',
      kind: 'INSPECTION_REPORT',
      publishedOn: `${year}-${String(1 + (c % 12)).padStart(2, '0')}`,
      licence: 'Synthetic benchmark data',
    });
  }
  r.organisations!.push({
    id: `org-${cid}`,
    name: `Synthetic council ${String(c).padStart(3, '0')}`,
    kind: 'LOCAL_AUTHORITY',
    ...say(firstYear, `${label} is a generated local authority.`),
  });
  for (const role of ROLES) {
    r.roles!.push({
      id: `role-${cid}-${role.key}`,
      name: `${role.name}, ${label}`,
      organisation: `org-${cid}`,
      singleHolder: role.single,
      ...say(firstYear, `The ${role.name.toLowerCase()} of ${label} is a generated role.`),
    });
    if (!role.single) continue;
    // A new holder every four years, the previous holding closed when the next starts.
    for (let term = 0; term * 4 < years; term++) {
      const start = firstYear + term * 4;
      const person = `person-${cid}-${role.key}-${term + 1}`;
      const name = `Synthetic person ${String(c).padStart(3, '0')}-${role.key}-${term + 1}`;
      r.people!.push({ id: person, name, ...say(start, `${name} is a generated person.`) });
      const end = start + 4 < firstYear + years ? `${start + 4}-03` : undefined;
      r.holdings!.push({
        person,
        role: `role-${cid}-${role.key}`,
        from: `${start}-04`,
        ...(end ? { to: end } : {}),
        capacity: term % 3 === 2 ? 'INTERIM' : 'PERMANENT',
        ...say(start, `${name} took up the post of ${role.name.toLowerCase()} in April ${start}.`),
      });
    }
  }

  const earlier = new Map<string, string>(); // leaf theme → latest item on it, for recurrence chains
  for (let y = 0; y < years; y++) {
    const year = firstYear + y;
    const kind = KINDS[(y + c) % KINDS.length]!;
    const insp = `insp-${cid}-${year}`;
    r.inspections!.push({
      id: insp,
      kind: kind.inspection,
      framework: kind.framework,
      organisation: `org-${cid}`,
      year,
      reportedIn: [docOf(year)],
      ...say(year, `${kind.framework} of ${label} in ${year}.`),
    });
    if (kind.inspection === 'FULL_INSPECTION') {
      for (const [i, area] of [
        'overall effectiveness',
        'help and protection',
        'children in care',
        'care leavers',
      ].entries()) {
        const grade = pick(GRADES);
        r.judgements!.push({
          id: `judg-${cid}-${year}-${i + 1}`,
          inspection: insp,
          area,
          grade,
          ...say(year, `In ${year} ${area} at ${label} was judged ${grade.toLowerCase().replace(/_/g, ' ')}.`),
        });
      }
    }
    const items: Array<{ id: string; themes: string[] }> = [];
    for (let n = 1; n <= sizes.recommendations; n++) {
      const id = `rec-${cid}-${year}-${String(n).padStart(2, '0')}`;
      const tagged = some(problems, 2);
      const words = tagged.map((t) => leaves.find((l) => l.id === t.id)!.name.toLowerCase()).join(' and ');
      r.recommendations!.push({
        id,
        inspection: insp,
        number: n,
        kind: kind.item,
        addressedTo: [`role-${cid}-${pick(ROLES).key}`],
        themes: tagged.map((t) => t.id),
        ...say(year, `Synthetic item ${n} of ${year} for ${label}: improve ${words}.`),
      });
      items.push({ id, themes: tagged.map((t) => t.id) });
      // Half the items ask again for an earlier item on the same theme (one incoming link each, so chains form).
      const shared = tagged.map((t) => t.id).find((t) => earlier.has(t));
      if (shared && rnd() < 0.5) {
        r.recurrences!.push({
          from: earlier.get(shared),
          to: id,
          basis: rnd() < 0.5 ? 'CURATED' : 'THEME',
          score: Math.round(50 + 50 * rnd()) / 100,
          explanation: `Both synthetic items concern ${leaves.find((l) => l.id === shared)!.name.toLowerCase()}.`,
          aspect: { themes: [shared], words: `improve ${words}` },
          ...say(year, `Item ${n} of ${year} repeats an earlier synthetic request of ${label}.`),
        });
      }
    }
    for (const item of items) for (const t of item.themes) earlier.set(t, item.id);
    for (let n = 1; n <= sizes.findings; n++) {
      const supported = some(items, 2);
      const tagged = [...new Set(supported.flatMap((i) => i.themes))].slice(0, 2);
      r.findings!.push({
        id: `find-${cid}-${year}-${String(n).padStart(2, '0')}`,
        inspection: insp,
        polarity: pick(['STRENGTH', 'WEAKNESS', 'WEAKNESS', 'CONTEXT']),
        themes: tagged,
        supports: supported.map((i) => i.id),
        ...say(year, `Synthetic finding ${n} of ${year} at ${label}.`),
      });
    }
    for (let n = 1; n <= sizes.actions; n++) {
      const target = pick(items);
      const onTheme = rnd() < 0.1;
      r.actions!.push({
        id: `act-${cid}-${year}-${String(n).padStart(2, '0')}`,
        status: pick(STATUSES),
        owners: some(ROLES, 2).map((role) => `role-${cid}-${role.key}`),
        respondsTo: [onTheme ? target.themes[0] : target.id],
        proposedIn: insp,
        themes: [target.themes[0]],
        ...say(year, `Synthetic action ${n} of ${year} at ${label}.`),
      });
    }
  }
  const documents = Object.fromEntries(
    [...texts].map(([doc, lines]) => [`${doc.replace(/^doc-/, '')}.txt`, `${lines.join('\n\n')}\n`]),
  );
  return { records: r, documents };
}
