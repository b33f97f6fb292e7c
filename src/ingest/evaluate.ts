// Scoring of an ingest dry run against the curated graph (pure; the script scripts/ingest-eval.ts runs it).
//   items:   an extracted item matches a curated one when their token Jaccard (stemmed content words) is at
//            least 0.5 against the curated text, quote or a quote citing this document; one-to-one, best first.
//   themes:  share of matched items whose top tagged theme is among the curated item's themes.
//   links:   gold = curated RECURS_AS links into this document's curated items from earlier years; a proposed
//            link (candidate → matched curated item) is correct when it is a gold link.
import { normaliseQuote } from '../text/normalise.js';
import type { Analysis } from './analyse.js';
import { sameArea } from './event.js';
import type { IngestJson } from './summary.js';
import { jaccard } from './tokens.js';

export const MATCH_THRESHOLD = 0.5;

export interface CuratedItem {
  id: string;
  year: number;
  themes: string[];
  /** Wordings that identify it: text, quote, and quotes of other documents stating it. */
  variants: string[];
}

export interface CuratedFinding {
  id: string;
  quote: string;
  supports: string[];
}

export interface CuratedLink {
  from: string;
  to: string;
}

export interface DocumentScore {
  curated: number;
  extracted: number;
  matched: number;
  themeAgreement: { agree: number; of: number };
  links: { gold: number; proposed: number; correct: number };
  findings: { curatedBacking: number; extracted: number; matchingCurated: number };
  /** Extracted index → curated id. */
  pairs: Map<number, string>;
}

export function matchItems(extracted: readonly string[], curated: readonly CuratedItem[]): Map<number, string> {
  const scored: Array<{ i: number; id: string; score: number }> = [];
  extracted.forEach((text, i) => {
    for (const c of curated) {
      const score = Math.max(...c.variants.map((v) => jaccard(text, v)));
      if (score >= MATCH_THRESHOLD) scored.push({ i, id: c.id, score });
    }
  });
  const pairs = new Map<number, string>();
  const taken = new Set<string>();
  for (const s of scored.sort((a, b) => b.score - a.score)) {
    if (pairs.has(s.i) || taken.has(s.id)) continue;
    pairs.set(s.i, s.id);
    taken.add(s.id);
  }
  return pairs;
}

export function scoreDocument(
  analysis: Analysis | null,
  curated: readonly CuratedItem[],
  curatedFindings: readonly CuratedFinding[],
  links: readonly CuratedLink[],
): DocumentScore {
  const items = analysis?.items ?? [];
  const pairs = matchItems(
    items.map((i) => i.text),
    curated,
  );
  const byId = new Map(curated.map((c) => [c.id, c]));
  const yearOf = (id: string) => Number(/^rec-(\d{4})/.exec(id)?.[1] ?? NaN);

  let agree = 0;
  for (const [i, id] of pairs) {
    const top = items[i]!.themes[0]?.id;
    if (top && byId.get(id)!.themes.includes(top)) agree++;
  }

  const curatedIds = new Set(curated.map((c) => c.id));
  const gold = new Set(
    links.filter((l) => curatedIds.has(l.to) && yearOf(l.from) < yearOf(l.to)).map((l) => `${l.from}→${l.to}`),
  );
  let proposed = 0;
  const correct = new Set<string>();
  for (const [i, id] of pairs) {
    for (const c of items[i]!.recurrenceCandidates) {
      proposed++;
      if (gold.has(`${c.id}→${id}`)) correct.add(`${c.id}→${id}`);
    }
  }

  const backing = curatedFindings.filter((f) => f.supports.length);
  const findings = analysis?.findings ?? [];
  const matchesCurated = (text: string) => curatedFindings.some((f) => sameFinding(text, f.quote));
  return {
    curated: curated.length,
    extracted: items.length,
    matched: pairs.size,
    themeAgreement: { agree, of: pairs.size },
    links: { gold: gold.size, proposed, correct: correct.size },
    findings: {
      curatedBacking: backing.length,
      extracted: findings.length,
      matchingCurated: findings.filter((f) => matchesCurated(f.text)).length,
    },
    pairs,
  };
}

/** A finding states the same thing when one contains the other or their wording overlaps by half. */
function sameFinding(extracted: string, curatedQuote: string): boolean {
  const a = normaliseQuote(extracted).toLowerCase();
  const b = normaliseQuote(curatedQuote).toLowerCase();
  return a.includes(b) || b.includes(a) || jaccard(a, b) >= MATCH_THRESHOLD;
}

export const ratio = (n: number, d: number): string => (d ? (n / d).toFixed(2) : '–');

/** Precision/recall counts of one kind of fact. */
export interface Counts {
  gold: number;
  extracted: number;
  correct: number;
}

export interface GoldHolding {
  personName: string;
  role: string;
  from: string | null;
  to: string | null;
  attestedOn: string | null;
  capacity: string | null;
}
export interface GoldFacts {
  events: string[];
  judgements: Array<{ id: string; area: string; grade: string }>;
  holdings: GoldHolding[];
}

const sameName = (a: string, b: string) => normaliseQuote(a).toLowerCase() === normaliseQuote(b).toLowerCase();

/**
 * Events, judgements and holdings of one dry run against the curated facts the document states.
 *   event:     correct when the tool recognised the curated event (the existing inspection's id).
 *   judgement: correct when it is (or matches by grade and area) a curated judgement; one-to-one.
 *   holding:   correct when person, role, a stated date (from, to or attestedOn, exactly) and capacity all
 *              agree with a curated holding; one-to-one.
 */
export function scoreFacts(
  json: IngestJson,
  gold: GoldFacts,
): { events: Counts; judgements: Counts; holdings: Counts } {
  const event = json.inspection;
  const events = {
    gold: gold.events.length,
    extracted: event ? 1 : 0,
    correct: event?.existing && gold.events.includes(event.id) ? 1 : 0,
  };

  const judged = new Set<string>();
  for (const j of json.judgements) {
    const hit = gold.judgements.find(
      (g) => !judged.has(g.id) && (j.existing === g.id || (g.grade === j.grade && sameArea(g.area, j.area))),
    );
    if (hit) judged.add(hit.id);
  }
  const held = new Set<number>();
  for (const h of json.holdings) {
    const i = gold.holdings.findIndex(
      (g, n) =>
        !held.has(n) &&
        sameName(g.personName, h.personName) &&
        g.role === h.role.id &&
        (g.capacity ?? null) === (h.capacity ?? null) &&
        ((h.from !== null && h.from === g.from) ||
          (h.to !== null && h.to === g.to) ||
          (h.attestedOn !== null && h.attestedOn === g.attestedOn)),
    );
    if (i >= 0) held.add(i);
  }
  return {
    events,
    judgements: { gold: gold.judgements.length, extracted: json.judgements.length, correct: judged.size },
    holdings: { gold: gold.holdings.length, extracted: json.holdings.length, correct: held.size },
  };
}
