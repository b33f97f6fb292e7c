// What the ingest tool reports: the JSON document (`--json`) and the reviewable text summary, both from
// the same outcome so they never disagree.
import type { IngestOutcome } from './run.js';

export interface IngestJson {
  document: {
    id: string; inspectionId: string; title: string; kind: string; inspectionKind: string; date: string; year: number;
    publisher: string; framework: string; file: string; written: boolean;
    cleanup: IngestOutcome['analysis']['cleanup'];
  };
  items: Array<{
    id: string | null; text: string; kind: string; number: number; locator: string; quote: string; year: number;
    restated: { year: number; heading: string } | null; method: string;
    themes: Array<{ id: string; score: number; terms: string[] }>;
    recurrenceCandidates: Array<{ id: string; score: number; basis: string; explanation: string; sharedThemes: string[]; sharedWords: string[] }>;
  }>;
  findings: Array<{ id: string; text: string; locator: string; quote: string; supports: string | null; basis: string; score: number; themes: Array<{ id: string; score: number }> }>;
  warnings: string[];
}

export function toJson(outcome: IngestOutcome): IngestJson {
  const { analysis, ids } = outcome;
  const m = analysis.metadata;
  return {
    document: {
      id: ids.documentId, inspectionId: ids.inspectionId, title: m.title, kind: m.documentKind, inspectionKind: m.kind, date: m.date, year: m.year,
      publisher: m.publisher, framework: m.framework, file: outcome.rows.document.props.file as string, written: outcome.written, cleanup: analysis.cleanup,
    },
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
      themes: item.themes.map((t) => ({ id: t.id, score: t.score, terms: t.terms.map((x) => x.term) })),
      recurrenceCandidates: item.recurrenceCandidates.map((c) => ({
        id: c.id, score: c.score, basis: c.basis, explanation: c.explanation, sharedThemes: c.sharedThemes, sharedWords: c.sharedWords,
      })),
    })),
    findings: analysis.findings.map((f, i) => ({
      id: ids.findingIds[i]!,
      text: f.text,
      locator: f.locator,
      quote: f.quote,
      supports: ids.itemIds[f.supports] ?? null,
      basis: f.basis,
      score: f.score,
      themes: f.themes.map((t) => ({ id: t.id, score: t.score })),
    })),
    warnings: outcome.warnings,
  };
}

/** A plain-text summary a curator can review before (or after) writing. */
export function formatSummary(outcome: IngestOutcome): string {
  const json = toJson(outcome);
  const d = json.document;
  const out: string[] = [];
  const restated = json.items.filter((i) => i.restated).length;
  out.push(`Document    ${d.id}  "${d.title}"`);
  out.push(`            ${d.kind}, ${d.date}, publisher ${d.publisher}; file ${d.file}`);
  out.push(`Inspection  ${d.inspectionId}  ${d.inspectionKind}, framework: ${d.framework}`);
  const c = d.cleanup;
  out.push(`Cleanup     ${c.pageNumbers} page number(s), ${c.footnoteLines} footnote line(s), ${c.runningHeaders} running header(s) removed; ${c.hyphenJoins} broken word(s) rejoined`);
  out.push('');
  out.push(`Items: ${json.items.length - restated} new${restated ? `, ${restated} restated from earlier inspections (compared, not written)` : ''}`);
  json.items.forEach((item, n) => {
    out.push('');
    out.push(`${String(n + 1).padStart(3)}. ${item.id ?? `(restates ${item.restated!.heading})`}  ${item.kind}  [${item.locator}]`);
    out.push(`     ${truncate(item.text, 220)}`);
    const tags = item.themes.length
      ? item.themes.map((t) => `${t.id} ${t.score.toFixed(2)} (${t.terms.join(', ')})`).join('; ')
      : 'none (no lexicon term found)';
    out.push(`     themes: ${tags}`);
    if (!item.recurrenceCandidates.length) out.push('     recurs: no earlier item scores high enough');
    for (const cand of item.recurrenceCandidates) out.push(`     recurs ${cand.id} ${cand.score.toFixed(2)} ${cand.basis}: ${cand.explanation}`);
  });
  out.push('');
  out.push(`Findings behind them: ${json.findings.length}`);
  for (const f of json.findings) {
    out.push(`  ${f.id} → ${f.supports ?? '(restated item: not written)'}  [${f.locator}] ${f.basis} ${f.score.toFixed(2)}: ${truncate(f.text, 160)}`);
  }
  for (const w of json.warnings) out.push(`warning: ${w}`);
  out.push('');
  const r = outcome.rows;
  const counts = `1 document, 1 inspection, ${r.recommendations.length} item(s), ${r.findings.length} finding(s), `
    + `${r.recommendationThemes.length + r.findingThemes.length} theme tag(s), ${r.recurrences.length} suggested RECURS_AS link(s)`;
  out.push(outcome.written
    ? `Written in one transaction: ${counts}. Links and tags have status SUGGESTED for curators to accept or reject.`
    : `DRY RUN: nothing was written. A real run would write ${counts}.`);
  return out.join('\n');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
