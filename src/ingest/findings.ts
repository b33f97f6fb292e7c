// The findings behind the items: passages outside the item lists that back an item. Two kinds of evidence:
//   MARKED – a paragraph the report itself marks as leading to a recommendation ("… (Recommendation)");
//   SIMILARITY – a sentence stating a weakness whose wording is close to one item's (TF-IDF cosine).
// Each finding backs the one item it is closest to: cosine, plus a bonus when both are tagged with the same
// theme (so "caseloads are too high" can back an item about "workloads"). Restated items get none.
import type { Block, CleanDocument } from './clean.js';
import { sentences, wordCount, type LocatedSentence } from './sentences.js';
import type { Profile, TfIdf } from './similarity.js';
import { round } from './themes.js';
import type { ExtractedFinding, ExtractedItem, ThemeTag } from './types.js';

export interface FindingOptions {
  /** Cosine a weakness sentence needs with an item to back it. */
  minSimilarity: number;
  /** At most this many SIMILARITY findings per item (MARKED ones are all kept). */
  perItem: number;
  /** Added to the cosine, times the weaker of the two tag scores, when finding and item share a theme. */
  themeBonus: number;
}

export const DEFAULT_FINDINGS: FindingOptions = { minSimilarity: 0.25, perItem: 3, themeBonus: 0.25 };

export interface ItemEvidence {
  profile: Profile;
  themes: readonly ThemeTag[];
}

const MARKER = /\s*\((?:see )?recommendations?\)\s*\.?\s*$/i;
const WEAKNESS =
  /\b(?:not|no|lacks?|lacking|insufficient(?:ly)?|inconsistent(?:ly)?|too (?:high|long|slow|few|low|focused|limited|many)|delays?|delayed|poor|weak(?:ness|nesses)?|limited|fails?|failed|failure|inadequate|ineffective|unsuitable|unassessed|drift|over-reliant|deteriorat\w*|gaps?|variable|requires? improvement|remains? (?:too|high|low)|unable|unclear|absent)\b/i;

export function extractFindings(
  doc: CleanDocument,
  items: readonly ExtractedItem[],
  evidence: readonly ItemEvidence[],
  itemBlocks: ReadonlySet<Block>,
  tfidf: TfIdf,
  tag: (text: string) => ThemeTag[],
  options: FindingOptions = DEFAULT_FINDINGS,
): ExtractedFinding[] {
  const targets = items.map((item, index) => ({ item, index })).filter(({ item }) => !item.restated);
  if (!targets.length) return [];
  const closest = (text: string) => {
    const profile = tfidf.profile(text);
    const themes = new Map(tag(text).map((t) => [t.id, t.score]));
    let best = { index: -1, score: 0 };
    for (const { index } of targets) {
      const item = evidence[index]!;
      const shared = item.themes.filter((t) => themes.has(t.id)).map((t) => Math.min(t.score, themes.get(t.id)!));
      const score = tfidf.compare(profile, item.profile).cosine + options.themeBonus * Math.max(0, ...shared);
      if (score > best.score) best = { index, score };
    }
    return best;
  };

  const marked: ExtractedFinding[] = [];
  const similar: ExtractedFinding[] = [];
  for (const { block, locator } of locateBlocks(doc)) {
    if (block.heading || block.table || itemBlocks.has(block) || wordCount(block.content.text) < 8) continue;
    if (MARKER.test(block.content.text)) {
      const content = block.content.stripEnd(MARKER);
      const best = closest(content.text);
      if (best.index < 0) continue;
      marked.push({
        text: content.clean,
        quote: content.quote(doc.original),
        locator,
        line: block.firstLine,
        polarity: 'WEAKNESS',
        supports: best.index,
        basis: 'MARKED',
        score: round(best.score),
      });
      continue;
    }
    for (const sentence of sentences(block.content)) {
      if (!WEAKNESS.test(sentence.text) || wordCount(sentence.text) < 6) continue;
      const best = closest(sentence.text);
      if (best.index < 0 || best.score < options.minSimilarity) continue;
      similar.push({
        text: sentence.clean,
        quote: sentence.quote(doc.original),
        locator,
        line: block.firstLine,
        polarity: 'WEAKNESS',
        supports: best.index,
        basis: 'SIMILARITY',
        score: round(best.score),
      });
    }
  }
  const kept = new Map<number, number>();
  const chosen = similar
    .sort((a, b) => b.score - a.score)
    .filter((f) => {
      const n = kept.get(f.supports) ?? 0;
      kept.set(f.supports, n + 1);
      return n < options.perItem;
    });
  return [...marked, ...chosen].sort((a, b) => a.line - b.line || a.supports - b.supports);
}

/** Locators for prose blocks: "paragraph 15" for numbered paragraphs, else "<heading>, paragraph|bullet N". */
export function locateBlocks(doc: CleanDocument): Array<{ block: Block; locator: string }> {
  const out: Array<{ block: Block; locator: string }> = [];
  let heading = 'Introduction';
  let paragraph = 0;
  let bullet = 0;
  for (const block of doc.blocks) {
    if (block.heading) {
      heading = block.content.clean;
      paragraph = 0;
      bullet = 0;
      continue;
    }
    if (block.number !== null) out.push({ block, locator: `paragraph ${block.number}` });
    else if (block.bullet) out.push({ block, locator: `${heading}, bullet ${++bullet}` });
    else out.push({ block, locator: `${heading}, paragraph ${++paragraph}` });
  }
  return out;
}

const STRENGTH =
  /\b(?:improv(?:ed|ing|ement in)|progress(?:ed)?|strengthened|effective(?:ly)?|good|strong(?:er)?|well|positive(?:ly)?|timely|appropriate(?:ly)?|clear(?:er)?|robust|better|helpful|skilled|committed)\b/i;
const OUT_OF_SCOPE = /^(?:dear|yours|i am copying|this letter|thank|piccadilly|www\.|tel|email)/i;

/**
 * Findings of a document that asks for nothing in a list (a monitoring letter, a news report): each
 * sentence of the body that evaluates practice, with its polarity — WEAKNESS when it states a shortfall,
 * STRENGTH when it states progress, otherwise left out (a letter's context is not a finding).
 */
export function standaloneFindings(
  sentences: readonly LocatedSentence[],
  original: string,
  skip: ReadonlySet<string>,
): ExtractedFinding[] {
  const out: ExtractedFinding[] = [];
  for (const s of sentences) {
    const text = s.text.clean;
    if (s.locator.startsWith('heading') || wordCount(text) < 8 || OUT_OF_SCOPE.test(text) || skip.has(text)) continue;
    const weak = WEAKNESS.exec(text);
    const strong = STRENGTH.exec(text);
    if (!weak && !strong) continue;
    // "Although X has improved, Y is not …": the shortfall is the finding's point.
    const polarity = weak ? 'WEAKNESS' : 'STRENGTH';
    out.push({
      text,
      quote: s.text.quote(original),
      locator: s.locator,
      line: s.line,
      polarity,
      supports: -1,
      basis: 'STATED',
      score: 0,
    });
  }
  return out;
}
