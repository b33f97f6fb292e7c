// Per-request batching: every relationship field resolves through these, so a request makes one
// database round-trip per label and nesting level, whatever the size of its lists.
import DataLoader from 'dataloader';
import { findCards } from '../graph/cards.js';
import { actionsRespondingTo } from '../graph/ownership.js';
import type { Label } from '../model/nodes.js';
import type { ActionOnTarget, RowsByLabel } from '../model/rows.js';
import type { GraphStore } from '../graph/store.js';

export interface Loaders {
  card<L extends Label>(label: L): DataLoader<string, RowsByLabel[L] | null>;
  actionsOn: DataLoader<string, ActionOnTarget[]>;
}

export function createLoaders(store: GraphStore): Loaders {
  const cards = new Map<Label, DataLoader<string, unknown>>();
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
    actionsOn: new DataLoader(async (ids) => {
      const rows = await actionsRespondingTo(store, ids);
      return ids.map((id) => rows.filter((r) => r.target === id));
    }),
  };
}

/** Loads many ids of one label, dropping ids that no longer resolve (keeps list fields non-null). */
export async function loadAll<L extends Label>(loaders: Loaders, label: L, ids: readonly string[]): Promise<Array<RowsByLabel[L]>> {
  const rows = await loaders.card(label).loadMany(ids);
  return rows.filter((r): r is RowsByLabel[L] => r !== null && !(r instanceof Error));
}
