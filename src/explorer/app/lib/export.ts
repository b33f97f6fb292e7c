// Export of a view's rows as CSV (RFC 4180 quoting) or JSON. Every row carries its source: document, quote
// and locator, so an exported table can be checked against the documents without the explorer.

export type Cell = string | number | boolean | null | undefined;
export type ExportRow = Record<string, Cell> & { document: Cell; quote: Cell; locator: Cell };

function csvCell(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ExportRow[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return (
    [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n') +
    '\r\n'
  );
}

export function toJson(rows: ExportRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

/** The first evidence of a fact as export columns. */
export function sourceColumns(
  evidence: Array<{ document: { id: string; title: string }; quote: string; locator: string }> | undefined,
) {
  const e = evidence?.[0];
  return {
    document: e ? `${e.document.id}: ${e.document.title}` : null,
    quote: e?.quote ?? null,
    locator: e?.locator ?? null,
  };
}
