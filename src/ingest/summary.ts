// What the ingest tool reports: the JSON document (`--json`, the API's preview) and the reviewable text
// summary. The summary is made from the JSON alone, so the CLI prints the same text whether it ran the
// ingest itself or asked a running server to.
import type { DocumentFormat } from './formats.js';
import type { IngestOutcome } from './run.js';
import type { Grade, OrganisationRelation } from '../model/values.js';
import type { ExtractedEvent } from './event.js';
import type { ExtractedHolding } from './people.js';
import type { ItemKind, RecurrenceCandidate } from './types.js';

interface Theme {
  id: string;
  score: number;
  terms: string[];
}

export interface IngestJson {
  document: {
    id: string;
    title: string;
    kind: string;
    date: string;
    year: number;
    publisher: string;
    framework: string;
    file: string;
    format: DocumentFormat;
    written: boolean;
    alreadyIngested: boolean;
    /** Kept for scripts written against earlier output: the event's id and kind (null when none). */
    inspectionId: string | null;
    inspectionKind: string | null;
    cleanup: IngestOutcome['analysis']['cleanup'];
  };
  /** The event the document reports: new, or the existing one it matched. */
  inspection: (Omit<ExtractedEvent, 'existing'> & { id: string; existing: boolean }) | null;
  items: Array<{
    id: string | null;
    text: string;
    kind: ItemKind;
    number: number;
    locator: string;
    quote: string;
    year: number;
    restated: { year: number; heading: string } | null;
    method: string;
    themes: Theme[];
    recurrenceCandidates: Array<Omit<RecurrenceCandidate, 'sharedPhrases' | 'components'>>;
  }>;
  findings: Array<{
    id: string;
    text: string;
    polarity: 'WEAKNESS' | 'STRENGTH' | 'CONTEXT';
    locator: string;
    quote: string;
    supports: string | null;
    basis: string;
    score: number;
    themes: Theme[];
  }>;
  judgements: Array<{
    id: string | null;
    area: string;
    grade: Grade;
    quote: string;
    locator: string;
    existing: string | null;
  }>;
  /** Each holding as extracted, with the id of its person (existing or to be proposed). */
  holdings: Array<Omit<ExtractedHolding, 'personId' | 'line'> & { personId: string }>;
  organisations: Array<{
    id: string;
    name: string;
    relation: OrganisationRelation | null;
    isNew: boolean;
    replaces: string[];
    quote: string;
    locator: string;
  }>;
  warnings: string[];
  /** What a real run writes (or wrote), by kind. */
  counts: Record<string, number>;
}

const themeJson = (themes: Array<{ id: string; score: number; terms: Array<{ term: string }> }>): Theme[] =>
  themes.map((t) => ({ id: t.id, score: t.score, terms: t.terms.map((x) => x.term) }));

export function toJson(outcome: IngestOutcome): IngestJson {
  const { analysis, ids, rows } = outcome;
  const m = analysis.metadata;
  const e = analysis.event;
  return {
    document: {
      id: ids.documentId,
      title: m.title,
      kind: m.documentKind,
      date: m.date,
      year: m.year,
      publisher: m.publisher,
      framework: m.framework,
      file: rows.document.props.file as string,
      format: rows.document.props.format as DocumentFormat,
      written: outcome.written,
      alreadyIngested: outcome.alreadyIngested,
      inspectionId: ids.inspectionId,
      inspectionKind: e?.kind ?? null,
      cleanup: analysis.cleanup,
    },
    inspection: e
      ? {
          id: ids.inspectionId!,
          existing: Boolean(e.existing),
          matchedBy: e.matchedBy,
          kind: e.kind,
          year: e.year,
          startedOn: e.startedOn,
          endedOn: e.endedOn,
          publishedOn: e.publishedOn,
          quote: e.quote,
          locator: e.locator,
        }
      : null,
    items: analysis.items.map((item, i) => ({
      id: ids.itemIds[i] ?? null,
      text: item.text,
      kind: item.kind,
      number: item.number,
      locator: item.locator,
      quote: item.quote,
      year: item.year,
      restated: item.restated ?? null,
      method: item.method,
      themes: themeJson(item.themes),
      recurrenceCandidates: item.recurrenceCandidates.map((c) => ({
        id: c.id,
        score: c.score,
        basis: c.basis,
        explanation: c.explanation,
        sharedThemes: c.sharedThemes,
        sharedWords: c.sharedWords,
      })),
    })),
    findings: analysis.findings.map((f, i) => ({
      id: ids.findingIds[i]!,
      text: f.text,
      polarity: f.polarity,
      locator: f.locator,
      quote: f.quote,
      supports: f.supports >= 0 ? (ids.itemIds[f.supports] ?? null) : null,
      basis: f.basis,
      score: f.score,
      themes: themeJson(f.themes),
    })),
    judgements: analysis.judgements.map((j, i) => ({
      id: ids.judgementIds[i] ?? null,
      area: j.area,
      grade: j.grade,
      quote: j.quote,
      locator: j.locator,
      existing: j.existing,
    })),
    holdings: analysis.holdings.map((h, i) => ({
      personName: h.personName,
      personId: ids.holdings[i]!.person,
      role: { id: h.role.id, name: h.role.name },
      from: h.from,
      to: h.to,
      attestedOn: h.attestedOn,
      capacity: h.capacity,
      quote: h.quote,
      locator: h.locator,
    })),
    organisations: analysis.organisations.map((o, i) => ({
      id: ids.organisations[i]!.id,
      name: o.name,
      relation: o.relation,
      isNew: ids.organisations[i]!.isNew,
      replaces: o.replaces,
      quote: o.quote,
      locator: o.locator,
    })),
    warnings: outcome.warnings,
    counts: {
      events: rows.inspection ? 1 : 0,
      eventReports: rows.reportsExisting ? 1 : 0,
      items: rows.recommendations.length,
      findings: rows.findings.length,
      judgements: rows.judgements.length,
      people: rows.people.length,
      roles: rows.roles.length,
      holdings: rows.holdings.length,
      organisations: rows.organisations.length,
      organisationRelations: rows.organisationRelations.length,
      themeTags: rows.recommendationThemes.length + rows.findingThemes.length,
      findingLinks: rows.supports.length,
      recurrenceLinks: rows.recurrences.length,
    },
  };
}

/** A plain-text summary a curator can review before (or after) writing. */
export function formatSummary(json: IngestJson): string {
  const d = json.document;
  const out: string[] = [];
  const restated = json.items.filter((i) => i.restated).length;
  out.push(`Document    ${d.id}  "${d.title}"`);
  out.push(`            ${d.kind}, ${d.date}, publisher ${d.publisher}; file ${d.file} (${d.format})`);
  if (d.alreadyIngested)
    out.push('            ALREADY INGESTED: this document is in the graph; a real run would be refused');
  const e = json.inspection;
  if (!e) out.push('Event       none reported');
  else {
    const dates = [
      e.startedOn && `visit ${e.startedOn}${e.endedOn && e.endedOn !== e.startedOn ? ` to ${e.endedOn}` : ''}`,
      e.publishedOn && `published ${e.publishedOn}`,
    ]
      .filter(Boolean)
      .join(', ');
    out.push(
      `Event       ${e.id}  ${e.kind}${dates ? `, ${dates}` : ''}${e.existing ? `  (already in the graph: ${e.matchedBy})` : '  (new)'}`,
    );
    out.push(`            [${e.locator}] "${truncate(e.quote, 160)}"`);
  }
  const c = d.cleanup;
  out.push(
    `Cleanup     ${c.pageNumbers} page number(s), ${c.footnoteLines} footnote line(s), ${c.runningHeaders} running header(s) removed; ${c.hyphenJoins} broken word(s) rejoined`,
  );
  if (json.judgements.length) {
    out.push('');
    out.push(`Judgements: ${json.judgements.length}`);
    for (const j of json.judgements)
      out.push(`  ${j.id ?? `(already in the graph: ${j.existing})`}  ${j.area}: ${j.grade}  [${j.locator}]`);
  }
  if (json.holdings.length) {
    out.push('');
    out.push(`People in roles: ${json.holdings.length}`);
    for (const h of json.holdings) {
      const when = [h.from && `from ${h.from}`, h.to && `to ${h.to}`, h.attestedOn && `in post on ${h.attestedOn}`]
        .filter(Boolean)
        .join(', ');
      out.push(
        `  ${h.personName} (${h.personId}) — ${h.role.name}${h.role.id ? ` (${h.role.id})` : ' (NEW ROLE)'}${when ? `, ${when}` : ''}${h.capacity ? `, ${h.capacity}` : ''}`,
      );
      out.push(`     [${h.locator}] "${truncate(h.quote, 160)}"`);
    }
  }
  if (json.organisations.length) {
    out.push('');
    out.push(`Organisations: ${json.organisations.length}`);
    for (const o of json.organisations) {
      out.push(
        `  ${o.name} (${o.id}${o.isNew ? ', new' : ''}) — ${o.relation ?? 'named'}${o.replaces.length ? `, replacing ${o.replaces.join(', ')}` : ''}  [${o.locator}]`,
      );
    }
  }
  out.push('');
  out.push(
    `Items: ${json.items.length - restated} new${restated ? `, ${restated} restated from earlier inspections (compared, not written)` : ''}`,
  );
  json.items.forEach((item, n) => {
    out.push('');
    out.push(
      `${String(n + 1).padStart(3)}. ${item.id ?? (item.restated ? `(restates ${item.restated.heading})` : '(no event to attach it to)')}  ${item.kind}  [${item.locator}]`,
    );
    out.push(`     ${truncate(item.text, 220)}`);
    const tags = item.themes.length
      ? item.themes.map((t) => `${t.id} ${t.score.toFixed(2)} (${t.terms.join(', ')})`).join('; ')
      : 'none (no lexicon term found)';
    out.push(`     themes: ${tags}`);
    if (!item.recurrenceCandidates.length) out.push('     recurs: no earlier item scores high enough');
    for (const cand of item.recurrenceCandidates)
      out.push(`     recurs ${cand.id} ${cand.score.toFixed(2)} ${cand.basis}: ${cand.explanation}`);
  });
  out.push('');
  out.push(`Findings: ${json.findings.length}`);
  for (const f of json.findings) {
    const target = f.supports
      ? `→ ${f.supports}`
      : f.basis === 'STATED'
        ? '(stands alone)'
        : '→ (restated item: not written)';
    out.push(
      `  ${f.id} ${f.polarity} ${target}  [${f.locator}] ${f.basis} ${f.score.toFixed(2)}: ${truncate(f.text, 160)}`,
    );
  }
  for (const w of json.warnings) out.push(`warning: ${w}`);
  out.push('');
  const n = json.counts;
  const counts =
    `1 document, ${n.events} event(s), ${n.eventReports} link(s) to an existing event, ${n.items} item(s), ${n.findings} finding(s), ` +
    `${n.judgements} judgement(s), ${n.people} person(s), ${n.roles} new role(s), ${n.holdings} holding(s), ${n.organisations} organisation(s), ` +
    `${n.organisationRelations} organisation relation(s), ${n.themeTags} theme tag(s), ${n.findingLinks} finding link(s), ` +
    `${n.recurrenceLinks} suggested RECURS_AS link(s)`;
  out.push(
    d.written
      ? `Written in one transaction: ${counts}. All of it has status SUGGESTED: review it in the queue (proposals, reviewProposals).`
      : `DRY RUN: nothing was written. A real run would write ${counts}, all as SUGGESTED.`,
  );
  return out.join('\n');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
