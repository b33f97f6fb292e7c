// A sortable table over TanStack Table (headless: the markup stays plain, accessible HTML).
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnHelper,
  type SortingState,
} from '@tanstack/react-table';
import { useState } from 'react';
import { itemLabel } from '../data.js';

export function DataTable<T>({
  data,
  columns,
  caption,
  initialSort = [],
}: {
  data: T[];
  columns: Array<ColumnDef<T, any>>;
  caption: string;
  initialSort?: SortingState;
}) {
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((g) => (
          <tr key={g.id}>
            {g.headers.map((h) => {
              const sorted = h.column.getIsSorted();
              return (
                <th
                  key={h.id}
                  scope="col"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {h.column.getCanSort() ? (
                    <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()}>
                      {flexRender(h.column.columnDef.header, h.getContext())}
                      {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                    </button>
                  ) : (
                    flexRender(h.column.columnDef.header, h.getContext())
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((r) => (
          <tr key={r.id}>
            {r.getVisibleCells().map((c) => (
              <td key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type ListedItem = { id: string; text: string; year: number; number?: number | null; kind: string };

/** The two columns an item listing starts with: the item (a button opening its story) and what it asks. */
export function listedItemColumns<T>(
  column: ColumnHelper<T>,
  itemOf: (row: T) => ListedItem,
  openItem: (id: string) => void,
) {
  return [
    column.accessor((r: T) => itemOf(r).id, {
      id: 'item',
      header: 'Item',
      cell: (c) => (
        <button type="button" className="linkish" onClick={() => openItem(itemOf(c.row.original).id)}>
          {itemLabel(itemOf(c.row.original))}
        </button>
      ),
    }),
    column.accessor((r: T) => itemOf(r).text, {
      id: 'text',
      header: 'What it asks',
      cell: (c) => <span className="clamp">{c.getValue()}</span>,
    }),
  ];
}
