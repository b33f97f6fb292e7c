// The curation review of recurrence: every pair of every Appendix 2 group is decided, and the script says so.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { DirectLink } from '../../src/domain/chains.js';
import { openPairs, reviewGroups } from '../../src/domain/review.js';
import { DEFAULT_SEED_DIR } from '../../src/seed/read.js';

const run = promisify(execFile);
const script = ['node_modules/.bin/tsx', 'scripts/curation-review.ts'];
const link = (from: string, to: string, themes: string[]): DirectLink => ({
  from,
  to,
  basis: 'CURATED',
  status: 'ACCEPTED',
  score: 0.8,
  explanation: '',
  source: null,
  quote: null,
  locator: null,
  aspectThemes: themes,
  aspectWords: 'w',
});

describe('reviewGroups', () => {
  const years = new Map([
    ['a16', 2016],
    ['b19', 2019],
    ['c23', 2023],
    ['d23', 2023],
  ]);
  const group = [{ id: 'g', name: 'G', members: ['a16', 'b19', 'c23', 'd23'] }];

  it('decides each earlier × later pair: linked, through a consistent chain, not recurring, or undecided', () => {
    const links = [link('a16', 'b19', ['x']), link('b19', 'c23', ['x']), link('b19', 'd23', ['y'])];
    const pairs = reviewGroups(group, years, links, [{ from: 'a16', to: 'd23', reason: 'asks for y only' }]);
    expect(pairs.map((p) => `${p.from}×${p.to}:${p.decision.kind}`)).toEqual([
      'a16×b19:LINKED',
      'a16×c23:CHAIN',
      'a16×d23:NOT_RECURRING',
      'b19×c23:LINKED',
      'b19×d23:LINKED',
    ]);
    expect(openPairs(pairs)).toEqual([]);
  });

  it('flags an undecided pair, and a pair both reached and recorded as not recurring', () => {
    const pairs = reviewGroups(group, years, [link('a16', 'c23', ['x'])], [{ from: 'a16', to: 'c23', reason: 'r' }]);
    expect(openPairs(pairs).map((p) => `${p.from}×${p.to}:${p.decision.kind}`)).toEqual([
      'a16×b19:UNDECIDED',
      'a16×c23:CONFLICT',
      'a16×d23:UNDECIDED',
      'b19×c23:UNDECIDED',
      'b19×d23:UNDECIDED',
    ]);
  });
});

describe('npm run curation:review', () => {
  it('passes on the curated seed: all 52 Appendix 2 pairs decided', async () => {
    const { stdout } = await run(script[0]!, [script[1]!]);
    expect(stdout).toContain(
      '52 pairs in 7 groups: 14 linked, 2 through a chain, 36 considered and not recurring, 0 undecided, 0 in conflict',
    );
    expect(stdout).toContain('rec-2016-01 × rec-2019-04: considered, does not recur');
    expect(stdout).toContain(
      'rec-2016-07 × rec-2023-07: recurs through rec-2016-07 → rec-2019-02 → rec-2023-07 on theme-child-voice',
    );
  }, 60_000);

  it('fails while a pair is undecided', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'review-'));
    try {
      cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
      const file = path.join(dir, 'graph', 'recurrences.yaml');
      const text = readFileSync(file, 'utf8');
      const decision = / {2}- from: rec-2016-08\n {4}to: rec-2023-06\n {4}group: [^\n]+\n {4}reason: [^\n]+\n/;
      expect(text).toMatch(decision);
      writeFileSync(file, text.replace(decision, ''));
      const failed = await run(script[0]!, [script[1]!, '--seed', dir]).then(
        () => null,
        (err: { code: number; stdout: string }) => err,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stdout).toContain('rec-2016-08 × rec-2023-06: UNDECIDED');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
