// The synthetic national generator: deterministic, labelled, and valid for the project's own seed rules.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticSeed } from '../../scripts/synthetic/generate.js';
import { checkSeed } from '../../src/seed/integrity.js';
import { readSeed } from '../../src/seed/read.js';

const dirs: string[] = [];
const generate = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'synthetic-test-'));
  dirs.push(dir);
  writeSyntheticSeed(dir, { councils: 2, years: 3 });
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('synthetic national seed', () => {
  const dir = generate();
  const seed = readSeed(dir);
  const curated = readSeed();

  it('passes the seed schema and every integrity rule', () => {
    expect(checkSeed(seed)).toEqual([]);
  });

  it('keeps the curated records as they are and labels every generated one', () => {
    const curatedIds = new Set(
      Object.values(curated.records)
        .flat()
        .map((r: any) => r.id)
        .filter(Boolean),
    );
    const generated = Object.values(seed.records)
      .flat()
      .filter((r: any) => r.origin.startsWith('synthetic-'));
    expect(generated.length).toBeGreaterThan(300);
    for (const r of generated as any[]) {
      const ids = r.person ? [r.person, r.role] : r.id ? [r.id] : [r.from, r.to];
      for (const id of ids) expect(id).toMatch(/^[a-z]+-synthetic-c\d{3}-?/);
      expect(curatedIds.has(r.id)).toBe(false);
    }
    expect(seed.records.recommendations.filter((r) => !r.origin.startsWith('synthetic-'))).toEqual(
      curated.records.recommendations,
    );
    for (const doc of seed.records.documents.filter((d) => d.origin.startsWith('synthetic-'))) {
      expect(doc.title).toMatch(/^Synthetic .*generated, not a real document/);
      expect(seed.texts.get(doc.id)).toMatch(/^This is a synthetic document generated for benchmarks/);
    }
  });

  it('generates recurrence chains within a council and tags the curated taxonomy', () => {
    const links = seed.records.recurrences.filter((r) => r.origin.startsWith('synthetic-'));
    expect(links.length).toBeGreaterThan(3);
    for (const l of links)
      expect(l.from.slice(0, 'rec-synthetic-c001'.length)).toBe(l.to.slice(0, 'rec-synthetic-c001'.length));
    const leaves = new Set(curated.records.themes.filter((t) => t.parent).map((t) => t.id));
    for (const r of seed.records.recommendations.filter((x) => x.origin.startsWith('synthetic-'))) {
      expect(r.themes.every((t) => leaves.has(t))).toBe(true);
    }
  });

  it('is deterministic', () => {
    const again = generate();
    const files = readdirSync(path.join(dir, 'graph')).filter((f) => f.startsWith('synthetic-'));
    expect(files).toHaveLength(2);
    for (const f of files)
      expect(readFileSync(path.join(again, 'graph', f), 'utf8')).toBe(readFileSync(path.join(dir, 'graph', f), 'utf8'));
  });
});
