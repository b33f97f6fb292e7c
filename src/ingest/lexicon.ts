// The theme lexicon (seed/theme-lexicon.yaml): leaf theme id → terms with weights. Terms are stemmed once
// here with the same tokenizer the tagger uses, so the file can be written in plain English.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { IngestError } from './errors.js';
import { tokenize } from './tokens.js';

export const DEFAULT_LEXICON_FILE = path.resolve(import.meta.dirname, '../../seed/theme-lexicon.yaml');

const LexiconFile = z.strictObject({
  themes: z.record(z.string().regex(/^theme-[a-z0-9-]+$/), z.record(z.string().min(1), z.number().positive().max(5))),
});

export interface LexiconTerm {
  /** As written in the lexicon, for explanations. */
  term: string;
  weight: number;
  stems: string[];
}

export type Lexicon = Map<string, LexiconTerm[]>;

export function parseLexicon(source: string, origin = 'theme lexicon'): Lexicon {
  let raw: unknown;
  try {
    raw = parse(source, { schema: 'core', uniqueKeys: true });
  } catch (err) {
    throw new IngestError('INGEST_LEXICON_INVALID', `${origin}: not valid YAML: ${(err as Error).message}`);
  }
  const parsed = LexiconFile.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join(' › ') || '(file)'}: ${i.message}`);
    throw new IngestError('INGEST_LEXICON_INVALID', `${origin}: invalid\n${lines.join('\n')}`);
  }
  const lexicon: Lexicon = new Map();
  for (const [themeId, terms] of Object.entries(parsed.data.themes)) {
    // Spellings that stem alike ("assessment", "assessments") are one term: keep the heavier weight.
    const byStems = new Map<string, LexiconTerm>();
    for (const [term, weight] of Object.entries(terms)) {
      const stems = tokenize(term).map((t) => t.stem);
      if (!stems.length)
        throw new IngestError('INGEST_LEXICON_INVALID', `${origin}: ${themeId} › "${term}" has no content words`);
      const key = stems.join(' ');
      const seen = byStems.get(key);
      if (!seen || seen.weight < weight) byStems.set(key, { term, weight, stems });
    }
    lexicon.set(themeId, [...byStems.values()]);
  }
  return lexicon;
}

export function loadLexicon(file = DEFAULT_LEXICON_FILE): Lexicon {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new IngestError('INGEST_LEXICON_INVALID', `cannot read the theme lexicon ${file}: ${(err as Error).message}`);
  }
  return parseLexicon(source, path.relative(process.cwd(), file) || file);
}

/** Problems between the lexicon and the graph's leaf themes: leaves without terms, ids that are not leaves. */
export function lexiconProblems(lexicon: Lexicon, leafThemeIds: readonly string[]): string[] {
  const leaves = new Set(leafThemeIds);
  const problems: string[] = [];
  for (const id of lexicon.keys()) if (!leaves.has(id)) problems.push(`${id} is not a leaf theme of the graph`);
  for (const id of leaves) if (!lexicon.get(id)?.length) problems.push(`leaf theme ${id} has no lexicon terms`);
  return problems;
}
