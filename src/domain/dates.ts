// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as the sources state them, compared as day ranges.

import { PARTIAL_DATE } from '../model/values.js';

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}

/** The first day a partial date can mean: 2023 → 2023-01-01, 2023-07 → 2023-07-01. */
export function firstDay(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date can mean: 2023 → 2023-12-31, 2024-02 → 2024-02-29. */
export function lastDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  if (!m) return `${y}-12-31`;
  const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(days).padStart(2, '0')}`;
}

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The day an `asOf` question is about: the last day of a partial date, today when none is given. */
export function asOfDay(asOf: string | null | undefined, now: Date): string {
  return asOf ? lastDay(asOf) : today(now);
}
