// Integrity rules for recurrence: every link names the part that recurs (leaf themes both items carry, the
// later item's own words), and every pair a source groups together has been decided.
import type { DirectLink } from '../domain/chains.js';
import { openPairs, reviewGroups, type ReviewedPair } from '../domain/review.js';
import { normaliseQuote } from '../text/normalise.js';
import type { Problem } from './problem.js';
import type { Seed } from './read.js';

/** Accepted curated links as the chain logic reads them. */
export function seedLinks(seed: Seed): DirectLink[] {
  return seed.records.recurrences.map((x) => ({
    from: x.from, to: x.to, basis: x.basis, status: 'ACCEPTED', score: x.score, explanation: x.explanation,
    source: x.source, quote: x.quote, locator: x.locator, aspectThemes: x.aspect.themes, aspectWords: x.aspect.words,
  }));
}

export function seedYears(seed: Seed): Map<string, number> {
  const inspectionYear = new Map(seed.records.inspections.map((i) => [i.id, i.year]));
  return new Map(seed.records.recommendations.map((x) => [x.id, inspectionYear.get(x.inspection) ?? 0]));
}

/** The review of every group of the seed (see domain/review.ts). */
export function reviewSeed(seed: Seed): ReviewedPair[] {
  const r = seed.records;
  return reviewGroups(r.groups, seedYears(seed), seedLinks(seed), r.notRecurring);
}

export function checkRecurrences(seed: Seed): Problem[] {
  const r = seed.records;
  const problems: Problem[] = [];
  const items = new Map(r.recommendations.map((x) => [x.id, x]));
  const leaves = new Set(r.themes.filter((t) => t.parent).map((t) => t.id));
  const years = seedYears(seed);

  for (const x of r.recurrences) {
    const label = `${x.from}→${x.to}`;
    const from = items.get(x.from);
    const to = items.get(x.to);
    if (!from || !to) continue;
    for (const theme of x.aspect.themes) {
      if (!leaves.has(theme)) problems.push({ origin: x.origin, record: label, message: `aspect: ${theme} is not a leaf theme` });
      else if (!from.themes.includes(theme) || !to.themes.includes(theme)) {
        problems.push({ origin: x.origin, record: label, message: `aspect: ${theme} is not a theme of both items (a chain step must share its aspect)` });
      }
    }
    if (!normaliseQuote(to.text ?? to.quote).includes(normaliseQuote(x.aspect.words))) {
      problems.push({ origin: x.origin, record: label, message: `aspect words are not the later item's words: "${x.aspect.words.slice(0, 60)}"` });
    }
  }

  const groupIds = new Set<string>();
  for (const g of r.groups) {
    groupIds.add(g.id);
    for (const m of g.members) {
      if (!items.has(m)) problems.push({ origin: g.origin, record: g.id, message: `members: unknown recommendation ${m}` });
    }
  }
  const linked = new Set(r.recurrences.map((x) => `${x.from}→${x.to}`));
  const decided = new Set<string>();
  for (const d of r.notRecurring) {
    const label = `${d.from}→${d.to}`;
    const group = r.groups.find((g) => g.id === d.group);
    if (!group) problems.push({ origin: d.origin, record: label, message: `group: unknown group ${d.group}` });
    else if (!group.members.includes(d.from) || !group.members.includes(d.to)) {
      problems.push({ origin: d.origin, record: label, message: `not both members of ${d.group}` });
    }
    if ((years.get(d.from) ?? 0) >= (years.get(d.to) ?? 0)) problems.push({ origin: d.origin, record: label, message: 'from must be the earlier item' });
    if (linked.has(label)) problems.push({ origin: d.origin, record: label, message: 'both linked and recorded as not recurring' });
    if (decided.has(label)) problems.push({ origin: d.origin, record: label, message: 'duplicate decision' });
    decided.add(label);
  }
  if (r.groups.length && groupIds.size === r.groups.length) {
    for (const p of openPairs(reviewSeed(seed))) {
      const origin = r.groups.find((g) => g.id === p.group)?.origin ?? '';
      const message = p.decision.kind === 'CONFLICT'
        ? `recorded as not recurring but reached by the chain ${p.decision.path.join(' → ')}`
        : 'undecided: link it (with its aspect) or record it under notRecurring with a reason';
      problems.push({ origin, record: `${p.group}: ${p.from}×${p.to}`, message });
    }
  }
  return problems;
}
