// View 1: the recurrence map — themes × inspections 2016→2024, a cell opens the items it holds.
import { Fragment, useMemo, useState } from 'react';
import { ExportButtons } from '../components/export.js';
import { SourceButton } from '../components/source.js';
import { inspectionLabel, itemLabel, useCorpus, type Item } from '../data.js';
import { sourceColumns } from '../lib/export.js';
import { recurrenceMap, type ThemeLevel } from '../lib/recurrence-map.js';
import { ErrorAlert } from '../components/status.js';

// Sequential scale from white to a deep red, with text that keeps AA contrast on each step.
const SHADES = ['#ffffff', '#fde0d2', '#f9b09a', '#e8694f', '#b8281d', '#7a0f0f'];
const shade = (n: number) => SHADES[Math.min(n, SHADES.length - 1)]!;
const ink = (n: number) => (n >= 3 ? '#ffffff' : '#1a1a1a');

export function RecurrenceMapView({ openItem }: { openItem: (id: string) => void }) {
  const { corpus, error } = useCorpus();
  const [level, setLevel] = useState<ThemeLevel>('roots');
  const [cell, setCell] = useState<{ themeId: string; inspectionId: string } | null>(null);
  const rows = useMemo(
    () => (corpus ? recurrenceMap(corpus.themes, corpus.inspections, corpus.items, level) : []),
    [corpus, level],
  );
  if (error) return <ErrorAlert error={error} />;
  if (!corpus) return <p aria-busy="true">Loading the recurrence map…</p>;
  const selectedRow = rows.find((r) => r.themeId === cell?.themeId);
  const selected = selectedRow?.cells.find((c) => c.inspectionId === cell?.inspectionId);
  const selectedInspection = corpus.inspections.find((i) => i.id === cell?.inspectionId);

  const exportRows = () =>
    rows.flatMap((r) =>
      r.cells.flatMap((c) =>
        c.items.map((item) => {
          const insp = corpus.inspections.find((i) => i.id === c.inspectionId)!;
          return {
            theme: r.name,
            themeId: r.themeId,
            inspection: insp.id,
            year: insp.year,
            item: item.id,
            text: item.text,
            ...sourceColumns(item.evidence),
          };
        }),
      ),
    );

  return (
    <section aria-labelledby="map-title">
      <div className="view-head">
        <h2 id="map-title">Recurrence map</h2>
        <ExportButtons name={`recurrence-map-${level}`} rows={exportRows} />
      </div>
      <p className="lede">
        What each inspection asked for, by theme — the commissioner's Appendix 2 table, drawn live from the graph. A
        cell counts the items (recommendations, improvement areas, priority actions) an inspection raised on the theme.
      </p>
      <fieldset className="toggle">
        <legend>Themes</legend>
        <label>
          <input
            type="radio"
            name="level"
            checked={level === 'roots'}
            onChange={() => {
              setLevel('roots');
              setCell(null);
            }}
          />{' '}
          Commissioner's grouping (7 groups)
        </label>
        <label>
          <input
            type="radio"
            name="level"
            checked={level === 'leaves'}
            onChange={() => {
              setLevel('leaves');
              setCell(null);
            }}
          />{' '}
          Leaf themes
        </label>
      </fieldset>
      <div className="heatmap-wrap">
        <table className="heatmap" data-testid="heatmap">
          <caption className="visually-hidden">Items raised per theme and inspection</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {corpus.inspections.map((i) => (
                <th key={i.id} scope="col">
                  {inspectionLabel(i)}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, n) => (
              <Fragment key={r.themeId}>
                {level === 'leaves' && (n === 0 || rows[n - 1]!.rootName !== r.rootName) && (
                  <tr key={`${r.themeId}-group`} className="group">
                    <th scope="rowgroup" colSpan={corpus.inspections.length + 2}>
                      {r.rootName}
                    </th>
                  </tr>
                )}
                <tr key={r.themeId} data-theme={r.themeId}>
                  <th scope="row">{r.name}</th>
                  {r.cells.map((c) => {
                    const insp = corpus.inspections.find((i) => i.id === c.inspectionId)!;
                    const count = c.items.length;
                    const active = cell?.themeId === r.themeId && cell.inspectionId === c.inspectionId;
                    return (
                      <td
                        key={c.inspectionId}
                        style={{ background: shade(count), color: ink(count) }}
                        data-year={insp.year}
                        data-count={count}
                      >
                        {count > 0 ? (
                          <button
                            type="button"
                            className={active ? 'cell active' : 'cell'}
                            style={{ color: ink(count) }}
                            aria-pressed={active}
                            aria-label={`${r.name}, ${inspectionLabel(insp)}: ${count} item${count > 1 ? 's' : ''}`}
                            onClick={() => setCell({ themeId: r.themeId, inspectionId: c.inspectionId })}
                          >
                            {count}
                          </button>
                        ) : (
                          <span className="visually-hidden">none</span>
                        )}
                      </td>
                    );
                  })}
                  <td className="total">{r.total}</td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {selected && selectedRow && selectedInspection && (
        <div className="panel" aria-live="polite" data-testid="cell-items">
          <h3>
            {selectedRow.name} — {inspectionLabel(selectedInspection)} ({selected.items.length})
          </h3>
          <ItemList items={selected.items} openItem={openItem} />
        </div>
      )}
    </section>
  );
}

export function ItemList({ items, openItem }: { items: Item[]; openItem: (id: string) => void }) {
  return (
    <ol className="items">
      {items.map((item) => (
        <li key={item.id}>
          <p>
            <strong>{itemLabel(item)}</strong> {item.text}
          </p>
          <p className="actions">
            <button type="button" onClick={() => openItem(item.id)}>
              Story of {item.id}
            </button>
            <SourceButton evidence={item.evidence} />
          </p>
        </li>
      ))}
    </ol>
  );
}
