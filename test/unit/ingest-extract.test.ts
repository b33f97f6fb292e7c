// Item extraction on small realistic snippets, and the quote invariant on the whole corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/ingest/clean.js';
import { extractItems } from '../../src/ingest/extract.js';
import { quoteIsFindable } from '../../src/ingest/mapped.js';
import type { InspectionKind } from '../../src/model/values.js';

const extract = (text: string, year = 2025, inspectionKind: InspectionKind = 'FULL_INSPECTION') =>
  extractItems(cleanDocument(text), { year, inspectionKind }).items;

describe('extractItems', () => {
  it('reads a numbered recommendations list with wrapped lines, and stops at the next heading', () => {
    const text = [
      ' Recommendations ',
      '',
      '1. Ensure that all areas of service have sufficient staff of a suitable level of ',
      'qualification and experience and that their workloads are manageable. ',
      '',
      '2. Ensure that children’s views and wishes are consistently gathered, recorded on ',
      'files and used to inform planning.  ',
      ' 3. Review and update the corporate parenting strategy. ',
      ' Summary for children and young people ',
      '',
      '4. This numbered paragraph is not a recommendation.',
    ].join('\n');
    const items = extract(text);
    expect(items.map((i) => [i.kind, i.number, i.locator])).toEqual([
      ['RECOMMENDATION', 1, 'Recommendations, 1'],
      ['RECOMMENDATION', 2, 'Recommendations, 2'],
      ['RECOMMENDATION', 3, 'Recommendations, 3'],
    ]);
    expect(items[1]!.text).toBe(
      'Ensure that children’s views and wishes are consistently gathered, recorded on files and used to inform planning.',
    );
    expect(items[1]!.quote).toBe(items[1]!.text);
  });

  it('reads a markdown "What needs to improve" bullet list as improvement areas', () => {
    const text = [
      '### **What needs to improve in this area of social work practice**',
      '',
      '- The workloads of social workers and of personal assistants in all teams.',
      '- Access to sufficient and suitable placements.',
      '',
      '## Findings',
      '',
      '- Caseloads are too high across most teams.',
    ].join('\n');
    const items = extract(text, 2021, 'FOCUSED_VISIT');
    expect(items.map((i) => [i.kind, i.number, i.locator, i.text])).toEqual([
      [
        'IMPROVEMENT_AREA',
        1,
        'What needs to improve in this area of social work practice, bullet 1',
        'The workloads of social workers and of personal assistants in all teams.',
      ],
      [
        'IMPROVEMENT_AREA',
        2,
        'What needs to improve in this area of social work practice, bullet 2',
        'Access to sufficient and suitable placements.',
      ],
    ]);
  });

  it('reads "Areas for priority action" given as paragraphs', () => {
    const text = [
      'Areas for priority action',
      '',
      'Political and corporate leaders’ understanding of the strengths and areas for improvement.',
      '',
      'Timely interventions to assess and reduce risk to children, including multi-agency strategy meetings.',
      '',
      'What needs to improve',
      '',
      '• The quality of supervision.',
    ].join('\n');
    const items = extract(text, 2022, 'FOCUSED_VISIT');
    expect(items.map((i) => [i.kind, i.locator])).toEqual([
      ['PRIORITY_ACTION', 'Areas for priority action, paragraph 1'],
      ['PRIORITY_ACTION', 'Areas for priority action, paragraph 2'],
      ['IMPROVEMENT_AREA', 'What needs to improve, bullet 1'],
    ]);
  });

  it("keeps a commissioner recommendation's sub-points and follow-on asks, not the letter's closing", () => {
    const text = [
      'Commissioner Recommendations',
      '',
      '1. The Council must embed a clear practice model. The LA needs to act through the following work:',
      '',
      ' - roll-out and embed its practice model;',
      ' - train staff and managers.',
      '2. The Council must develop new ways to attract social workers.',
      '',
      'Targets must then be set for reductions in agency social workers.',
      '',
      'Yours sincerely',
    ].join('\n');
    const items = extract(text, 2024, 'COMMISSIONER_REVIEW');
    expect(items.map((i) => [i.kind, i.number])).toEqual([
      ['COMMISSIONER_RECOMMENDATION', 1],
      ['COMMISSIONER_RECOMMENDATION', 2],
    ]);
    expect(items[0]!.text).toBe(
      'The Council must embed a clear practice model. The LA needs to act through the following work: roll-out and embed its practice model; train staff and managers.',
    );
    expect(items[1]!.text).toBe(
      'The Council must develop new ways to attract social workers. Targets must then be set for reductions in agency social workers.',
    );
  });

  it('reads a table of past outcomes, marking columns of earlier years as restated', () => {
    const text = [
      'Recommendations of Ofsted: Theme: Pursuit of Permanence',
      '',
      '2016 – Full Inspection\t2019 – Full Inspection\t2023 – Full Inspection',
      'Recommendations\tWhat needs to improve?\tWhat needs to improve?',
      '<p>11. Ensure that all care leavers have a pathway plan.</p>\t<ul> \u25a0 Timeliness of achieving permanence. \t<ul> \u25a0 The timeliness of permanence. \u25a0 The sufficiency of placements.',
    ].join('\n');
    const items = extract(text, 2024, 'COMMISSIONER_REVIEW');
    expect(items.map((i) => [i.kind, i.number, i.restated?.year, i.text])).toEqual([
      ['RECOMMENDATION', 11, 2016, 'Ensure that all care leavers have a pathway plan.'],
      ['IMPROVEMENT_AREA', 1, 2019, 'Timeliness of achieving permanence.'],
      ['IMPROVEMENT_AREA', 1, 2023, 'The timeliness of permanence.'],
      ['IMPROVEMENT_AREA', 2, 2023, 'The sufficiency of placements.'],
    ]);
    expect(items[3]!.locator).toBe(
      'Recommendations of Ofsted: Theme: Pursuit of Permanence, 2023 – Full Inspection, What needs to improve?, bullet 2',
    );
    for (const item of items) expect(quoteIsFindable(text, item.quote)).toBe(true);
  });

  it('falls back to requirements the inspectors are reported to make, one per coordinated clause', () => {
    const text = [
      'Council told to improve',
      '',
      'Ofsted added that assessments and strategy meetings must become more timely and that supervision around poor practice needed improvement, as did the council’s relationship with the police.',
      '',
      '“We recognise the need to improve at pace,” a council spokesperson said.',
    ].join('\n');
    const items = extract(text, 2022, 'FOCUSED_VISIT');
    expect(items.map((i) => [i.method, i.text])).toEqual([
      ['PROSE', 'Ofsted added that assessments and strategy meetings must become more timely'],
      ['PROSE', 'supervision around poor practice needed improvement'],
      ['PROSE', 'as did the council’s relationship with the police.'],
    ]);
  });

  it('finds nothing in a letter that asks for nothing', () => {
    expect(
      extract('Dear James\n\nThis letter summarises the findings of the visit.\n\nPractice is improving.\n'),
    ).toEqual([]);
  });
});

describe('on the corpus', () => {
  const dir = path.resolve(import.meta.dirname, '../../seed/documents');
  it.each([
    ['2016-ofsted-sif-report.txt', 2016, 'FULL_INSPECTION', 20],
    ['2021-ofsted-focused-visit.txt', 2021, 'FOCUSED_VISIT', 6],
    ['2022-news-focused-visit.txt', 2022, 'FOCUSED_VISIT', 4],
    ['2024-dfe-commissioner-report.txt', 2024, 'COMMISSIONER_REVIEW', 49],
  ] as const)('%s: every item quote is findable in the original text', (file, year, kind, count) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const items = extract(text, year, kind);
    expect(items).toHaveLength(count);
    for (const item of items) {
      expect(item.quote.length, item.locator).toBeGreaterThan(20);
      expect(quoteIsFindable(text, item.quote), `${item.locator}: ${item.quote}`).toBe(true);
    }
  });
});
