// The curation review of recurrence: for every group a source makes of items (the commissioner's Appendix 2
// groups), each earlier × later pair and what was decided about it — linked (with the aspect that recurs),
// reached through an aspect-consistent chain, considered and not recurring (with the reason), or undecided.
// Pure: the caller supplies the groups, links and decisions from the seed or the graph.
import { carriedThemes, type DirectLink, pathsFrom } from './chains.js';

export interface ReviewGroup {
  id: string;
  name: string;
  members: readonly string[];
}
export interface NotRecurringDecision {
  from: string;
  to: string;
  reason: string;
}

export type PairDecision =
  | { kind: 'LINKED'; themes: string[]; words: string; score: number | null }
  | { kind: 'CHAIN'; path: string[]; themes: string[] }
  | { kind: 'NOT_RECURRING'; reason: string }
  /** Both linked (directly or by a chain) and recorded as not recurring: a contradiction to resolve. */
  | { kind: 'CONFLICT'; reason: string; path: string[] }
  | { kind: 'UNDECIDED' };

export interface ReviewedPair {
  group: string;
  from: string;
  to: string;
  decision: PairDecision;
}

/**
 * Every earlier × later pair of every group (items of the same year are not paired), in group order and
 * then by the members' order.
 */
export function reviewGroups(
  groups: readonly ReviewGroup[],
  yearOf: ReadonlyMap<string, number>,
  links: readonly DirectLink[],
  notRecurring: readonly NotRecurringDecision[],
): ReviewedPair[] {
  const negative = new Map(notRecurring.map((d) => [`${d.from}→${d.to}`, d.reason]));
  const out: ReviewedPair[] = [];
  for (const g of groups) {
    for (const from of g.members) {
      const chains = pathsFrom(from, links)
        .filter((p) => carriedThemes(p.links).length > 0)
        .sort((a, b) => a.links.length - b.links.length);
      for (const to of g.members) {
        if ((yearOf.get(from) ?? 0) >= (yearOf.get(to) ?? 0)) continue;
        const reached = chains.find((p) => p.ids.at(-1) === to);
        const reason = negative.get(`${from}→${to}`);
        let decision: PairDecision;
        if (reached && reason !== undefined) decision = { kind: 'CONFLICT', reason, path: reached.ids };
        else if (reached && reached.links.length === 1) {
          const link = reached.links[0]!;
          decision = {
            kind: 'LINKED',
            themes: [...(link.aspectThemes ?? [])],
            words: link.aspectWords ?? '',
            score: link.score,
          };
        } else if (reached) decision = { kind: 'CHAIN', path: reached.ids, themes: carriedThemes(reached.links) };
        else if (reason !== undefined) decision = { kind: 'NOT_RECURRING', reason };
        else decision = { kind: 'UNDECIDED' };
        out.push({ group: g.id, from, to, decision });
      }
    }
  }
  return out;
}

/** Pairs that stop the review passing: undecided ones and contradictions. */
export function openPairs(pairs: readonly ReviewedPair[]): ReviewedPair[] {
  return pairs.filter((p) => p.decision.kind === 'UNDECIDED' || p.decision.kind === 'CONFLICT');
}
