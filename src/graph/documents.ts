// Document texts: stored on the node (registered and ingested documents) or named by file (the seed's).
import { cypher, type GraphStore } from './store.js';

const documentTexts = cypher('documents.texts', `MATCH (d:Document) WHERE d.id IN $ids
  RETURN d.id AS id, d.text AS text, d.file AS file`);

export interface DocumentTextRow { id: string; text: string | null; file: string | null }

export function findDocumentTexts(store: GraphStore, ids: readonly string[]): Promise<DocumentTextRow[]> {
  return store.read<DocumentTextRow & Record<string, unknown>>(documentTexts, { ids: [...ids] });
}
