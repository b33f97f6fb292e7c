// What a report is, taken from the command line where given and otherwise read from the text: its date,
// the kind of inspection it reports, its title and the slug its ids are built from. Nothing is guessed
// beyond what the text states: an unstated framework is recorded as unstated.
import path from 'node:path';
import type { CleanDocument } from './clean.js';
import { MONTHS, pad } from './dates.js';
import { IngestError } from './errors.js';
import { InspectionKind, type DocumentKind } from '../model/values.js';

export interface ReportMetadata {
  /** Readable id part, e.g. "2025-ofsted-monitoring-visit". Ids: doc-<slug>, insp-<slug>, rec-<slug>-NN. */
  slug: string;
  year: number;
  /** As precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The event the document itself reports (a letter or report of an inspection); null for news and press releases. */
  kind: InspectionKind | null;
  /** False when the kind is the default (the text names no inspection, visit or review). */
  kindStated: boolean;
  documentKind: DocumentKind;
  title: string;
  publisher: string;
  framework: string;
}

export interface MetadataOverrides {
  kind?: string;
  date?: string;
  title?: string;
  slug?: string;
}

const DATE_ARG = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const PRESS_RELEASE = /\b(?:press release|media release|news release|notes to editors|media enquiries)\b/i;
const NEWS = /\b(?:said|told|according to|reported)\b/;

const DOCUMENT_KIND: Record<InspectionKind, DocumentKind> = {
  FULL_INSPECTION: 'INSPECTION_REPORT',
  MONITORING_VISIT: 'MONITORING_LETTER',
  FOCUSED_VISIT: 'FOCUSED_VISIT_LETTER',
  COMMISSIONER_REVIEW: 'COMMISSIONER_REPORT',
};

export function reportMetadata(file: string, doc: CleanDocument, overrides: MetadataOverrides = {}): ReportMetadata {
  const head = doc.original.slice(0, 4000);
  const date = overrides.date ?? statedDate(head) ?? yearInName(file);
  if (!date)
    throw new IngestError(
      'INGEST_BAD_ARGUMENTS',
      'the report has no date line at its top and its file name has no year: pass --date YYYY[-MM[-DD]]',
    );
  if (!DATE_ARG.test(date))
    throw new IngestError('INGEST_BAD_ARGUMENTS', `--date must be YYYY, YYYY-MM or YYYY-MM-DD, not "${date}"`);
  const title = overrides.title ?? inferTitle(doc) ?? path.basename(file);
  const documentKind = overrides.kind
    ? DOCUMENT_KIND[overrides.kind as InspectionKind]
    : inferDocumentKind(head, title);
  const thirdParty = documentKind === 'NEWS_ARTICLE' || documentKind === 'PRESS_RELEASE';
  // A news report naming Ofsted is not published by Ofsted.
  const publisher = thirdParty ? 'not stated' : inferPublisher(head);
  const named = overrides.kind ?? (thirdParty ? null : (inferKind(title) ?? inferKind(head)));
  // An inspectorate's document that names no kind is taken as a full inspection's, but says so (kindStated).
  const kind = named ?? (thirdParty ? null : 'FULL_INSPECTION');
  if (kind !== null && !InspectionKind.safeParse(kind).success) {
    throw new IngestError(
      'INGEST_BAD_ARGUMENTS',
      `--kind must be one of ${InspectionKind.options.join(', ')}, not "${kind}"`,
    );
  }
  const year = Number(date.slice(0, 4));
  const slug = overrides.slug ? slugify(overrides.slug) : `${year}-${slugify(nameWithoutDate(file, year))}`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length < 3) {
    throw new IngestError(
      'INGEST_BAD_ARGUMENTS',
      `cannot make an id from "${overrides.slug ?? path.basename(file)}": pass --slug with letters and digits`,
    );
  }
  return {
    slug,
    year,
    date,
    kind: kind as InspectionKind | null,
    kindStated: named !== null,
    documentKind: documentKind ?? DOCUMENT_KIND[kind as InspectionKind],
    title,
    publisher,
    framework: inferFramework(doc.original),
  };
}

/** The file name without extension, leading date or the year token (the slug starts with the year anyway). */
function nameWithoutDate(file: string, year: number): string {
  return path
    .basename(file)
    .replace(/\.[^.]+$/, '')
    .replace(/^\d{4}[-_ ]?(\d{2}[-_ ]?)?(\d{2}[-_ ]?)?/, '')
    .replace(new RegExp(`(^|[-_ .])${year}(?=[-_ .]|$)`, 'g'), '$1');
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/**
 * The date a letter states on a line of its own ("14 May 2018", "May 2018") near the top. Dates inside
 * sentences are about other events ("last inspected in March 2012"), so they are not taken.
 */
function statedDate(head: string): string | null {
  const months = MONTHS.join('|');
  for (const line of head.split('\n').slice(0, 60)) {
    const t = line.trim().replace(/^(?:published|date|dated|issued)(?: on)?:?\s+/i, '');
    const full = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${months})\\s+((?:19|20)\\d{2})$`, 'i').exec(t);
    if (full) return `${full[3]}-${pad(MONTHS.indexOf(full[2]!.toLowerCase()) + 1)}-${pad(Number(full[1]))}`;
    const month = new RegExp(`^(${months})\\s+((?:19|20)\\d{2})$`, 'i').exec(t);
    if (month) return `${month[2]}-${pad(MONTHS.indexOf(month[1]!.toLowerCase()) + 1)}`;
  }
  return null;
}

function yearInName(file: string): string | null {
  return /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(path.basename(file))?.[1] ?? null;
}

/** The kind a text names; the title is asked first, since a report's opening may mention other visits. */
function inferKind(text: string): InspectionKind | null {
  if (/commissioner['\u2019]?s? (?:report|review)|children['\u2019]s services commissioner/i.test(text))
    return 'COMMISSIONER_REVIEW';
  if (/monitoring visit/i.test(text)) return 'MONITORING_VISIT';
  if (/focused visit/i.test(text)) return 'FOCUSED_VISIT';
  if (/\binspection\b/i.test(text)) return 'FULL_INSPECTION';
  return null;
}

/** The opening line when it reads as a title, else the first heading that names the report. */
function inferTitle(doc: CleanDocument): string | null {
  const first = doc.blocks[0];
  if (
    first &&
    first.firstLine === first.lastLine &&
    !first.number &&
    !first.bullet &&
    !first.table &&
    !/[.:;]$/.test(first.content.clean) &&
    first.content.clean.split(/\s+/).length <= 25 &&
    !/@|www\.|\d{3,}|\b[A-Z]{1,2}\d/.test(first.content.clean)
  ) {
    return first.content.clean;
  }
  // A label ("Press release") or a date line is not a title.
  const headings = doc.blocks
    .slice(0, 40)
    .filter(
      (b) =>
        b.heading &&
        !/\d{3,}|\b[A-Z]{1,2}\d/.test(b.content.clean) &&
        !/^(?:press|media|news) release$/i.test(b.content.clean),
    );
  const named =
    headings.find((b) => /\b(?:inspection|visit|report|review)\b.*\b(?:of|to|on)\b/i.test(b.content.clean)) ??
    headings.find((b) => /\b(?:inspection|visit|report|review)\b/i.test(b.content.clean)) ??
    headings[0];
  return named ? named.content.clean : null;
}

/**
 * Press releases say so; an inspectorate's or department's own letter or report names its publisher in its
 * opening; anything else that reports who said what is read as a news article.
 */
function inferDocumentKind(head: string, title: string): DocumentKind | undefined {
  if (PRESS_RELEASE.test(head)) return 'PRESS_RELEASE';
  if (OWN_PUBLISHER.test(head) || (/^dear\b/im.test(head) && inferKind(head))) return undefined;
  if (NEWS.test(head)) return 'NEWS_ARTICLE';
  return inferKind(title) ? undefined : 'NEWS_ARTICLE';
}

/** An inspectorate's or department's own document names itself in its letterhead or opening. */
const OWN_PUBLISHER =
  /\bthis (?:report|letter)\b|ofsted\.gov\.uk|Her Majesty['\u2019]s (?:Chief )?Inspector|\bHMI\b|department for education|\bDfE\b/i;

/** Who published it, when the opening says so: Ofsted letters carry its address; DfE reports name the department. */
function inferPublisher(head: string): string {
  if (/ofsted\.gov\.uk|Her Majesty['\u2019]s (?:Chief )?Inspector|\bHMI\b/i.test(head)) return 'Ofsted';
  if (/department for education|\bDfE\b/.test(head)) return 'Department for Education';
  if (/\bofsted\b/i.test(head)) return 'Ofsted';
  return 'not stated';
}

function inferFramework(text: string): string {
  if (/\bILACS\b|inspection of local authority children['\u2019]s services/i.test(text))
    return 'ILACS (as named in the report)';
  if (/single inspection framework|\bSIF\b/i.test(text)) return 'Single inspection framework (as named in the report)';
  return 'not stated in the report';
}
