// Recurrence chains that keep to the same ask. A RECURS_AS link names the part of the earlier item that the
// later one asks for again (its aspect: leaf themes). A chain may follow a link only while the aspect carries
// through: the themes carried from the start item are narrowed by every link, and a path whose carried set
// becomes empty has drifted to another part of an item (2016 staffing → 2023 "recruitment and retention ...
// and support for newly qualified social workers" → 2024 newly-qualified support) and is not a recurrence.
// Pure: the caller supplies the paths or links found in the graph or the seed.

/** What a chain keeps of one link: its direct provenance and its aspect. */
export interface LinkFacts {
  basis: string;
  status: string;
  score: number | null;
  explanation: string | null;
  source: string | null;
  quote: string | null;
  locator: string | null;
  aspectThemes: string[] | null;
  aspectWords: string | null;
}

/** One path from a start item: `ids` has one more entry than `links` (links[i] joins ids[i] to ids[i+1]). */
export interface ChainPath {
  ids: string[];
  links: LinkFacts[];
}

/** A later item a start item reaches along aspect-consistent links. */
export interface ReachedItem {
  id: string;
  /** Links from the start item along the shortest consistent path. */
  depth: number;
  /** The previous item on that path. */
  via: string;
  /** The last link of that path. */
  link: LinkFacts;
  /** Themes carried to this item, over every consistent path (sorted). */
  carried: string[];
}

/** The themes a path carries to its end: the intersection of its links' aspects (empty = it drifted). */
export function carriedThemes(links: readonly LinkFacts[]): string[] {
  let carried: string[] | null = null;
  for (const link of links) {
    const aspect = link.aspectThemes ?? [];
    carried = carried === null ? [...new Set(aspect)] : carried.filter((t) => aspect.includes(t));
    if (carried.length === 0) return [];
  }
  return (carried ?? []).sort();
}

/**
 * The items one start item reaches along aspect-consistent paths, nearest first. Paths may come in any order;
 * for an item reached several ways the shortest path names `via` and `link` (ties: the first path given), and
 * `carried` is the union of what every consistent path carries, so owners can be filtered by it.
 */
export function reachedItems(paths: readonly ChainPath[]): ReachedItem[] {
  const reached = new Map<string, ReachedItem>();
  for (const path of paths) {
    if (path.links.length === 0 || path.ids.length !== path.links.length + 1) continue;
    const carried = carriedThemes(path.links);
    // A direct link is its own claim even when it names no aspect (a wording-only suggestion); a longer path
    // needs an aspect that carries through.
    if (!carried.length && path.links.length > 1) continue;
    const id = path.ids.at(-1)!;
    const depth = path.links.length;
    const known = reached.get(id);
    if (!known || depth < known.depth) {
      reached.set(id, {
        id,
        depth,
        via: path.ids.at(-2)!,
        link: path.links.at(-1)!,
        carried: [...new Set([...(known?.carried ?? []), ...carried])].sort(),
      });
    } else {
      known.carried = [...new Set([...known.carried, ...carried])].sort();
    }
  }
  return [...reached.values()].sort((a, b) => a.depth - b.depth);
}

/** A direct link between two items, as the seed or the graph records it. */
export interface DirectLink extends LinkFacts {
  from: string;
  to: string;
}

/** Every path from `start` over the given links, up to `maxDepth` links (the links of a curated graph are acyclic). */
export function pathsFrom(start: string, links: readonly DirectLink[], maxDepth = 8): ChainPath[] {
  const out = new Map<string, DirectLink[]>();
  for (const l of links) out.set(l.from, [...(out.get(l.from) ?? []), l]);
  const paths: ChainPath[] = [];
  const walk = (ids: string[], steps: LinkFacts[]) => {
    if (steps.length >= maxDepth) return;
    for (const next of out.get(ids.at(-1)!) ?? []) {
      if (ids.includes(next.to)) continue;
      const path = { ids: [...ids, next.to], links: [...steps, next] };
      paths.push(path);
      walk(path.ids, path.links);
    }
  };
  walk([start], []);
  return paths;
}

/** Paths from the start items of a question, each tagged with its start and the years of its items. */
export interface StartedPath extends ChainPath {
  start: string;
  years: number[];
}

export interface RecurringChain {
  start: string;
  /** Reached items, nearest first, then by year. */
  reached: Array<ReachedItem & { year: number }>;
}

/** For each start item, the later items it reaches along aspect-consistent paths, nearest first, then by year. */
export function chainsByStart(paths: readonly StartedPath[]): RecurringChain[] {
  const byStart = new Map<string, StartedPath[]>();
  const yearOf = new Map<string, number>();
  for (const p of paths) {
    byStart.set(p.start, [...(byStart.get(p.start) ?? []), p]);
    p.ids.forEach((id, i) => yearOf.set(id, p.years[i]!));
  }
  return [...byStart]
    .map(([start, own]) => ({
      start,
      reached: reachedItems(own)
        .map((r) => ({ ...r, year: yearOf.get(r.id) ?? 0 }))
        .sort((a, b) => a.depth - b.depth || a.year - b.year || a.id.localeCompare(b.id)),
    }))
    .filter((c) => c.reached.length > 0);
}

/** The flagship's grouping: the chains of start items that reach an item of `toYear`. */
export function recurringChains(paths: readonly StartedPath[], toYear: number): RecurringChain[] {
  return chainsByStart(paths).filter((c) => c.reached.some((r) => r.year === toYear));
}
