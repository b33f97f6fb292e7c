// Theme tagging by lexicon: every lexicon term found in the text adds its weight to its theme. Explainable
// by construction: a tag lists the terms that produced it.
import type { Lexicon } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import type { ThemeTag } from './types.js';

export interface TaggingOptions {
  /** A theme needs at least this score (0..1) to be tagged. */
  minScore: number;
  /** …and at least this share of the best theme's score. */
  relativeToBest: number;
  maxThemes: number;
}

export const DEFAULT_TAGGING: TaggingOptions = { minScore: 0.45, relativeToBest: 0.55, maxThemes: 3 };

interface Match {
  themeId: string;
  term: string;
  weight: number;
  start: number;
  end: number;
}

/** Every theme with any matched term, best first (the full picture, for explanations). */
export function scoreThemes(text: string, lexicon: Lexicon): ThemeTag[] {
  const tokens = tokenize(text);
  const matches = findMatches(tokens, lexicon);
  // A longer phrase covers the terms inside it ("early help assessment" is not also an "assessment").
  const kept = matches.filter(
    (m) => !matches.some((o) => o.end - o.start > m.end - m.start && o.start <= m.start && o.end >= m.end),
  );
  const byTheme = new Map<string, Map<string, number>>();
  for (const m of kept) {
    const terms = byTheme.get(m.themeId) ?? new Map<string, number>();
    terms.set(m.term, m.weight);
    byTheme.set(m.themeId, terms);
  }
  return [...byTheme.entries()]
    .map(([id, terms]) => {
      const sum = [...terms.values()].reduce((a, b) => a + b, 0);
      return {
        id,
        score: round(1 - Math.exp(-sum)),
        terms: [...terms.entries()].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight),
      };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** The themes an item is tagged with: strong enough on their own and close to the best one. */
export function tagThemes(text: string, lexicon: Lexicon, options: TaggingOptions = DEFAULT_TAGGING): ThemeTag[] {
  const all = scoreThemes(text, lexicon);
  const best = all[0]?.score ?? 0;
  return all
    .filter((t) => t.score >= options.minScore && t.score >= best * options.relativeToBest)
    .slice(0, options.maxThemes);
}

function findMatches(tokens: readonly Token[], lexicon: Lexicon): Match[] {
  const matches: Match[] = [];
  for (const [themeId, terms] of lexicon) {
    for (const term of terms) {
      for (let i = 0; i + term.stems.length <= tokens.length; i++) {
        if (
          !term.stems.every(
            (s, k) =>
              tokens[i + k]!.stem === s && (k === 0 || tokens[i + k]!.position - tokens[i + k - 1]!.position <= 3),
          )
        )
          continue;
        matches.push({ themeId, term: term.term, weight: term.weight, start: i, end: i + term.stems.length });
      }
    }
  }
  return matches;
}

export const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
