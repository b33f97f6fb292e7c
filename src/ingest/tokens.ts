// Word-level text handling shared by theme tagging, similarity and evaluation: lower-cased tokens with
// function words dropped and a light suffix-stripping stemmer, so "assessments" meets "assessment" and
// "planning" meets "plans". Deliberately simple: every step can be explained to an analyst.

const STOPWORDS = new Set(
  `a an the and or nor but of to in on for with by at from as into onto upon about over under
  is are be been was were am has have had do does did doing will would shall should must can could may might
  that this these those it its it's their theirs them they there here which who whom whose what when where why how
  so such than then too very also all any both each either neither few more most other some own same only just
  not no yes if while whilst because through throughout during before after above below up down out off again further
  once i me my we us our you your he him his she her hers one ones s t via per`
    .split(/\s+/)
    .filter(Boolean),
);

export interface Token {
  /** The stem used for matching. */
  stem: string;
  /** The word as it appeared (lower-cased), for explanations. */
  surface: string;
  /** Index among all words of the text, stopwords included, so phrases can require adjacency. */
  position: number;
}

/** Content tokens of a text, in order. */
export function tokenize(text: string): Token[] {
  const words = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032`]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const tokens: Token[] = [];
  words.forEach((word, position) => {
    if (STOPWORDS.has(word)) return;
    tokens.push({ stem: stem(word), surface: word, position });
  });
  return tokens;
}

export function stems(text: string): string[] {
  return tokenize(text).map((t) => t.stem);
}

const UNDOUBLE = /([b-df-hj-kmnp-rtv-z])\1$/;

/** Strips common English inflections (plural, -ing, -ed, -ly); leaves short words alone. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /^\d+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  return w;
}

function undouble(w: string): string {
  return UNDOUBLE.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** Adjacent content-word pairs ("return home", "home interview"), as "stem stem". */
export function bigrams(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (b.position - a.position <= 2) out.push(`${a.stem} ${b.stem}`);
  }
  return out;
}

/** Token-set Jaccard similarity of two texts (used to match extracted items to curated ones). */
export function jaccard(a: string, b: string): number {
  const sa = new Set(stems(a));
  const sb = new Set(stems(b));
  if (!sa.size || !sb.size) return 0;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / (sa.size + sb.size - shared);
}
