// The full text of a document, once per request however many evidence entries cite it. Seeded documents
// keep their text in seed/documents (the node names the file); registered and ingested ones on the node.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import DataLoader from 'dataloader';
import { findDocumentTexts } from '../graph/documents.js';
import type { GraphStore } from '../graph/store.js';
import { DEFAULT_SEED_DIR } from '../seed/read.js';
import type { Context } from './context.js';

function createTextLoader(store: GraphStore) {
  return new DataLoader<string, string | null>(async (ids) => {
    const rows = await findDocumentTexts(store, ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return Promise.all(ids.map(async (id) => {
      const row = byId.get(id);
      if (!row) return null;
      if (row.text != null) return row.text;
      // basename: a file name from the store never reaches outside the documents folder.
      return row.file ? readFile(path.join(DEFAULT_SEED_DIR, 'documents', path.basename(row.file)), 'utf8') : null;
    }));
  });
}

const perRequest = new WeakMap<object, DataLoader<string, string | null>>();

export function documentText(ctx: Context, id: string): Promise<string | null> {
  let loader = perRequest.get(ctx.loaders);
  if (!loader) {
    loader = createTextLoader(ctx.store);
    perRequest.set(ctx.loaders, loader);
  }
  return loader.load(id);
}
