import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/search/text-index.js';
import { normaliseQuote } from '../../src/text/normalise.js';

describe('snippet', () => {
  it('picks the sentence with most matches and marks them', () => {
    expect(
      snippet('Staff are supported. Strategy meetings are late. Meetings with strategy partners happen.', [
        'strategy',
        'meetings',
      ]),
    ).toBe('«Strategy» «meetings» are late.');
  });
  it('trims long sentences around the first match', () => {
    const long = `${'word '.repeat(80)}thresholds ${'more '.repeat(80)}`;
    const s = snippet(long, ['thresholds']);
    expect(s.length).toBeLessThan(260);
    expect(s).toContain('«thresholds»');
    expect(s.startsWith('…')).toBe(true);
  });
});

describe('normaliseQuote', () => {
  it('forgives whitespace and quote marks only', () => {
    expect(normaliseQuote('the child’s\n  “voice”')).toBe('the child\'s "voice"');
    expect(normaliseQuote('single-\nagency')).toBe('single- agency');
  });
});
