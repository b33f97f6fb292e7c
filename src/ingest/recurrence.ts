// Recurrence suggestions: which earlier items a new item asks for again. Each earlier item gets a score
// from three transparent parts, and the explanation names them:
//   theme  – the new item's tag score for the best leaf theme the two share (0 when none is shared);
//   text   – TF-IDF cosine of the wordings;
//   phrase – share of adjacent word pairs in common.
import type { Profile, TfIdf } from './similarity.js';
import { round } from './themes.js';
import type { EarlierItem, RecurrenceCandidate, ThemeTag } from './types.js';

export interface RankingOptions {
  weights: { theme: number; text: number; phrase: number };
  /** Candidates scoring below this are not suggested. */
  minScore: number;
  /** At most this many candidates per item. */
  limit: number;
  /** A suggestion needs at least this much text similarity, or a shared theme tagged at least themeAlone. */
  minText: number;
  themeAlone: number;
}

export const DEFAULT_RANKING: RankingOptions = {
  weights: { theme: 0.45, text: 0.4, phrase: 0.15 },
  minScore: 0.35,
  limit: 3,
  minText: 0.12,
  themeAlone: 0.6,
};

export interface NewItem {
  text: string;
  year: number;
  themes: ThemeTag[];
  profile: Profile;
}

export interface EarlierProfiled extends EarlierItem {
  profile: Profile;
}

export function profileEarlier(items: readonly EarlierItem[], tfidf: TfIdf): EarlierProfiled[] {
  return items.map((item) => ({ ...item, profile: tfidf.profile(item.text) }));
}

/** Earlier items (strictly earlier years) the new item may recur, best first. */
export function rankCandidates(
  item: NewItem,
  earlier: readonly EarlierProfiled[],
  tfidf: TfIdf,
  themeNames: ReadonlyMap<string, string>,
  options: RankingOptions = DEFAULT_RANKING,
): RecurrenceCandidate[] {
  const tagScore = new Map(item.themes.map((t) => [t.id, t.score]));
  const candidates: RecurrenceCandidate[] = [];
  for (const other of earlier) {
    if (other.year >= item.year) continue;
    const sharedThemes = other.themeIds
      .filter((id) => tagScore.has(id))
      .sort((a, b) => tagScore.get(b)! - tagScore.get(a)!);
    const theme = sharedThemes.length ? tagScore.get(sharedThemes[0]!)! : 0;
    const sim = tfidf.compare(item.profile, other.profile);
    if (sim.cosine < options.minText && theme < options.themeAlone) continue;
    const { weights } = options;
    const score =
      weights.theme * theme + weights.text * Math.min(1, sim.cosine) + weights.phrase * Math.min(1, sim.phrase);
    if (score < options.minScore) continue;
    const basis =
      weights.theme * theme >= weights.text * sim.cosine + weights.phrase * sim.phrase ? 'THEME' : 'SIMILARITY';
    const sharedWords = sim.sharedWords.slice(0, 6);
    const sharedPhrases = sim.sharedPhrases.slice(0, 3);
    candidates.push({
      id: other.id,
      score: round(score),
      basis,
      explanation: explain(other, sharedThemes, themeNames, sharedWords, sharedPhrases, sim.cosine),
      sharedThemes,
      sharedWords,
      sharedPhrases,
      components: { theme: round(theme), text: round(sim.cosine), phrase: round(sim.phrase) },
    });
  }
  return candidates.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, options.limit);
}

function explain(
  other: EarlierItem,
  sharedThemes: readonly string[],
  themeNames: ReadonlyMap<string, string>,
  words: readonly string[],
  phrases: readonly string[],
  cosine: number,
): string {
  const themes = sharedThemes.length
    ? `shares theme ${sharedThemes.map((id) => `"${themeNames.get(id) ?? id}" (${id})`).join(' and ')}`
    : 'shares no leaf theme';
  const wordPart = words.length ? `shared words: ${words.join(', ')}` : 'no shared words';
  const phrasePart = phrases.length ? `; shared phrases: ${phrases.map((p) => `"${p}"`).join(', ')}` : '';
  return `Asks again for what ${other.id} (${other.year}) asked: ${themes}; ${wordPart}${phrasePart}; text similarity ${cosine.toFixed(2)}.`;
}
