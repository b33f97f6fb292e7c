// Integrity rules for ownership: the owner is the actor the text names; a party the text says agrees, is
// consulted, supports, oversees or challenges is a participant with those words, never an owner.
import { normaliseQuote } from '../text/normalise.js';
import type { Problem } from './problem.js';
import type { Seed } from './read.js';

/**
 * Phrases that name a party taking part in someone else's action ("agreed by the Commissioner", "in
 * consultation with the long-term Commissioner", "supported by the Strategic Partner"); group 2 is the party.
 */
const PARTICIPATION = /\b(agreed by|agreed with|consultation with|supported by|overseen by|challenged by)\s+(?:the\s+)?(?:long-term\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/g;

/** Each participation phrase in a quote: the phrase as written and the party it names. */
export function participationPhrases(quote: string): Array<{ phrase: string; party: string }> {
  return [...normaliseQuote(quote).matchAll(PARTICIPATION)].map((m) => ({ phrase: m[0], party: m[2]! }));
}

export function checkOwnership(seed: Seed): Problem[] {
  const r = seed.records;
  const problems: Problem[] = [];
  const names = new Map<string, string>([
    ...r.roles.map((x) => [x.id, x.name] as const),
    ...r.organisations.map((x) => [x.id, x.name] as const),
  ]);
  for (const a of r.actions) {
    const quote = normaliseQuote(a.quote);
    const problem = (message: string) => problems.push({ origin: a.origin, record: a.id, message });
    for (const p of a.participants) {
      if (!names.has(p.party)) problem(`participants: unknown role or organisation ${p.party}`);
      if (!quote.includes(normaliseQuote(p.words))) problem(`participants: "${p.words}" is not in the action's quote`);
      if (a.owners.includes(p.party)) problem(`participants: ${p.party} is also an owner`);
    }
    for (const { phrase, party } of participationPhrases(a.quote)) {
      const named = (id: string) => (names.get(id) ?? '').toLowerCase().includes(party.toLowerCase());
      for (const owner of a.owners.filter(named)) {
        problem(`owners: ${owner} is the party in "${phrase}", which takes part but does not act: record it as a participant`);
      }
      if (!a.participants.some((p) => normaliseQuote(p.words).includes(phrase) || phrase.includes(normaliseQuote(p.words)))) {
        problem(`"${phrase}" names a participant the action does not record`);
      }
    }
  }
  return problems;
}
