// The inspections, theme tree and every item, paged through the typed client once and shared by the views.
import { useEffect, useState } from 'react';
import {
  ExplorerItemsDocument,
  ExplorerTaxonomyDocument,
  type ExplorerItemsQuery,
  type ExplorerTaxonomyQuery,
} from '../../client/index.js';
import { call, errorText } from './api.js';

/** An item as every explorer operation asks for it (the same fields, so one type fits all). */
export type Item = ExplorerItemsQuery['recommendations']['nodes'][number];
export type Evidence = Item['evidence'][number];
export interface Corpus {
  inspections: ExplorerTaxonomyQuery['inspections'];
  themes: ExplorerTaxonomyQuery['themes'];
  items: Item[];
}

let pending: Promise<Corpus> | null = null;

async function loadCorpus(): Promise<Corpus> {
  const [taxonomy, first] = await Promise.all([call(ExplorerTaxonomyDocument, {}), call(ExplorerItemsDocument, {})]);
  const items = [...first.recommendations.nodes];
  let page = first.recommendations.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const next = await call(ExplorerItemsDocument, { after: page.endCursor });
    items.push(...next.recommendations.nodes);
    page = next.recommendations.pageInfo;
  }
  return { inspections: taxonomy.inspections, themes: taxonomy.themes, items };
}

export function useCorpus(): { corpus: Corpus | null; error: string | null } {
  const [state, setState] = useState<{ corpus: Corpus | null; error: string | null }>({ corpus: null, error: null });
  useEffect(() => {
    pending ??= loadCorpus();
    pending.then(
      (corpus) => setState({ corpus, error: null }),
      (err) => {
        pending = null;
        setState({ corpus: null, error: errorText(err) });
      },
    );
  }, []);
  return state;
}

export const inspectionLabel = (i: { year: number; kind: string }) =>
  `${i.year} ${({ FULL_INSPECTION: 'inspection', MONITORING_VISIT: 'monitoring visit', FOCUSED_VISIT: 'focused visit', COMMISSIONER_REVIEW: 'commissioner' } as Record<string, string>)[i.kind] ?? i.kind}`;

export const itemLabel = (i: { year: number; number?: number | null; kind: string }) =>
  `${i.year} ${({ RECOMMENDATION: 'rec.', IMPROVEMENT_AREA: 'improvement', PRIORITY_ACTION: 'priority action', COMMISSIONER_RECOMMENDATION: 'commissioner rec.' } as Record<string, string>)[i.kind] ?? ''} ${i.number ?? ''}`.trim();
