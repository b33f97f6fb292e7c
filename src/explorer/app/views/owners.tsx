// View 3: who owns it now — owners of the recurring items on a chosen date, and each owner role's timeline:
// stated intervals, attestations, and the stretches where the sources name nobody, drawn as unknown.
import * as Plot from '@observablehq/plot';
import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ExplorerOwnersDocument,
  ExplorerRoleTimelineDocument,
  ExplorerRolesDocument,
  type ExplorerOwnersQuery,
} from '../../../client/index.js';
import { useQuery } from '../api.js';
import { ExportButtons } from '../components/export.js';
import { SourceButton } from '../components/source.js';
import { DataTable, listedItemColumns } from '../components/table.js';
import { today, toDate } from '../lib/dates.js';
import { sourceColumns } from '../lib/export.js';
import { roleTimeline } from '../lib/timeline.js';
import { ErrorAlert } from '../components/status.js';

type Row = ExplorerOwnersQuery['recurringRecommendations'][number];
type Owner = Row['currentOwners'][number];
interface OwnerRow {
  item: Row['recommendation'];
  owner: Owner;
}

const YEARS = [2016, 2018, 2019, 2021, 2022, 2023, 2024];
const DCS = 'role-dcs';
// Timelines start at the first inspection in the record; holdings stated earlier extend them to the left.
const SINCE = '2016-01';

/** The owning role, or the organisation itself where the text names no role ("The Council must…"). */
const ownerId = (owner: Owner) => owner.role?.id ?? owner.organisation.id;
const ownerName = (owner: Owner) => owner.role?.name ?? `${owner.organisation.name} (the organisation itself)`;

/** How far the sources reach for this answer: after the last evidence it is the last known state, not a known one. */
function evidenceText(owner: Owner): string {
  if (!owner.lastEvidenceOn) return 'undated';
  return owner.beyondEvidence
    ? `last evidence ${owner.lastEvidenceOn}: beyond the sources`
    : `evidenced to ${owner.lastEvidenceOn}`;
}

function holderText(owner: Owner): string {
  if (!owner.role) return 'Not a role: the text names the organisation';
  if (owner.holders.length)
    return owner.holders
      .map((h) => `${h.name}${h.basis ? ` (${h.basis.toLowerCase().replace(/_/g, ' ')})` : ''}`)
      .join('; ');
  if (owner.unnamedHolders.length) return owner.unnamedHolders.map((h) => h.name).join('; ');
  return 'Unknown: the sources name nobody on this date';
}

export function RoleTimeline({ roleId, asOf, until }: { roleId: string; asOf: string; until: string }) {
  const { data } = useQuery(ExplorerRoleTimelineDocument, { role: roleId });
  const chart = useRef<HTMLDivElement>(null);
  const role = data?.role;
  const timeline = useMemo(
    () =>
      role
        ? roleTimeline(
            role.holdings.map((h) => ({ ...h, named: h.person.named })),
            SINCE,
            until,
          )
        : null,
    [role, until],
  );
  useEffect(() => {
    if (!chart.current || !timeline || !role) return;
    const labels = [...new Set([...timeline.bars.map((b) => b.label), ...timeline.points.map((p) => p.label)])];
    const short = (l: string) => (l.length > 38 ? `${l.slice(0, 36)}…` : l);
    const plot = Plot.plot({
      width: Math.max(640, chart.current.clientWidth || 900),
      height: 40 + 30 * (labels.length + 1),
      marginLeft: 260,
      ariaLabel: `Timeline of ${role.name}`,
      x: {
        type: 'utc',
        label: null,
        grid: true,
        domain: [toDate([SINCE, ...timeline.bars.map((b) => b.start)].sort()[0]!), toDate(until)],
      },
      y: { domain: [...labels.map(short), 'No one named (unknown)'], label: null },
      marks: [
        Plot.barX(timeline.unknown, {
          x1: (d) => toDate(d.start),
          x2: (d) => toDate(d.end),
          y: () => 'No one named (unknown)',
          fill: '#bdbdbd',
          fillOpacity: 0.9,
          title: (d) => `Unknown: ${d.start} → ${d.end}`,
        }),
        Plot.barX(timeline.bars, {
          x1: (d) => toDate(d.start),
          x2: (d) => toDate(d.end),
          y: (d) => short(d.label),
          fill: (d) => (d.named ? '#1f5f8b' : '#6b8ba4'),
          insetTop: 4,
          insetBottom: 4,
          title: (d) => `${d.label}: ${d.start} → ${d.end}`,
        }),
        Plot.dot(timeline.points, {
          x: (d) => toDate(d.date),
          y: (d) => short(d.label),
          r: 6,
          fill: (d) => (d.named ? '#b8281d' : '#6b8ba4'),
          title: (d) => `${d.label}: in post on ${d.date}`,
        }),
        Plot.ruleX([toDate(asOf)], { stroke: '#1a1a1a', strokeDasharray: '4 3' }),
      ],
    });
    // The table below states the same facts in text; the drawing is hidden from assistive technology.
    plot.setAttribute('aria-hidden', 'true');
    chart.current.replaceChildren(plot);
    return () => plot.remove();
  }, [timeline, role, asOf, until]);
  if (!role || !timeline) return <p aria-busy="true">Loading timeline…</p>;
  return (
    <figure className="timeline" data-testid={`timeline-${roleId}`}>
      <figcaption>
        <strong>{role.name}</strong> · {role.organisation.name}
      </figcaption>
      <div ref={chart} className="plot" />
      <p className="legend">
        Dashed line: {asOf}. <span className="swatch stated" /> stated start to end (or to the last date a source shows
        them in post)
        <span className="swatch attested" /> shown in post on a date (letter, article){' '}
        <span className="swatch unknown" /> sources name nobody
      </p>
      <table className="data compact">
        <caption className="visually-hidden">Holdings and unknown stretches of {role.name}</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">What the sources say</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {role.holdings.map((h, i) => (
            <tr key={i}>
              <td>{h.person.named ? h.name : <em>{h.name}</em>}</td>
              <td>
                {[
                  h.from && `from ${h.from}`,
                  h.to && `to ${h.to}`,
                  h.attestedOn && `in post on ${h.attestedOn}`,
                  h.capacity?.toLowerCase(),
                ]
                  .filter(Boolean)
                  .join(', ')}
              </td>
              <td>
                <SourceButton evidence={h.evidence} />
              </td>
            </tr>
          ))}
          {!role.holdings.length && (
            <tr className="unknown-row">
              <td>Unknown</td>
              <td>The sources name nobody in this role.</td>
              <td>—</td>
            </tr>
          )}
          {timeline.unknown.map((u, i) => (
            <tr key={`u${i}`} className="unknown-row">
              <td>Unknown</td>
              <td>
                {u.start} → {u.end}: no source names a holder
              </td>
              <td>—</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

const column = createColumnHelper<OwnerRow>();

export function OwnersView({ openItem }: { openItem: (id: string) => void }) {
  const [fromYear, setFromYear] = useState(2016);
  const [toYear, setToYear] = useState(2023);
  const [asOf, setAsOf] = useState('');
  const [extraRole, setExtraRole] = useState(DCS);
  const day = asOf || today();
  const { data, error, loading } = useQuery(ExplorerOwnersDocument, { fromYear, toYear, asOf: asOf || null });
  const roles = useQuery(ExplorerRolesDocument, {});
  const rows: OwnerRow[] = useMemo(
    () =>
      (data?.recurringRecommendations ?? []).flatMap((r) =>
        r.currentOwners.map((owner) => ({ item: r.recommendation, owner })),
      ),
    [data],
  );
  const itemsWithoutOwner = (data?.recurringRecommendations ?? []).filter((r) => !r.currentOwners.length);
  const ownerRoles = [...new Set(rows.flatMap((r) => (r.owner.role ? [r.owner.role.id] : [])))];
  const timelineRoles = [...new Set([extraRole, ...ownerRoles])];

  const columns = [
    ...listedItemColumns(column, (r) => r.item, openItem),
    column.accessor((r) => ownerName(r.owner), { id: 'role', header: 'Owner' }),
    column.accessor((r) => holderText(r.owner), {
      id: 'holders',
      header: `Holder on ${day}`,
      cell: (c) => <span className={c.row.original.owner.holders.length ? '' : 'unknown'}>{c.getValue()}</span>,
    }),
    column.accessor((r) => r.owner.basis, { id: 'basis', header: 'Why an owner' }),
    column.accessor((r) => evidenceText(r.owner), {
      id: 'evidence',
      header: 'Evidence',
      cell: (c) => <span className={c.row.original.owner.beyondEvidence ? 'unknown' : ''}>{c.getValue()}</span>,
    }),
    column.display({
      id: 'source',
      header: 'Source',
      cell: (c) => (
        <SourceButton
          first
          evidence={c.row.original.owner.holders[0]?.evidence ?? c.row.original.owner.unnamedHolders[0]?.evidence}
        />
      ),
    }),
  ];

  const exportRows = () =>
    rows.map((r) => {
      const holder = r.owner.holders[0] ?? r.owner.unnamedHolders[0];
      return {
        item: r.item.id,
        itemText: r.item.text,
        role: ownerId(r.owner),
        roleName: ownerName(r.owner),
        asOf: day,
        holders: holderText(r.owner),
        lastEvidenceOn: r.owner.lastEvidenceOn ?? '',
        beyondEvidence: String(r.owner.beyondEvidence),
        ownershipBasis: r.owner.basis,
        via: r.owner.via.map((a) => a.id).join(' '),
        ...sourceColumns(holder?.evidence ?? r.item.evidence),
      };
    });

  return (
    <section aria-labelledby="owners-title">
      <div className="view-head">
        <h2 id="owners-title">Who owns it now</h2>
        <ExportButtons name={`owners-${fromYear}-${toYear}-${day}`} rows={exportRows} />
      </div>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          Items of{' '}
          <select value={fromYear} onChange={(e) => setFromYear(Number(e.target.value))}>
            {YEARS.slice(0, -1).map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          asked again in{' '}
          <select value={toYear} onChange={(e) => setToYear(Number(e.target.value))}>
            {YEARS.filter((y) => y > fromYear).map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          Owners as of <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />{' '}
          <span className="muted">{asOf ? '' : `(today, ${day})`}</span>
        </label>
      </form>
      <ErrorAlert error={error} />
      {loading && <p aria-busy="true">Loading…</p>}
      {data && (
        <DataTable
          caption={`Owners on ${day} of the ${fromYear} items asked again in ${toYear}`}
          data={rows}
          columns={columns}
        />
      )}
      {itemsWithoutOwner.length > 0 && (
        <p className="muted">
          No action proposed by {day} names an owner for: {itemsWithoutOwner.map((r) => r.recommendation.id).join(', ')}
          .
        </p>
      )}
      <h3>Role timelines</h3>
      <label className="picker">
        Also show{' '}
        <select value={extraRole} onChange={(e) => setExtraRole(e.target.value)}>
          {(
            roles.data?.roles ?? [
              { id: DCS, name: "Director of Children's Services (DCS)", organisation: { name: '' } },
            ]
          ).map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
              {r.organisation.name ? ` — ${r.organisation.name}` : ''}
            </option>
          ))}
        </select>
      </label>
      {timelineRoles.map((id) => (
        <RoleTimeline key={id} roleId={id} asOf={day} until={day > today() ? day : today()} />
      ))}
    </section>
  );
}
