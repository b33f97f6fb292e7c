import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/text/locate.js';

describe('locateQuote', () => {
  const text =
    'Intro.\n\n1. Improve the quality of\n   performance management reporting to the council’s senior leaders.\nEnd.';

  it('finds a quote across broken lines and curly apostrophes, as offsets into the original text', () => {
    const span = locateQuote(text, "performance management reporting to the council's senior leaders.")!;
    expect(text.slice(span.start, span.end)).toBe('performance management reporting to the council’s senior leaders.');
  });

  it('spans quotes with a marked omission from the first part to the end of the last', () => {
    const span = locateQuote(text, '1. Improve the quality of … senior leaders.')!;
    expect(text.slice(span.start, span.end)).toBe(
      '1. Improve the quality of\n   performance management reporting to the council’s senior leaders.',
    );
  });

  it('returns null for words the text does not hold', () => {
    expect(locateQuote(text, 'Improve the quality of practice')).toBeNull();
    expect(locateQuote(text, '   ')).toBeNull();
  });
});
