// Cleanup of PDF-extracted text: page numbers, footnotes, running headers, broken words and paragraphs
// split by page breaks; and quotes that stay verbatim-findable in the original.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/ingest/clean.js';
import { quoteIsFindable } from '../../src/ingest/mapped.js';

const PAGE_BREAK_REPORT = [
  'Inspection findings',
  '',
  '15. Children referred for services experience serious and widespread delay in',
  'decision making. The multi-',
  'agency hub lacks sufficient capacity, and the recom-',
  'mendations of the last review were not acted on by managers at any',
  '',
  '                                           ',
  '',
  '2 The hub was reorganised in 2015.',
  '',
  '7',
  '',
  'level of the service.',
  '',
  '16. Supervision is regular2 but does not challenge drift.',
  '',
].join('\n');

describe('cleanDocument', () => {
  const doc = cleanDocument(PAGE_BREAK_REPORT);
  const paragraph = doc.blocks.find((b) => b.number === 15)!;

  it('drops page numbers and footnotes and joins a paragraph broken by a page break', () => {
    expect(doc.removed.pageNumbers).toBe(1);
    expect(doc.removed.footnoteLines).toBe(1);
    expect(paragraph.content.clean).toBe(
      'Children referred for services experience serious and widespread delay in decision making. ' +
        'The multi-agency hub lacks sufficient capacity, and the recommendations of the last review were not acted on by managers at any level of the service.',
    );
    expect(doc.blocks.some((b) => /reorganised|^7$/.test(b.content.clean))).toBe(false);
  });

  it('rejoins a word broken at a line end but keeps a real compound', () => {
    expect(paragraph.content.clean).toContain('recommendations');
    expect(paragraph.content.clean).toContain('multi-agency');
    expect(doc.removed.hyphenJoins).toBe(1);
  });

  it('removes footnote markers attached to words', () => {
    expect(doc.blocks.find((b) => b.number === 16)!.content.clean).toBe(
      'Supervision is regular but does not challenge drift.',
    );
  });

  it('quotes the longest verbatim span, never across a broken word or a page number, ending at a sentence end', () => {
    const quote = paragraph.content.quote(PAGE_BREAK_REPORT);
    expect(quote).toBe('Children referred for services experience serious and widespread delay in decision making.');
    expect(quoteIsFindable(PAGE_BREAK_REPORT, quote)).toBe(true);
    for (const block of doc.blocks) {
      const q = block.content.quote(PAGE_BREAK_REPORT);
      expect(quoteIsFindable(PAGE_BREAK_REPORT, q), q).toBe(true);
      expect(q).not.toMatch(/\b7\b|reorganised/);
    }
  });

  it('drops a running header repeated beside page numbers', () => {
    const pages = [1, 2, 3]
      .map((n) => `Inspection report: Tameside, 2025\n\nParagraph ${n} says something useful about practice.\n\n${n}\n`)
      .join('\n');
    const cleaned = cleanDocument(pages);
    expect(cleaned.removed.runningHeaders).toBe(3);
    expect(cleaned.blocks.map((b) => b.content.clean)).toEqual(
      [1, 2, 3].map((n) => `Paragraph ${n} says something useful about practice.`),
    );
  });

  it('reads markdown headings, bullets and bold markup', () => {
    const md = '### **What needs to improve**\n\n- The **quality** of plans.\n- Supervision.\n';
    const cleaned = cleanDocument(md);
    expect(cleaned.blocks.map((b) => [b.heading, b.bullet, b.content.clean])).toEqual([
      [true, false, 'What needs to improve'],
      [false, true, 'The quality of plans.'],
      [false, true, 'Supervision.'],
    ]);
    expect(quoteIsFindable(md, cleaned.blocks[1]!.content.quote(md))).toBe(true);
  });

  it('keeps tab-separated table cells, including an empty first cell', () => {
    const row = '\t<ul> \u25a0 Timeliness of permanence. \t\t<ul> \u25a0 Permanence again.';
    const [block] = cleanDocument(row).blocks;
    expect(block!.table).toBe(true);
    expect(block!.content.text.split('\t').map((c) => c.trim())).toEqual([
      '',
      '\u25a0 Timeliness of permanence.',
      '',
      '\u25a0 Permanence again.',
    ]);
  });
});
