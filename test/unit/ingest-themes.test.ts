// Theme tagging by lexicon: explanations (matched terms, scores), phrase precedence, and the lexicon file
// agreeing with the theme taxonomy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lexiconProblems, loadLexicon, parseLexicon } from '../../src/ingest/lexicon.js';
import { scoreThemes, tagThemes } from '../../src/ingest/themes.js';

const lexicon = parseLexicon(`
themes:
  theme-supervision:
    supervision: 1.6
    reflection: 0.6
  theme-assessment-quality:
    assessments: 1.2
    parenting capacity: 1.0
  theme-early-help:
    early help: 1.6
    early help assessment: 1.6
  theme-caseloads:
    caseloads: 1.8
`);

describe('tagThemes', () => {
  it('explains each tag with the matched terms and a score from their weights', () => {
    const tags = tagThemes('Supervision is regular; assessments ignore parenting capacity.', lexicon);
    expect(tags).toEqual([
      {
        id: 'theme-assessment-quality',
        score: Number((1 - Math.exp(-2.2)).toFixed(3)),
        terms: [
          { term: 'assessments', weight: 1.2 },
          { term: 'parenting capacity', weight: 1.0 },
        ],
      },
      {
        id: 'theme-supervision',
        score: Number((1 - Math.exp(-1.6)).toFixed(3)),
        terms: [{ term: 'supervision', weight: 1.6 }],
      },
    ]);
  });

  it('matches inflections ("caseload" for "caseloads") and lets a longer phrase cover the words inside it', () => {
    expect(tagThemes('The caseload of each worker.', lexicon).map((t) => t.id)).toEqual(['theme-caseloads']);
    const tags = scoreThemes('Early help assessments are not consistently good.', lexicon);
    expect(tags.map((t) => [t.id, t.terms.map((x) => x.term)])).toEqual([
      ['theme-early-help', ['early help assessment']],
    ]);
  });

  it('drops weak themes and those far below the best one', () => {
    expect(tagThemes('Some reflection.', lexicon)).toEqual([
      { id: 'theme-supervision', score: 0.451, terms: [{ term: 'reflection', weight: 0.6 }] },
    ]);
    expect(
      tagThemes('Supervision and caseloads, with reflection.', lexicon, {
        minScore: 0.45,
        relativeToBest: 0.95,
        maxThemes: 3,
      }).map((t) => t.id),
    ).toEqual(['theme-supervision']);
    expect(
      tagThemes('Supervision and caseloads, with reflection.', lexicon, {
        minScore: 0.45,
        relativeToBest: 0.9,
        maxThemes: 1,
      }).map((t) => t.id),
    ).toEqual(['theme-supervision']);
    expect(tagThemes('Nothing relevant here.', lexicon)).toEqual([]);
  });

  it('rejects a lexicon that is not valid', () => {
    expect(() => parseLexicon('themes: [')).toThrow(expect.objectContaining({ code: 'INGEST_LEXICON_INVALID' }));
    expect(() => parseLexicon('themes:\n  theme-x:\n    word: -1\n')).toThrow(/theme-x/);
    expect(() => parseLexicon('themes:\n  theme-x:\n    "the and of": 1\n')).toThrow(/no content words/);
  });
});

describe('seed/theme-lexicon.yaml', () => {
  const themes = (
    parse(readFileSync(path.resolve(import.meta.dirname, '../../seed/graph/themes.yaml'), 'utf8')) as {
      themes: Array<{ id: string; parent?: string }>;
    }
  ).themes;
  const leaves = themes.filter((t) => t.parent).map((t) => t.id);

  it('gives terms to every leaf theme and names no other theme', () => {
    expect(leaves.length).toBeGreaterThan(30);
    expect(lexiconProblems(loadLexicon(), leaves)).toEqual([]);
  });

  it('reports the problems it would have', () => {
    expect(
      lexiconProblems(lexicon, ['theme-supervision', 'theme-caseloads', 'theme-early-help', 'theme-adoption']),
    ).toEqual([
      'theme-assessment-quality is not a leaf theme of the graph',
      'leaf theme theme-adoption has no lexicon terms',
    ]);
  });
});
