// A role's timeline from its holdings, drawing only what the sources state: a bar from a stated start to a
// stated end (or to the last date a source shows the person in post), a point for each attestation, and
// "unknown" for every stretch where no source names anyone — never an assumed continuation.
import { parseLoose } from './dates.js';

export interface TimelineHolding {
  name: string;
  named: boolean;
  from?: string | null;
  to?: string | null;
  attestedOn?: string | null;
}
export interface Segment {
  label: string;
  named: boolean;
  start: string;
  end: string;
  kind: 'stated' | 'unknown';
}
export interface Point {
  label: string;
  named: boolean;
  date: string;
}
export interface RoleTimeline {
  bars: Segment[];
  points: Point[];
  unknown: Segment[];
}

const later = (a: string, b: string) => (parseLoose(a) >= parseLoose(b) ? a : b);

/**
 * `since`..`until`: the stretch drawn (e.g. the first inspection in the record to today). Before the first and
 * after the last evidence within it, and between evidence, the holder is unknown.
 */
export function roleTimeline(holdings: TimelineHolding[], since: string, until: string): RoleTimeline {
  const bars: Segment[] = [];
  const points: Point[] = [];
  for (const h of holdings) {
    if (h.from) {
      const end = h.to ?? (h.attestedOn ? later(h.attestedOn, h.from) : h.from);
      bars.push({ label: h.name, named: h.named, start: h.from, end, kind: 'stated' });
    } else if (h.to) {
      points.push({ label: h.name, named: h.named, date: h.to });
    }
    if (h.attestedOn && !h.from) points.push({ label: h.name, named: h.named, date: h.attestedOn });
  }
  // Covered stretches in time order; whatever lies between them (and after the last) is unknown.
  const covered = [
    ...bars.map((b) => ({ start: b.start, end: b.end })),
    ...points.map((p) => ({ start: p.date, end: p.date })),
  ].sort((a, b) => parseLoose(a.start) - parseLoose(b.start));
  const unknown: Segment[] = [];
  let reached: string | null = since;
  for (const c of covered) {
    if (reached && parseLoose(c.start) > parseLoose(reached)) {
      unknown.push({ label: 'No one named', named: false, start: reached, end: c.start, kind: 'unknown' });
    }
    reached = later(reached, c.end);
  }
  if (parseLoose(until) > parseLoose(reached))
    unknown.push({ label: 'No one named', named: false, start: reached, end: until, kind: 'unknown' });
  return { bars, points, unknown };
}
