// Per-request batching: every relationship field resolves through these, so a request makes one
// database round-trip per label and nesting level, whatever the size of its lists.
import DataLoader from 'dataloader';
import { missing } from '../domain/errors.js';
import { findCards, findThemeItems } from '../graph/cards.js';
import { findDocumentTexts } from '../graph/documents.js';
import { actionsRespondingTo } from '../graph/ownership.js';
import type { Label } from '../model/nodes.js';
import type { ActionOnTarget, RowsByLabel, ThemeItemsRow } from '../model/rows.js';
import type { GraphStore } from '../graph/store.js';

export interface Loaders {
  card<L extends Label>(label: L): DataLoader<string, RowsByLabel[L] | null>;
  /** Actions on recommendations and themes; a theme's are those of the given council. */
  actionsOn(council: string): DataLoader<string, ActionOnTarget[]>;
  /** A document's full text (not on its card); null when the store has none. */
  documentText: DataLoader<string, string | null>;
  /** The council's items tagged with a theme, only for the fields that list them. */
  themeItems(council: string): DataLoader<string, ThemeItemsRow>;
}

export function createLoaders(store: GraphStore): Loaders {
  const cards = new Map<Label, DataLoader<string, unknown>>();
  const actionsOn = new Map<string, DataLoader<string, ActionOnTarget[]>>();
  const themeItems = new Map<string, DataLoader<string, ThemeItemsRow>>();
  return {
    card<L extends Label>(label: L) {
      let loader = cards.get(label);
      if (!loader) {
        loader = new DataLoader<string, RowsByLabel[L] | null>(async (ids) => {
          const rows = await findCards(store, label, ids);
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id) ?? null);
        });
        cards.set(label, loader);
      }
      return loader as DataLoader<string, RowsByLabel[L] | null>;
    },
    actionsOn(council: string) {
      let loader = actionsOn.get(council);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rows = await actionsRespondingTo(store, council, ids);
          return ids.map((id) => rows.filter((r) => r.target === id));
        });
        actionsOn.set(council, loader);
      }
      return loader;
    },
    documentText: new DataLoader(async (ids) => {
      const texts = await findDocumentTexts(store, ids);
      return ids.map((id) => texts.get(id) ?? null);
    }),
    themeItems(council: string) {
      let loader = themeItems.get(council);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const byId = new Map((await findThemeItems(store, council, ids)).map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id) ?? { id, recommendationIds: [], findingIds: [], actionIds: [] });
        });
        themeItems.set(council, loader);
      }
      return loader;
    },
  };
}

/**
 * Loads one item a row refers to. A reference the graph cannot resolve (a dangling id) is reported as
 * NOT_FOUND with the id, not as an internal error.
 */
export async function loadOne<L extends Label>(loaders: Loaders, label: L, id: string | null): Promise<RowsByLabel[L]> {
  // A card's link to a node that has gone (an empty relationship list) arrives as null.
  const row = id === null ? null : await loaders.card(label).load(id);
  if (!row) throw missing(`${label} ${id ?? '(none)'} is referenced but not in the graph`, 'id');
  return row;
}

/**
 * Loads many ids of one label, dropping ids that no longer resolve (keeps list fields non-null). A batch that
 * failed or timed out is an error, never a shorter list: a partial answer must not pass for a whole one.
 */
export async function loadAll<L extends Label>(
  loaders: Loaders,
  label: L,
  ids: readonly string[],
): Promise<Array<RowsByLabel[L]>> {
  return settled(await loaders.card(label).loadMany(ids)).filter((r): r is RowsByLabel[L] => r !== null);
}

/** DataLoader's `loadMany` reports failures as Error entries; rethrow the first instead of dropping it. */
export function settled<T>(results: ReadonlyArray<T | Error>): T[] {
  const failed = results.find((r): r is Error => r instanceof Error);
  if (failed) throw failed;
  return results as T[];
}
