// Tables of past outcomes, as PDF-to-text tools render them: one line per row, cells separated by tabs,
// a header row naming a year per column ("2016 – Full Inspection") and a row naming what each column
// lists ("Recommendations", "What needs to improve?"). Cell items are "<p>4. …</p>" paragraphs or "■"
// bullets. A column of an earlier year restates that inspection's items.
import type { Block, CleanDocument } from './clean.js';
import { itemKindOfHeading } from './headings.js';
import type { MappedText } from './mapped.js';
import type { ExtractedItem, ItemKind } from './types.js';

interface Column {
  year: number;
  label: string;
  kind: ItemKind | null;
  kindLabel: string;
}

const YEAR_CELL = /^((?:19|20)\d{2})\b/;
const CELL_ITEM_SEPARATOR = /\n|[\u25a0\u25aa\u2022]/g;

export function tableItems(
  doc: CleanDocument,
  documentYear: number,
): { items: ExtractedItem[]; itemBlocks: Set<Block> } {
  const items: ExtractedItem[] = [];
  const itemBlocks = new Set<Block>();
  let heading = '';
  let columns: Column[] | null = null;
  for (const block of doc.blocks) {
    if (block.heading) {
      heading = block.content.clean;
      columns = null;
      continue;
    }
    if (!block.table) continue;
    const cells = splitCells(block.content);
    const years = cells.map((c) => YEAR_CELL.exec(c.clean));
    if (years.filter(Boolean).length >= 2) {
      columns = cells.map((c, i) => ({
        year: years[i] ? Number(years[i]![1]) : NaN,
        label: c.clean,
        kind: null,
        kindLabel: '',
      }));
      continue;
    }
    if (!columns) continue;
    const kinds = cells.map((c) => itemKindOfHeading(c.clean, false));
    if (kinds.filter(Boolean).length >= 2 && cells.every((c) => c.clean.split(/\s+/).length <= 8)) {
      columns.forEach((col, i) => {
        col.kind = kinds[i] ?? null;
        col.kindLabel = cells[i]?.clean ?? '';
      });
      continue;
    }
    cells.forEach((cell, i) => {
      const col = columns![i];
      if (!col || !col.kind || Number.isNaN(col.year)) return;
      let bullet = 0;
      for (const piece of cell.split(CELL_ITEM_SEPARATOR)) {
        const numbered = /^(\d{1,3})\.\s+/.exec(piece.text);
        const content = numbered ? piece.stripStart(/^\d{1,3}\.\s+/) : piece;
        if (content.clean.split(/\s+/).length < 3) continue;
        bullet++;
        const number = numbered ? Number(numbered[1]) : bullet;
        const where = numbered ? `${number}` : `bullet ${bullet}`;
        items.push({
          text: content.clean,
          kind: col.kind,
          number,
          locator: `${heading ? `${heading}, ` : ''}${col.label}, ${col.kindLabel}, ${where}`,
          quote: content.quote(doc.original),
          line: block.firstLine,
          method: 'TABLE',
          ...(col.year < documentYear ? { restated: { year: col.year, heading: col.label } } : {}),
        });
        itemBlocks.add(block);
      }
    });
  }
  return { items, itemBlocks };
}

/** Cells of a row; empty cells are kept so columns stay aligned. */
function splitCells(row: MappedText): MappedText[] {
  const cells: MappedText[] = [];
  let last = 0;
  for (let i = 0; i <= row.text.length; i++) {
    if (i === row.text.length || row.text[i] === '\t') {
      cells.push(row.slice(last, i).trim());
      last = i + 1;
    }
  }
  return cells;
}
