// View 4: persistence analytics, computed by the API (domain/persistence.ts): most persistent failures by
// theme and by recurrence chain, and whether each was raised again after a chosen inspection.
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { ExplorerPersistenceDocument, type ExplorerPersistenceQuery } from '../../../client/index.js';
import { useQuery } from '../api.js';
import { ExportButtons } from '../components/export.js';
import { SourceButton } from '../components/source.js';
import { DataTable, listedItemColumns } from '../components/table.js';
import { inspectionLabel, useCorpus } from '../data.js';
import { sourceColumns } from '../lib/export.js';
import { ErrorAlert } from '../components/status.js';

type ThemeRow = ExplorerPersistenceQuery['persistence']['themes'][number];
type ItemRow = ExplorerPersistenceQuery['persistence']['items'][number];
const again = (v: boolean | null | undefined) => (v === true ? 'yes' : v === false ? 'no' : '—');

const themeCol = createColumnHelper<ThemeRow & { rank: number }>();
const itemCol = createColumnHelper<ItemRow & { rank: number }>();

export function PersistenceView({ openItem }: { openItem: (id: string) => void }) {
  const { corpus } = useCorpus();
  const [after, setAfter] = useState('insp-2016-sif');
  const [level, setLevel] = useState<'roots' | 'leaves'>('leaves');
  const [allItems, setAllItems] = useState(false);
  const { data, error, loading } = useQuery(ExplorerPersistenceDocument, { after: after || null });
  const afterLabel = corpus?.inspections.find((i) => i.id === after);
  const afterHeader = afterLabel ? `Raised again after ${inspectionLabel(afterLabel)}` : 'Raised again after';
  const themes = (data?.persistence.themes ?? [])
    .filter((t) => (level === 'roots' ? !t.theme.parent : !!t.theme.parent))
    .map((t, n) => ({ ...t, rank: n + 1 }));
  const items = (data?.persistence.items ?? []).map((t, n) => ({ ...t, rank: n + 1 }));
  const TOP = 15;

  const common = <
    T extends {
      firstRaised: number;
      lastRaised: number;
      timesRaised: number;
      yearsOpen: number;
      raisedAgainAfter?: boolean | null;
      inspections: Array<{ year: number }>;
    },
  >(
    h: ReturnType<typeof createColumnHelper<T>>,
  ) => [
    h.accessor((r) => r.firstRaised, { id: 'first', header: 'First raised' }),
    h.accessor((r) => r.timesRaised, { id: 'times', header: 'Times raised' }),
    h.accessor((r) => r.lastRaised, { id: 'last', header: 'Last raised' }),
    h.accessor((r) => r.yearsOpen, { id: 'open', header: 'Years open' }),
    h.accessor((r) => again(r.raisedAgainAfter), { id: 'again', header: afterHeader }),
    h.accessor((r) => r.inspections.map((i) => i.year).join(', '), { id: 'years', header: 'Raised in' }),
  ];
  const themeColumns = [
    themeCol.accessor('rank', { header: '#' }),
    themeCol.accessor((r) => r.theme.name, { id: 'theme', header: 'Theme' }),
    ...common(themeCol),
    themeCol.display({
      id: 'source',
      header: 'First source',
      cell: (c) => <SourceButton first evidence={c.row.original.recommendations[0]?.evidence} />,
    }),
  ];
  const itemColumns = [
    itemCol.accessor('rank', { header: '#' }),
    ...listedItemColumns(itemCol, (r) => r.recommendation, openItem),
    ...common(itemCol),
    itemCol.display({
      id: 'source',
      header: 'Source',
      cell: (c) => <SourceButton first evidence={c.row.original.recommendation.evidence} />,
    }),
  ];
  const exportRows = () => [
    ...themes.map((t) => ({
      kind: 'theme',
      rank: t.rank,
      id: t.theme.id,
      name: t.theme.name,
      firstRaised: t.firstRaised,
      timesRaised: t.timesRaised,
      lastRaised: t.lastRaised,
      yearsOpen: t.yearsOpen,
      raisedAgainAfter: t.raisedAgainAfter ?? null,
      after,
      raisedIn: t.inspections.map((i) => i.year).join(' '),
      ...sourceColumns(t.recommendations[0]?.evidence),
    })),
    ...items.map((t) => ({
      kind: 'item',
      rank: t.rank,
      id: t.recommendation.id,
      name: t.recommendation.text,
      firstRaised: t.firstRaised,
      timesRaised: t.timesRaised,
      lastRaised: t.lastRaised,
      yearsOpen: t.yearsOpen,
      raisedAgainAfter: t.raisedAgainAfter ?? null,
      after,
      raisedIn: t.inspections.map((i) => i.year).join(' '),
      ...sourceColumns(t.recommendation.evidence),
    })),
  ];

  return (
    <section aria-labelledby="persistence-title">
      <div className="view-head">
        <h2 id="persistence-title">Most persistent failures</h2>
        <ExportButtons name={`persistence-${level}-after-${after || 'none'}`} rows={exportRows} />
      </div>
      <p className="lede">
        An item is raised again by every later item its accepted recurrence links reach; a theme is raised by an
        inspection when one of its items is tagged with it. Ranked by times raised, then years open.
      </p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          Raised again after{' '}
          <select value={after} onChange={(e) => setAfter(e.target.value)}>
            <option value="">(no inspection)</option>
            {(corpus?.inspections ?? []).map((i) => (
              <option key={i.id} value={i.id}>
                {inspectionLabel(i)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Themes{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value as 'roots' | 'leaves')}>
            <option value="leaves">leaf themes</option>
            <option value="roots">commissioner's groups</option>
          </select>
        </label>
      </form>
      <ErrorAlert error={error} />
      {loading && <p aria-busy="true">Loading…</p>}
      {data && (
        <>
          <DataTable caption="Themes, most persistent first" data={themes} columns={themeColumns} />
          <DataTable
            caption={`Recurrence chains (under their earliest item), most persistent first${allItems ? '' : ` — top ${TOP} of ${items.length}`}`}
            data={allItems ? items : items.slice(0, TOP)}
            columns={itemColumns}
          />
          <button type="button" onClick={() => setAllItems(!allItems)}>
            {allItems ? `Show the top ${TOP}` : `Show all ${items.length} chains`}
          </button>
        </>
      )}
    </section>
  );
}
