// Text similarity between items: TF-IDF cosine over stemmed content words, plus the share of adjacent
// word pairs ("return home", "management oversight") the two texts have in common. IDF is computed over
// the items being compared, so words every item uses ("children", "ensure") count for little.
import { bigrams, tokenize } from './tokens.js';

export interface Profile {
  /** Stem → tf-idf weight, unit length. */
  vector: Map<string, number>;
  bigrams: Set<string>;
  /** Stem → the word as first written, for explanations. */
  surface: Map<string, string>;
}

export interface Similarity {
  cosine: number;
  phrase: number;
  /** Shared words, most distinctive first. */
  sharedWords: string[];
  /** Shared adjacent pairs, as written in the first text. */
  sharedPhrases: string[];
}

export class TfIdf {
  private readonly df = new Map<string, number>();
  private readonly n: number;

  constructor(texts: Iterable<string>) {
    let n = 0;
    for (const text of texts) {
      n++;
      for (const stem of new Set(tokenize(text).map((t) => t.stem))) this.df.set(stem, (this.df.get(stem) ?? 0) + 1);
    }
    this.n = n;
  }

  idf(stem: string): number {
    return Math.log((this.n + 1) / ((this.df.get(stem) ?? 0) + 1)) + 1;
  }

  profile(text: string): Profile {
    const tokens = tokenize(text);
    const tf = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const t of tokens) {
      tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
      if (!surface.has(t.stem)) surface.set(t.stem, t.surface);
    }
    const vector = new Map<string, number>();
    for (const [stem, count] of tf) vector.set(stem, (1 + Math.log(count)) * this.idf(stem));
    const norm = Math.sqrt([...vector.values()].reduce((a, w) => a + w * w, 0)) || 1;
    for (const [stem, w] of vector) vector.set(stem, w / norm);
    return { vector, bigrams: new Set(bigrams(tokens)), surface };
  }

  compare(a: Profile, b: Profile): Similarity {
    let cosine = 0;
    const shared: Array<[string, number]> = [];
    for (const [stem, w] of a.vector) {
      const v = b.vector.get(stem);
      if (v === undefined) continue;
      cosine += w * v;
      shared.push([stem, w * v]);
    }
    const sharedPairs = [...a.bigrams].filter((p) => b.bigrams.has(p));
    const phrase = Math.min(a.bigrams.size, b.bigrams.size)
      ? sharedPairs.length / Math.min(a.bigrams.size, b.bigrams.size)
      : 0;
    return {
      cosine,
      phrase,
      sharedWords: shared.sort((x, y) => y[1] - x[1]).map(([stem]) => a.surface.get(stem) ?? stem),
      sharedPhrases: sharedPairs.map((p) =>
        p
          .split(' ')
          .map((s) => a.surface.get(s) ?? s)
          .join(' '),
      ),
    };
  }
}
