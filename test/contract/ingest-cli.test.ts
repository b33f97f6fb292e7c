// `npm run ingest` as a user runs it: exit codes, messages, --dry-run leaving no trace, --json, a locked
// embedded graph failing at once, and a real run into a fresh embedded data directory.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/graph/open.js';
import { loadSeed } from '../../src/seed/load.js';
import { CURATOR_TOKEN, startApi } from '../support/api.js';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LETTER = `Monitoring visit to Tameside children's services

3 March 2025

Areas for improvement

1. The recruitment and retention of social workers, to reduce caseloads and the number of
changes of social worker for children.

2. The quality of supervision and management oversight of children's plans.
`;
const letter = path.join(dir, '2025-monitoring-visit.txt');
writeFileSync(letter, LETTER);

function ingest(args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.NEO4J_URI;
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/ingest/cli.ts'), ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, ms: Date.now() - started };
}

/** The CLI run without blocking this process (a server in this process must answer it). */
async function ingestAsync(args: string[], env: NodeJS.ProcessEnv) {
  const full: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...env };
  delete full.NEO4J_URI;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'src/ingest/cli.ts'), ...args],
      { cwd: root, env: full, encoding: 'utf8', timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ingest', () => {
  it('refuses an empty file with a coded message and creates nothing', () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const data = path.join(dir, 'data-empty');
    const run = ingest([empty], data);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ingest failed (INGEST_EMPTY): ${empty} is empty`);
    expect(existsSync(data)).toBe(false);
  });

  it('explains its usage when no file is given', () => {
    const run = ingest([], path.join(dir, 'data-usage'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no report file given[\s\S]*Usage: npm run ingest -- <file>/);
  });

  it('--dry-run prints the summary, writes the JSON and leaves no embedded graph behind', () => {
    const data = path.join(dir, 'data-dry');
    const json = path.join(dir, 'out.json');
    const run = ingest([letter, '--dry-run', '--json', json, '--quiet'], data);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('DRY RUN: nothing was written.');
    expect(run.stdout).toContain('rec-2025-monitoring-visit-01  IMPROVEMENT_AREA  [Areas for improvement, 1]');
    expect(existsSync(data)).toBe(false);
    const out = JSON.parse(readFileSync(json, 'utf8'));
    expect(out.document).toMatchObject({
      id: 'doc-2025-monitoring-visit',
      inspectionKind: 'MONITORING_VISIT',
      date: '2025-03-03',
      written: false,
    });
    expect(out.items).toHaveLength(2);
    const [first] = out.items;
    expect(first).toMatchObject({ kind: 'IMPROVEMENT_AREA', locator: 'Areas for improvement, 1' });
    expect(first.text).toBe(
      'The recruitment and retention of social workers, to reduce caseloads and the number of changes of social worker for children.',
    );
    expect(first.themes[0]).toEqual({
      id: 'theme-recruitment-retention',
      score: expect.any(Number),
      terms: ['recruitment', 'retention'],
    });
    expect(first.recurrenceCandidates[0]).toEqual(
      expect.objectContaining({
        id: 'rec-2023-11',
        score: expect.any(Number),
        explanation: expect.stringContaining('Recruitment and retention'),
      }),
    );
  });

  it('fails at once, saying why, when the embedded graph is locked by another process', async () => {
    const data = path.join(dir, 'data-locked');
    const holder = openStore({ backend: 'embedded', dataDir: data });
    try {
      const run = ingest([letter, '--quiet'], data);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /ingest failed \(STORE_UNAVAILABLE\): cannot open the embedded graph .*Another process/,
      );
      expect(run.ms).toBeLessThan(20_000);
    } finally {
      await holder.close();
    }
  });

  it('a real run seeds an empty embedded graph, writes the report, and refuses it a second time', () => {
    const data = path.join(dir, 'data-real');
    const first = ingest([letter, '--quiet'], data);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('loading the curated seed first');
    expect(first.stdout).toMatch(
      /Written in one transaction: 1 document, 1 event\(s\), 0 link\(s\) to an existing event, 2 item\(s\), \d+ finding\(s\), .*\d+ theme tag\(s\), \d+ finding link\(s\), [1-9]\d* suggested RECURS_AS link\(s\). All of it has status SUGGESTED/,
    );
    const second = ingest([letter, '--quiet'], data);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('ingest failed (INGEST_ALREADY_INGESTED)');
  }, 120_000);

  it('goes through the running server that holds the embedded graph, dry run included', async () => {
    const data = path.join(dir, 'data-served');
    const store = openStore({ backend: 'embedded', dataDir: data });
    await loadSeed(store);
    const api = await startApi(store);
    try {
      const env = { DATA_DIR: data, PORT: new URL(api.url).port, CURATOR_TOKEN };
      const json = path.join(dir, 'served.json');
      const dry = await ingestAsync([letter, '--dry-run', '--quiet', '--json', json], env);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stderr).toContain('held by another process; asking the server');
      expect(dry.stdout).toContain('DRY RUN: nothing was written');
      expect(JSON.parse(readFileSync(json, 'utf8')).document).toMatchObject({
        id: 'doc-2025-monitoring-visit',
        written: false,
        alreadyIngested: false,
      });
      const real = await ingestAsync([letter, '--quiet'], env);
      expect(real.code, real.stderr).toBe(0);
      expect(real.stdout).toContain('Written in one transaction');
      const again = await ingestAsync([letter, '--dry-run', '--quiet'], env);
      expect(again.stdout).toContain('ALREADY INGESTED');
      const noToken = await ingestAsync([letter, '--dry-run', '--quiet'], { ...env, CURATOR_TOKEN: '' });
      expect(noToken.code).toBe(1);
      expect(noToken.stderr).toMatch(/STORE_UNAVAILABLE.*set CURATOR_TOKEN/s);
    } finally {
      await api.stop();
      await store.close();
    }
  }, 240_000);
});
