// Document formats: HTML and PDF become the text the graph stores, and quotes are verbatim against it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../src/ingest/analyse.js';
import { documentText, formatOf } from '../../src/ingest/formats.js';
import { parseLexicon } from '../../src/ingest/lexicon.js';

const lexicon = parseLexicon('themes:\n  theme-supervision:\n    supervision: 1.6\n');
const ROLES = [{ id: 'role-dcs', name: "Director of Children's Services (DCS)" }];

describe('document formats', () => {
  it('reads HTML as text (scripts, styles, navigation and link targets dropped) and finds the holding in it', async () => {
    const html = `<html><head><title>x</title><style>p { color: red }</style><script>alert(1)</script></head><body>
      <nav><a href="/">Home</a></nav>
      <h1>Council appoints interim Director of Children's Services</h1>
      <p>Published: 3 February 2025</p>
      <p>The council has appointed <a href="https://example.org/sam">Sam Placeholder</a> as interim Director of Children's Services, with effect from 3 February 2025.</p>
      </body></html>`;
    const text = await documentText(Buffer.from(html), 'HTML', 'release.html');
    expect(text).not.toMatch(/alert|color|Home|example\.org/);
    expect(text).toContain(
      "The council has appointed Sam Placeholder as interim Director of Children's Services, with effect from 3 February 2025.",
    );
    const analysis = analyseReport({
      file: 'release.html',
      text,
      earlier: [],
      themeNames: new Map(),
      lexicon,
      known: { roles: ROLES },
    });
    expect(analysis.holdings).toEqual([
      expect.objectContaining({
        personName: 'Sam Placeholder',
        role: { id: 'role-dcs', name: ROLES[0]!.name },
        from: '2025-02-03',
        capacity: 'INTERIM',
        attestedOn: null,
      }),
    ]);
    expect(text).toContain(analysis.holdings[0]!.quote);
  });

  it('reads a PDF through its text layer line by line, and recognises it by its header whatever its name', async () => {
    const pdf = readFileSync(path.resolve(import.meta.dirname, '../documents/2021-focused-visit-letter.pdf'));
    expect(formatOf('letter.txt', pdf)).toBe('PDF');
    const text = await documentText(pdf, 'PDF', 'letter.pdf');
    expect(text).toContain(
      "This letter summarises the findings of a focused visit to Tameside children's services on 12 and 13 May 2021.",
    );
    expect(text).toContain('\n\nWhat needs to improve in this area of social work practice\n\n');
  });

  it('refuses a file sent as a PDF that is not one', async () => {
    await expect(documentText(Buffer.from('hello'), 'PDF', 'x.pdf')).rejects.toMatchObject({
      code: 'INGEST_UNREADABLE',
    });
  });
});
