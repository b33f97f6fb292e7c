import { describe, expect, it } from 'vitest';
import { carriedThemes, type DirectLink, pathsFrom, reachedItems, recurringChains } from '../../src/domain/chains.js';

const link = (from: string, to: string, themes: string[] | null, words = 'w'): DirectLink => ({
  from,
  to,
  basis: 'CURATED',
  status: 'ACCEPTED',
  score: 0.8,
  explanation: `${from}→${to}`,
  source: null,
  quote: null,
  locator: null,
  aspectThemes: themes,
  aspectWords: words,
});

// 2016 staffing → 2023 "recruitment and retention ... and support for newly qualified social workers" → 2024.
const links = [
  link('r16-1', 'r23-11', ['recruitment']),
  link('r23-11', 'r24-8', ['recruitment']),
  link('r23-11', 'r24-6', ['nqsw']),
  link('r16-6', 'r23-11', ['nqsw']),
  link('r16-6', 'r19-1', ['oversight', 'supervision']),
  link('r19-1', 'r23-2', ['oversight']),
  link('r16-6', 'r23-2', ['oversight']),
];

describe('carriedThemes', () => {
  it.each([
    [
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      ['b'],
    ],
    [[['a'], ['b']], []],
    [[['b', 'a']], ['a', 'b']],
    [[null], []],
  ])('%j carries %j', (aspects, expected) => {
    expect(carriedThemes(aspects.map((t) => link('x', 'y', t)))).toEqual(expected);
  });
});

describe('reachedItems', () => {
  it('follows a link only while the aspect carries through', () => {
    expect(reachedItems(pathsFrom('r16-1', links)).map((r) => `${r.id}:${r.carried.join('+')}`)).toEqual([
      'r23-11:recruitment',
      'r24-8:recruitment',
    ]);
    expect(
      reachedItems(pathsFrom('r16-6', links))
        .map((r) => r.id)
        .sort(),
    ).toEqual(['r19-1', 'r23-11', 'r23-2', 'r24-6']);
  });

  it('names the shortest path and carries the union of what every consistent path carries', () => {
    const r23 = reachedItems(pathsFrom('r16-6', links)).find((r) => r.id === 'r23-2')!;
    expect(r23).toMatchObject({ depth: 1, via: 'r16-6', carried: ['oversight'] });
  });

  it('keeps a direct link that names no aspect, but never extends through it', () => {
    const loose = [link('a', 'b', null), link('b', 'c', ['x'])];
    expect(reachedItems(pathsFrom('a', loose)).map((r) => `${r.id}:${r.carried.length}`)).toEqual(['b:0']);
  });
});

describe('recurringChains', () => {
  it('keeps start items that reach the year asked, nearest first', () => {
    const year = (id: string) => Number(`20${id.slice(1, 3)}`);
    const started = ['r16-1', 'r16-6', 'r19-1'].flatMap((start) =>
      pathsFrom(start, links).map((p) => ({ ...p, start, years: p.ids.map(year) })),
    );
    const chains = recurringChains(started, 2024);
    expect(chains.map((c) => c.start).sort()).toEqual(['r16-1', 'r16-6']);
    expect(chains.find((c) => c.start === 'r16-6')!.reached.map((r) => r.id)).toEqual([
      'r19-1',
      'r23-11',
      'r23-2',
      'r24-6',
    ]);
  });
});
