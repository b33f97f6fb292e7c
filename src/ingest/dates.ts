// Dates stated in a sentence (chrono-node, British day-month order) as ISO partial dates: only the parts
// the text states — "March 2025" is 2025-03, never a guessed day.
import * as chrono from 'chrono-node';

export interface StatedDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The end of a stated range ("4 to 8 December 2023"), same precision rules. */
  end: string | null;
  /** Offset of the date text in the sentence, and the text itself. */
  index: number;
  text: string;
}

export const pad = (n: number) => String(n).padStart(2, '0');

function partial(c: chrono.ParsedComponents, impliedYear: boolean): string | null {
  if (!c.isCertain('year') && !(impliedYear && c.isCertain('month'))) return null;
  const year = c.get('year')!;
  if (!c.isCertain('month')) return String(year);
  const month = `${year}-${pad(c.get('month')!)}`;
  return c.isCertain('day') ? `${month}-${pad(c.get('day')!)}` : month;
}

/**
 * Dates a sentence states with at least a year. Dates without a stated year are left out rather than
 * guessed — unless `impliedYear` is set and a reference date is given: then a month without a year is the
 * last such month up to the reference ("a focused visit in April", in an article of June 2022, is 2022-04).
 */
export function statedDates(sentence: string, reference?: Date, options: { impliedYear?: boolean } = {}): StatedDate[] {
  const out: StatedDate[] = [];
  const implied = Boolean(options.impliedYear && reference);
  for (const r of chrono.en.GB.parse(sentence, reference ?? new Date(0), { forwardDate: false })) {
    const start = partial(r.start, implied);
    if (!start) continue;
    out.push({ date: start, end: r.end ? partial(r.end, implied) : null, index: r.index, text: r.text });
  }
  // chrono reads "4 and 5 February 2025" as two dates, the first without a year: join them as a range.
  for (const m of sentence.matchAll(
    /\b(\d{1,2})(?:st|nd|rd|th)? (?:and|to|-|–) (\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+) ((?:19|20)\d{2})\b/g,
  )) {
    const month = MONTHS.indexOf(m[3]!.toLowerCase());
    if (month < 0) continue;
    const base = `${m[4]}-${pad(month + 1)}`;
    const at = out.findIndex((d) => d.index >= m.index! && d.index < m.index! + m[0].length);
    const range = {
      date: `${base}-${pad(Number(m[1]))}`,
      end: `${base}-${pad(Number(m[2]))}`,
      index: m.index!,
      text: m[0],
    };
    if (at >= 0) out.splice(at, 1, range);
    else out.push(range);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** English month names, January first (an index + 1 is the month's number). */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
