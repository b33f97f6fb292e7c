// Who held a role on a date, from holdings that mostly only attest a date. Keeps the kind of answer:
// stated bounds, a stated start with no known successor, or merely the last attested holder.
import type { HoldingRow } from '../model/rows.js';
import type { HoldingBasis } from '../model/values.js';
import { firstDay, lastDay } from './dates.js';

export interface HolderAnswer extends HoldingRow {
  basis: HoldingBasis;
  /** The latest date a source shows this person in this role (a stated end, an attestation or a start). */
  lastEvidenceOn: string | null;
  /** The date asked is after `lastEvidenceOn`: the last known holder, not a known one. */
  beyondEvidence: boolean;
}

const RANK: Record<HoldingBasis, number> = { STATED_INTERVAL: 0, STATED_START: 1, LAST_ATTESTED: 2 };

function startOf(h: HoldingRow): string | null {
  const start = h.from ?? h.attestedOn;
  return start ? firstDay(start) : null;
}

function basisOf(h: HoldingRow): HoldingBasis {
  if (h.from && h.to) return 'STATED_INTERVAL';
  if (h.from) return 'STATED_START';
  return 'LAST_ATTESTED';
}

/** The latest of several partial dates, by the last day each can mean (null when none is given). */
export function latestDate(dates: ReadonlyArray<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (best === null || lastDay(d) > lastDay(best))) best = d;
  return best;
}

/** The latest date the sources show a person in a role, over all their holdings of it. */
function lastEvidenceOf(holdings: readonly HoldingRow[], personId: string): string | null {
  return latestDate(holdings.filter((h) => h.personId === personId).flatMap((h) => [h.from, h.to, h.attestedOn]));
}

/**
 * Holders of one role on `asOf` (YYYY-MM-DD). A holding counts from its stated start (or its attestation
 * date) until its stated end; for a single-holder role it also ends where another person's later holding
 * begins. One answer per person, the best-founded one.
 */
export function holdersOn(holdings: readonly HoldingRow[], asOf: string, singleHolder: boolean): HolderAnswer[] {
  const live = holdings.filter((h) => {
    const start = startOf(h);
    if (!start || start > asOf) return false;
    if (h.to && lastDay(h.to) < asOf) return false;
    if (!singleHolder) return true;
    return !holdings.some((other) => {
      const otherStart = startOf(other);
      return other.personId !== h.personId && otherStart !== null && otherStart > start && otherStart <= asOf;
    });
  });
  const best = new Map<string, HolderAnswer>();
  for (const h of live) {
    const lastEvidenceOn = lastEvidenceOf(holdings, h.personId);
    const answer = {
      ...h,
      basis: basisOf(h),
      lastEvidenceOn,
      beyondEvidence: lastEvidenceOn === null || lastDay(lastEvidenceOn) < asOf,
    };
    const current = best.get(h.personId);
    if (
      !current ||
      RANK[answer.basis] < RANK[current.basis] ||
      (RANK[answer.basis] === RANK[current.basis] && (startOf(answer) ?? '') > (startOf(current) ?? ''))
    ) {
      best.set(h.personId, answer);
    }
  }
  return [...best.values()].sort((a, b) => (startOf(a) ?? '').localeCompare(startOf(b) ?? ''));
}

/** Holdings in date order (for listings). */
export function byStart(holdings: readonly HoldingRow[]): HoldingRow[] {
  return [...holdings].sort(
    (a, b) => (startOf(a) ?? '').localeCompare(startOf(b) ?? '') || a.personId.localeCompare(b.personId),
  );
}
