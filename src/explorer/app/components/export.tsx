// "Export CSV" and "Export JSON" for a view's rows.
import { toCsv, toJson, type ExportRow } from '../lib/export.js';

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButtons({ name, rows }: { name: string; rows: () => ExportRow[] }) {
  return (
    <span className="export" role="group" aria-label={`Export ${name}`}>
      <button type="button" onClick={() => download(`${name}.csv`, 'text/csv', toCsv(rows()))}>
        Export CSV
      </button>
      <button type="button" onClick={() => download(`${name}.json`, 'application/json', toJson(rows()))}>
        Export JSON
      </button>
    </span>
  );
}
