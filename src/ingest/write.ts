// Analysis → the rows the graph layer writes. Ids follow the project's conventions (the API reads a
// node's type from its prefix): doc-<slug>, insp-<slug>, rec-<slug>-NN, find-<slug>-NN, judg-<slug>-NN,
// person-<name>, role-<name>, org-<name>, where the slug starts with the year. Everything written is a
// proposal: status SUGGESTED and the document it came from (`ingestedFrom`), until a curator decides.
// Items a report merely restates from earlier inspections, judgements and events already in the graph are
// not written again.
import path from 'node:path';
import type { IngestRows, Link, Row } from '../graph/ingest.js';
import type { Analysis, AnalysedItem } from './analyse.js';
import { pad } from './dates.js';
import { newOrganisationId } from './organisations.js';
import { newPersonId, newRoleId } from './people.js';

export interface WriteOptions {
  file: string;
  organisation: string;
  /** ISO timestamp recorded on the document. */
  ingestedAt: string;
  /** How the document arrived (TEXT, MARKDOWN, HTML, PDF). */
  format: string;
}

export interface PlannedIds {
  documentId: string;
  /** The event's id: a new inspection's, or the existing one's; null when the document reports none. */
  inspectionId: string | null;
  /** Per analysed item: its new id, or null for a restated item (not written). */
  itemIds: Array<string | null>;
  findingIds: string[];
  /** Per judgement: its new id, or null when the graph has it already. */
  judgementIds: Array<string | null>;
  /** Per holding: the person and role ids (existing or new). */
  holdings: Array<{ person: string; role: string; newPerson: boolean; newRole: boolean }>;
  /** Per organisation: its id (existing or new). */
  organisations: Array<{ id: string; isNew: boolean }>;
}

export const SUGGESTED = 'SUGGESTED';

export function planIds(analysis: Analysis): PlannedIds {
  const slug = analysis.metadata.slug;
  let n = 0;
  let j = 0;
  const event = analysis.event;
  return {
    documentId: `doc-${slug}`,
    inspectionId: event ? (event.existing ?? `insp-${slug}`) : null,
    itemIds: analysis.items.map((item) => (item.restated || !event ? null : `rec-${slug}-${pad(++n)}`)),
    findingIds: analysis.findings.map((_, i) => `find-${slug}-${pad(i + 1)}`),
    judgementIds: analysis.judgements.map((x) => (x.existing ? null : `judg-${slug}-${pad(++j)}`)),
    holdings: analysis.holdings.map((h) => ({
      person: h.personId ?? newPersonId(h.personName),
      role: h.role.id ?? newRoleId(h.role.name),
      newPerson: !h.personId,
      newRole: !h.role.id,
    })),
    organisations: analysis.organisations.map((o) => ({
      id: o.existingId ?? newOrganisationId(o.name),
      isNew: !o.existingId,
    })),
  };
}

export function buildRows(analysis: Analysis, ids: PlannedIds, options: WriteOptions): IngestRows {
  const { metadata: meta, document, event } = analysis;
  const source = ids.documentId;
  const proposal = { status: SUGGESTED, ingestedFrom: source };
  const recommendationThemes: Link[] = [];
  const recurrences: Link[] = [];
  const recommendations = analysis.items.flatMap((item, i) => {
    const id = ids.itemIds[i];
    if (!id) return [];
    recommendationThemes.push(...themeLinks(id, item.themes, proposal));
    recurrences.push(
      ...item.recurrenceCandidates.map((c) => ({
        from: c.id,
        to: id,
        // The aspect: the leaf themes both items carry, in the new item's words (none for a wording-only match).
        props: {
          basis: c.basis,
          score: c.score,
          explanation: c.explanation,
          ...proposal,
          source,
          quote: item.quote,
          locator: item.locator,
          aspectThemes: c.sharedThemes,
          aspectWords: item.quote,
        },
      })),
    );
    return [{ id, props: { ...itemProps(item, ids.inspectionId!, source), ...proposal } }];
  });
  const findingThemes: Link[] = [];
  const supports: Link[] = [];
  const findings = ids.inspectionId
    ? analysis.findings.flatMap((finding, i) => {
        const target = finding.supports >= 0 ? ids.itemIds[finding.supports] : null;
        if (finding.supports >= 0 && !target) return [];
        const id = ids.findingIds[i]!;
        findingThemes.push(...themeLinks(id, finding.themes, proposal));
        if (target)
          supports.push({ from: id, to: target, props: { basis: finding.basis, score: finding.score, ...proposal } });
        return [
          {
            id,
            props: {
              text: finding.text,
              polarity: finding.polarity,
              inspection: ids.inspectionId,
              year: event?.year ?? meta.year,
              source,
              quote: finding.quote,
              locator: finding.locator,
              ...proposal,
            },
          },
        ];
      })
    : [];
  const judgements = analysis.judgements.flatMap((j, i) => {
    const id = ids.judgementIds[i];
    return id && ids.inspectionId
      ? [
          {
            id,
            props: {
              area: j.area,
              grade: j.grade,
              inspection: ids.inspectionId,
              source,
              quote: j.quote,
              locator: j.locator,
              ...proposal,
            },
          },
        ]
      : [];
  });
  const people = new Map<string, Row>();
  const roles = new Map<string, Row & { organisation: string }>();
  const holdings = analysis.holdings.map((h, i) => {
    const planned = ids.holdings[i]!;
    const prov = { source, quote: h.quote, locator: h.locator };
    if (planned.newPerson)
      people.set(planned.person, {
        id: planned.person,
        props: { name: h.personName, named: true, ...prov, ...proposal },
      });
    if (planned.newRole) {
      roles.set(planned.role, {
        id: planned.role,
        organisation: options.organisation,
        props: { name: h.role.name, singleHolder: false, ...prov, ...proposal },
      });
    }
    return {
      from: planned.person,
      to: planned.role,
      props: { from: h.from, to: h.to, attestedOn: h.attestedOn, capacity: h.capacity, ...prov, ...proposal },
    };
  });
  const organisations: Row[] = [];
  const organisationRelations = analysis.organisations.map((o, i) => {
    const planned = ids.organisations[i]!;
    const prov = { source, quote: o.quote, locator: o.locator };
    if (planned.isNew)
      organisations.push({
        id: planned.id,
        props: { name: o.name, kind: 'IMPROVEMENT_PARTNER', ...prov, ...proposal },
      });
    return {
      from: planned.id,
      to: options.organisation,
      props: { relation: o.relation, replaces: o.replaces, ...prov, ...proposal },
    };
  });
  const newEvent = event && !event.existing ? event : null;
  return {
    document: {
      id: ids.documentId,
      props: {
        title: meta.title,
        publisher: meta.publisher,
        kind: meta.documentKind,
        publishedOn: meta.date,
        format: options.format,
        licence: 'not stated (ingested document)',
        file: path.basename(options.file),
        text: document.original,
        ingestedAt: options.ingestedAt,
      },
    },
    inspection: newEvent
      ? {
          id: ids.inspectionId!,
          organisation: options.organisation,
          props: {
            kind: newEvent.kind,
            framework: meta.framework,
            year: newEvent.year,
            startedOn: newEvent.startedOn,
            endedOn: newEvent.endedOn,
            publishedOn: newEvent.publishedOn,
            source,
            quote: newEvent.quote,
            locator: newEvent.locator,
            ...proposal,
          },
        }
      : null,
    reportsExisting: event?.existing
      ? {
          from: event.existing,
          to: ids.documentId,
          props: { source, quote: event.quote, locator: event.locator, matchedBy: event.matchedBy, ...proposal },
        }
      : null,
    recommendations,
    findings,
    judgements,
    people: [...people.values()],
    roles: [...roles.values()],
    organisations,
    holdings,
    organisationRelations,
    recommendationThemes,
    findingThemes,
    supports,
    recurrences,
  };
}

function itemProps(item: AnalysedItem, inspection: string, source: string): Record<string, unknown> {
  return {
    number: item.number,
    kind: item.kind,
    text: item.text,
    year: item.year,
    inspection,
    source,
    quote: item.quote,
    locator: item.locator,
  };
}

/** Theme tags as CONCERNS links that say they were suggested, by which terms. */
function themeLinks(from: string, themes: AnalysedItem['themes'], proposal: Record<string, string>): Link[] {
  return themes.map((t) => ({
    from,
    to: t.id,
    props: { basis: 'LEXICON', score: t.score, terms: t.terms.map((x) => x.term), ...proposal },
  }));
}
