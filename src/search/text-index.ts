// Ranked full-text search (BM25 via MiniSearch) over findings, recommendations and actions. The index is
// built from the store on first use and rebuilt after any write, so ranking is identical on both engines.
// Each council's texts get their own index, built on its first search: a search keeps to one council, and its
// ranking (BM25 term statistics) is the same whatever other councils the graph holds.
import MiniSearch from 'minisearch';
import { searchableTexts, type SearchableText } from '../graph/search.js';
import type { GraphStore } from '../graph/store.js';

export interface SearchOptions {
  /** Only this council's texts (an organisation id). */
  council: string;
  kinds?: readonly string[] | null;
  year?: number | null;
  first: number;
}
export interface SearchHit {
  id: string;
  kind: SearchableText['kind'];
  score: number;
  snippet: string;
  matchedTerms: string[];
}

interface Built {
  /** Every searchable text, by council (organisation id); texts no inspection reaches are in no council. */
  byCouncil: Map<string, SearchableText[]>;
  /** Each council's index, built on its first search. */
  indexes: Map<string, MiniSearch<SearchableText>>;
  byId: Map<string, SearchableText>;
}

export class TextIndex {
  private index: Promise<Built> | null = null;
  private builtAt = 0;
  private builtAtCommit = -1;

  /**
   * Any write committed through the store invalidates the index (the store counts commits); writes by
   * another process (an ingest run against Neo4j, another API instance) are picked up when the index is
   * older than `maxAgeMs`.
   */
  constructor(
    private readonly store: GraphStore,
    private readonly maxAgeMs = 5 * 60_000,
  ) {}

  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    if (Date.now() - this.builtAt > this.maxAgeMs || this.store.commitCount !== this.builtAtCommit) this.index = null;
    if (!this.index) {
      this.builtAt = Date.now();
      this.builtAtCommit = this.store.commitCount;
      this.index = this.build();
      // A failed build (store down) must not be cached.
      this.index.catch(() => {
        this.index = null;
      });
    }
    const built = await this.index;
    const mini = councilIndex(built, options.council);
    const results = mini.search(query, {
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      combineWith: 'AND',
      filter: (r) =>
        (!options.kinds?.length || options.kinds.includes(r.kind as string)) &&
        (options.year == null || r.year === options.year),
    });
    return results.slice(0, options.first).map((r) => {
      const doc = built.byId.get(r.id as string)!;
      return {
        id: doc.id,
        kind: doc.kind,
        score: r.score,
        snippet: snippet(doc.text, r.terms),
        matchedTerms: r.queryTerms,
      };
    });
  }

  private async build(): Promise<Built> {
    const docs = await searchableTexts(this.store);
    const byCouncil = new Map<string, SearchableText[]>();
    for (const d of docs) {
      if (!d.text || !d.council) continue;
      byCouncil.set(d.council, [...(byCouncil.get(d.council) ?? []), d]);
    }
    return { byCouncil, indexes: new Map(), byId: new Map(docs.map((d) => [d.id, d])) };
  }
}

function councilIndex(built: Built, council: string): MiniSearch<SearchableText> {
  let mini = built.indexes.get(council);
  if (!mini) {
    mini = new MiniSearch<SearchableText>({ fields: ['text'], storeFields: ['kind', 'year'], idField: 'id' });
    mini.addAll(built.byCouncil.get(council) ?? []);
    built.indexes.set(council, mini);
  }
  return mini;
}

/** The sentence with most matched words, trimmed to ~240 characters, matches wrapped in «». */
export function snippet(text: string, terms: readonly string[]): string {
  const lowered = terms.map((t) => t.toLowerCase());
  const sentences = text.split(/(?<=[.!?])\s+/);
  const score = (s: string) => lowered.filter((t) => s.toLowerCase().includes(t)).length;
  let best = sentences.reduce((a, b) => (score(b) > score(a) ? b : a), sentences[0] ?? '');
  if (best.length > 240) {
    const at = Math.max(
      0,
      Math.min(...lowered.map((t) => best.toLowerCase().indexOf(t)).filter((i) => i >= 0), best.length) - 60,
    );
    best = `${at > 0 ? '…' : ''}${best.slice(at, at + 240)}…`;
  }
  if (!lowered.length) return best;
  const pattern = new RegExp(
    `\\b(${lowered.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\w*`,
    'gi',
  );
  return best.replace(pattern, (m) => `«${m}»`);
}
