// Files the tool must refuse with a clear, coded error: empty, binary, unreadable, item-less, bad arguments.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseReport } from '../../src/ingest/analyse.js';
import { parseLexicon } from '../../src/ingest/lexicon.js';
import { readReport } from '../../src/ingest/source.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ingest-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('readReport', () => {
  it.each([
    ['an empty file', () => file('empty.txt', ''), 'INGEST_EMPTY', /is empty/],
    ['a file of blank lines', () => file('blank.txt', '\n \n\t\n'), 'INGEST_EMPTY', /no words/],
    [
      'a PDF',
      () => file('report.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'),
      'INGEST_BINARY',
      /is a PDF but was sent as text/,
    ],
    [
      'a binary file',
      () => file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      'INGEST_BINARY',
      /binary file/,
    ],
    [
      'control characters',
      () => file('noise.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 ? 0x41 : 0x07)))),
      'INGEST_BINARY',
      /does not look like text/,
    ],
    ['a missing file', () => path.join(dir, 'missing.txt'), 'INGEST_UNREADABLE', /no such file/],
    [
      'a directory',
      () => {
        mkdirSync(path.join(dir, 'folder'), { recursive: true });
        return path.join(dir, 'folder');
      },
      'INGEST_UNREADABLE',
      /is a directory/,
    ],
  ])('refuses %s', (_what, make, code, message) => {
    const target = make();
    expect(() => readReport(target)).toThrow(
      expect.objectContaining({ code, message: expect.stringMatching(message) }),
    );
  });

  it('reads UTF-8 (dropping a byte-order mark) and Windows-1252 text', () => {
    expect(readReport(file('bom.txt', '\uFEFFRecommendations'))).toBe('Recommendations');
    expect(
      readReport(
        file('cp1252.txt', Buffer.from([0x43, 0x68, 0x69, 0x6c, 0x64, 0x92, 0x73, 0x20, 0x76, 0x69, 0x65, 0x77, 0x73])),
      ),
    ).toBe('Child\u2019s views');
  });
});

describe('analyseReport', () => {
  const lexicon = parseLexicon('themes:\n  theme-supervision:\n    supervision: 1.6\n');
  const analyse = (text: string, overrides = {}) =>
    analyseReport({ file: 'letter-2025.txt', text, overrides, earlier: [], themeNames: new Map(), lexicon });

  it('refuses a document with nothing to propose (no event, judgement, person in a role, organisation, finding or item)', () => {
    expect(() =>
      analyse('Dear Director\n\nThis letter summarises the visit on 3 March 2025.\n\nSupervision is regular.\n'),
    ).toThrow(
      expect.objectContaining({
        code: 'INGEST_NOTHING_TO_PROPOSE',
        message: expect.stringMatching(/nothing to propose.*Nothing was written/s),
      }),
    );
  });

  it('refuses bad --kind and --date values, and a report with no date at all', () => {
    const report = 'What needs to improve\n\n- Supervision of staff.\n';
    expect(() => analyse(report, { kind: 'INSPECTION', date: '2025' })).toThrow(
      expect.objectContaining({
        code: 'INGEST_BAD_ARGUMENTS',
        message: expect.stringMatching(/--kind must be one of/),
      }),
    );
    expect(() => analyse(report, { date: '5 May 2025' })).toThrow(/--date must be YYYY/);
    expect(() =>
      analyseReport({ file: 'letter.txt', text: report, earlier: [], themeNames: new Map(), lexicon }),
    ).toThrow(/pass --date/);
    expect(analyse(report, { date: '2025-05' }).metadata).toMatchObject({
      year: 2025,
      date: '2025-05',
      slug: '2025-letter',
    });
  });
});
