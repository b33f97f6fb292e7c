// Analysis → the rows the graph layer writes. Ids follow the project's conventions (the API reads a
// node's type from its prefix): doc-<slug>, insp-<slug>, rec-<slug>-NN, find-<slug>-NN, where the slug
// starts with the year. Items a report merely restates from earlier inspections are not written again.
import path from 'node:path';
import type { IngestRows, Link } from '../graph/ingest.js';
import type { Analysis, AnalysedItem } from './analyse.js';

export interface WriteOptions {
  file: string;
  organisation: string;
  /** ISO timestamp recorded on the document. */
  ingestedAt: string;
}

export interface PlannedIds {
  documentId: string;
  inspectionId: string;
  /** Per analysed item: its new id, or null for a restated item (not written). */
  itemIds: Array<string | null>;
  findingIds: string[];
}

export function planIds(analysis: Analysis): PlannedIds {
  const slug = analysis.metadata.slug;
  let n = 0;
  const itemIds = analysis.items.map((item) => (item.restated ? null : `rec-${slug}-${pad(++n)}`));
  return {
    documentId: `doc-${slug}`,
    inspectionId: `insp-${slug}`,
    itemIds,
    findingIds: analysis.findings.map((_, i) => `find-${slug}-${pad(i + 1)}`),
  };
}

export function buildRows(analysis: Analysis, ids: PlannedIds, options: WriteOptions): IngestRows {
  const { metadata: meta, document } = analysis;
  const source = ids.documentId;
  const titleBlock = document.blocks.find((b) => b.content.clean === meta.title) ?? document.blocks[0]!;
  const recommendationThemes: Link[] = [];
  const recurrences: Link[] = [];
  const recommendations = analysis.items.flatMap((item, i) => {
    const id = ids.itemIds[i];
    if (!id) return [];
    recommendationThemes.push(...themeLinks(id, item.themes));
    recurrences.push(...item.recurrenceCandidates.map((c) => ({
      from: c.id,
      to: id,
      props: { basis: c.basis, score: c.score, explanation: c.explanation, status: 'SUGGESTED', source, quote: item.quote, locator: item.locator },
    })));
    return [{ id, props: itemProps(item, ids.inspectionId, source) }];
  });
  const findingThemes: Link[] = [];
  const supports: Link[] = [];
  const findings = analysis.findings.flatMap((finding, i) => {
    const target = ids.itemIds[finding.supports];
    if (!target) return [];
    const id = ids.findingIds[i]!;
    findingThemes.push(...themeLinks(id, finding.themes));
    supports.push({ from: id, to: target, props: { basis: finding.basis, score: finding.score, status: 'SUGGESTED' } });
    return [{
      id,
      props: { text: finding.text, polarity: finding.polarity, inspection: ids.inspectionId, year: meta.year, source, quote: finding.quote, locator: finding.locator },
    }];
  });
  return {
    document: {
      id: ids.documentId,
      props: {
        title: meta.title, publisher: meta.publisher, kind: meta.documentKind, publishedOn: meta.date,
        licence: 'not stated (ingested report)', file: path.basename(options.file), text: document.original, ingestedAt: options.ingestedAt,
      },
    },
    inspection: {
      id: ids.inspectionId,
      organisation: options.organisation,
      props: {
        kind: meta.kind, framework: meta.framework, year: meta.year, publishedOn: meta.date,
        source, quote: titleBlock.content.quote(document.original), locator: `line ${titleBlock.firstLine}`,
      },
    },
    recommendations,
    findings,
    recommendationThemes,
    findingThemes,
    supports,
    recurrences,
  };
}

function itemProps(item: AnalysedItem, inspection: string, source: string): Record<string, unknown> {
  return { number: item.number, kind: item.kind, text: item.text, year: item.year, inspection, source, quote: item.quote, locator: item.locator };
}

/** Theme tags as CONCERNS links that say they were suggested, by which terms. */
function themeLinks(from: string, themes: AnalysedItem['themes']): Link[] {
  return themes.map((t) => ({
    from,
    to: t.id,
    props: { basis: 'LEXICON', status: 'SUGGESTED', score: t.score, terms: t.terms.map((x) => x.term) },
  }));
}

const pad = (n: number) => String(n).padStart(2, '0');
