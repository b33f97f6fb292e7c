// Document texts: every document (seeded or registered) keeps its full text in the store, so quotes are
// checked against the graph and clients can show a quote in place. Not on the document's card: texts are
// long and most reads never need them.
import { cypher, type GraphStore, type WriteTx } from './store.js';

const texts = cypher(
  'documents.texts',
  `UNWIND $ids AS id MATCH (d:Document {id: id})
  RETURN d.id AS id, d.text AS text`,
);
const withoutText = cypher(
  'documents.withoutText',
  'MATCH (d:Document) WHERE d.text IS NULL RETURN d.id AS id ORDER BY d.id',
);
const setText = cypher(
  'documents.setText',
  `UNWIND $rows AS row MATCH (d:Document {id: row.id})
  SET d.text = row.text RETURN count(d) AS n`,
);

/** Full texts by document id; unknown ids are absent, a document stored without text maps to null. */
export async function findDocumentTexts(
  store: GraphStore,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  if (!ids.length) return new Map();
  const rows = await store.read<{ id: string; text: string | null }>(texts, { ids: [...ids] });
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** Documents stored without their text (a graph seeded before texts were stored). */
export async function listDocumentsWithoutText(store: GraphStore): Promise<string[]> {
  return (await store.read<{ id: string }>(withoutText)).map((r) => r.id);
}

export async function storeDocumentTexts(tx: WriteTx, rows: Array<{ id: string; text: string }>): Promise<void> {
  if (rows.length) await tx.run(setText, { rows });
}
