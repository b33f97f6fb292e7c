// The event a document reports — an inspection or visit: its kind, visit dates and publication date — and
// whether the graph already has it (a news report of the December 2023 inspection is about that
// inspection, not a new one). Judgements are the grades the text states for named areas.
import { statedDates } from './dates.js';
import type { KnownGraph } from '../graph/ingest.js';
import type { LocatedSentence } from './sentences.js';
import type { Grade, InspectionKind } from '../model/values.js';

/** The council's inspections and judgements as the graph lists them for matching. */
export type KnownInspection = KnownGraph['inspections'][number];
export type KnownJudgement = KnownGraph['judgements'][number];

export interface ExtractedEvent {
  kind: InspectionKind;
  /** The existing inspection this is, or null for a new one. */
  existing: string | null;
  matchedBy: string | null;
  year: number;
  startedOn: string | null;
  endedOn: string | null;
  publishedOn: string | null;
  quote: string;
  locator: string;
}

export interface ExtractedJudgement {
  area: string;
  grade: Grade;
  quote: string;
  locator: string;
  /** An existing judgement of the same inspection saying the same. */
  existing: string | null;
}

const EVENT =
  /\b(?:monitoring visit|focused visit|inspection|inspected|inspectors? (?:visited|found|rated|judged|returned)|visited by (?:ofsted|inspectors))\b/i;
const KIND_CUES: Array<[RegExp, InspectionKind]> = [
  [/monitoring visit/i, 'MONITORING_VISIT'],
  [/focused visit/i, 'FOCUSED_VISIT'],
  [/commissioner['\u2019]?s? (?:review|report)/i, 'COMMISSIONER_REVIEW'],
];
const PUBLISHED = /\b(?:published|report (?:dated|released|issued))\b/i;
const VISIT = /\b(?:visit(?:ed)?|inspect(?:ed|ion|ors)|took place|on site)\b/i;

function kindOf(text: string): InspectionKind {
  return KIND_CUES.find(([re]) => re.test(text))?.[1] ?? 'FULL_INSPECTION';
}

/**
 * The event: for a document that IS an inspection letter or report (`ownKind` known from its heading or
 * the caller), that event with the visit dates its text states; otherwise the first sentence that
 * reports an inspection or visit with a date. Null when the document reports none (a press release).
 */
export function extractEvent(
  sentences: readonly LocatedSentence[],
  original: string,
  own: { kind: InspectionKind | null; date: string; year: number },
  known: readonly KnownInspection[],
): ExtractedEvent | null {
  let event: ExtractedEvent | null = null;
  const reference = new Date(`${own.date.padEnd(7, '-12').padEnd(10, '-28')}T12:00:00Z`);
  for (const s of sentences) {
    const text = s.text.clean;
    if (!EVENT.test(text) && !(own.kind && VISIT.test(text))) continue;
    const dates = statedDates(text, reference, { impliedYear: true });
    if (!dates.length) continue;
    const kind = own.kind ?? kindOf(text);
    if (own.kind && kindOf(text) !== own.kind && /monitoring visit|focused visit/i.test(text)) continue;
    const published = PUBLISHED.test(text) ? dates.find((d) => d.index > PUBLISHED.exec(text)!.index) : undefined;
    const visit = dates.find((d) => d !== published && !(published && d.index > published.index));
    event = {
      kind,
      existing: null,
      matchedBy: null,
      year: Number((visit ?? published ?? dates[0]!).date.slice(0, 4)),
      startedOn: visit?.date ?? null,
      endedOn: visit ? (visit.end ?? visit.date) : null,
      publishedOn: published?.date ?? (own.kind ? own.date : null),
      quote: s.text.quote(original),
      locator: s.locator,
    };
    break;
  }
  if (!event && own.kind) {
    const first = sentences[0];
    event = {
      kind: own.kind,
      existing: null,
      matchedBy: null,
      year: own.year,
      startedOn: null,
      endedOn: null,
      publishedOn: own.date,
      quote: first ? first.text.quote(original) : '',
      locator: first?.locator ?? 'line 1',
    };
  }
  if (event) {
    const match = matchEvent(event, known);
    if (match) Object.assign(event, match);
  }
  return event;
}

/** The existing inspection of the same kind whose stated dates agree with the event's (to the precision both state). */
export function matchEvent(
  event: ExtractedEvent,
  known: readonly KnownInspection[],
): { existing: string; matchedBy: string } | null {
  const agree = (a: string | null, b: string | null) => Boolean(a && b && (a.startsWith(b) || b.startsWith(a)));
  for (const i of known.filter((k) => k.kind === event.kind)) {
    const visitAgrees =
      agree(event.startedOn, i.startedOn) || agree(event.startedOn, i.endedOn) || agree(event.endedOn, i.endedOn);
    if (visitAgrees) return { existing: i.id, matchedBy: `same kind, visit dates agree (${i.startedOn ?? i.endedOn})` };
    if (agree(event.publishedOn, i.publishedOn) && event.publishedOn!.length >= 7) {
      return { existing: i.id, matchedBy: `same kind, publication date agrees (${i.publishedOn})` };
    }
  }
  // Only a year stated on both sides: the one inspection of that kind in that year.
  const sameYear = known.filter((k) => k.kind === event.kind && k.year === event.year);
  if (sameYear.length === 1 && !sameYear[0]!.startedOn && !sameYear[0]!.publishedOn) {
    return { existing: sameYear[0]!.id, matchedBy: `the only ${event.kind} of ${event.year}` };
  }
  return null;
}

const GRADE = /\b(outstanding|good|requires? improvement(?: to be good)?|inadequate)\b/gi;
const RATING =
  /\b(?:rated|rating|judged|judgement|graded|grade|found to be|found|remains?|remained|overall effectiveness|as)\b/i;
const AREAS: Array<[RegExp, string]> = [
  [/care leavers?|leaving care/i, 'Experiences and progress of care leavers'],
  [/children in care|looked after|permanence/i, 'Experiences and progress of children in care'],
  [
    /help and protection|need of help|child protection/i,
    'Experiences and progress of children who need help and protection',
  ],
  [/impact of leaders|leadership|leaders\b/i, 'Impact of leaders on social work practice with children and families'],
  [/adoption/i, 'Adoption performance'],
  [/safeguarding (?:children )?board|\bLSCB\b/i, 'Review of the Local Safeguarding Children Board'],
  [
    /overall|children['\u2019]s services|the council['\u2019]s services|services for children/i,
    'Overall effectiveness',
  ],
];

/** Grades the text states: each grade word in a rating sentence with the area named in its clause. */
export function extractJudgements(
  sentences: readonly LocatedSentence[],
  original: string,
  event: ExtractedEvent | null,
  known: readonly KnownJudgement[],
): ExtractedJudgement[] {
  if (!event) return [];
  const out: ExtractedJudgement[] = [];
  for (const s of sentences) {
    const text = s.text.text;
    if (!RATING.test(text)) continue;
    const grades = [...text.matchAll(GRADE)];
    // "good" is a grade only in a rating phrase ("rated good", "as good"); elsewhere it is just a word.
    const real = grades.filter(
      (g) =>
        !/^good$/i.test(g[1]!) || /\b(?:rated|judged|graded|as|be)\s+['"\u2018\u201c]?$/i.test(text.slice(0, g.index)),
    );
    let clauseStart = 0;
    for (const g of real) {
      // The area is named before its grade ("care leavers rated as …") or right after it, up to a break ("… inadequate overall,").
      const rest = text.slice(g.index! + g[0].length);
      const clauseEnd = g.index! + g[0].length + Math.min(40, rest.search(/[,;.]|$/));
      const clause = text.slice(clauseStart, clauseEnd);
      const area = AREAS.find(([re]) => re.test(clause))?.[1];
      clauseStart = g.index! + g[0].length;
      if (!area) continue;
      const grade = gradeOf(g[1]!);
      if (out.some((j) => j.area === area)) continue;
      out.push({ area, grade, quote: s.text.quote(original), locator: s.locator, existing: null });
    }
  }
  const inspection = event.existing;
  for (const j of out) {
    j.existing =
      known.find((k) => k.inspection === inspection && k.grade === j.grade && sameArea(k.area, j.area))?.id ?? null;
  }
  return out;
}

function gradeOf(word: string): Grade {
  const w = word.toLowerCase();
  if (w.startsWith('outstanding')) return 'OUTSTANDING';
  if (w.startsWith('good')) return 'GOOD';
  if (w.startsWith('inadequate')) return 'INADEQUATE';
  return 'REQUIRES_IMPROVEMENT';
}

/** Two area names for the same judgement: they fall in the same canonical area. */
export function sameArea(a: string, b: string): boolean {
  const canon = (x: string) => AREAS.find(([re]) => re.test(x))?.[1] ?? x.toLowerCase();
  return canon(a) === canon(b);
}
