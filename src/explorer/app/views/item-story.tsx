// View 2: an item's story — where it came from, the chain it starts (2016 → 2019 → 2022 → 2023 → 2024) as a
// swim-lane graph with one lane per inspection, each link's basis and explanation, its findings and actions;
// every fact opens its source with the quote highlighted.
import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import { ExplorerItemStoryDocument, type ExplorerItemStoryQuery } from '../../../client/index.js';
import { useQuery } from '../api.js';
import { ExportButtons } from '../components/export.js';
import { SourceButton } from '../components/source.js';
import { inspectionLabel, itemLabel, useCorpus, type Item } from '../data.js';
import { sourceColumns } from '../lib/export.js';
import { ErrorAlert } from '../components/status.js';

type Story = NonNullable<ExplorerItemStoryQuery['recommendation']>;

const BASIS_COLOUR: Record<string, string> = { CURATED: '#1f5f8b', THEME: '#7a4f9a', SIMILARITY: '#8a6d00' };

function ChainGraph({ story, openItem }: { story: Story; openItem: (id: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const { corpus } = useCorpus();
  useEffect(() => {
    if (!box.current || !corpus) return;
    const nodes = new Map<string, Item>([[story.id, story]]);
    story.recurrenceOf.forEach((r) => nodes.set(r.recommendation.id, r.recommendation));
    story.chain.forEach((r) => nodes.set(r.recommendation.id, r.recommendation));
    const lanes = corpus.inspections.filter((i) => [...nodes.values()].some((n) => n.inspection.id === i.id));
    const laneOf = new Map(lanes.map((l, n) => [l.id, n]));
    const stack = new Map<string, number>();
    const elements: cytoscape.ElementDefinition[] = [];
    lanes.forEach((l, n) =>
      elements.push({
        data: { id: `lane-${l.id}`, label: inspectionLabel(l) },
        position: { x: n * 270, y: -70 },
        classes: 'lane',
        selectable: false,
        grabbable: false,
      }),
    );
    for (const item of [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const row = stack.get(item.inspection.id) ?? 0;
      stack.set(item.inspection.id, row + 1);
      elements.push({
        data: {
          id: item.id,
          label: `${itemLabel(item)}\n${item.text.slice(0, 60)}${item.text.length > 60 ? '…' : ''}`,
        },
        position: { x: laneOf.get(item.inspection.id)! * 270, y: row * 110 },
        classes: item.id === story.id ? 'focus' : '',
      });
    }
    story.recurrenceOf.forEach((r) =>
      elements.push({
        data: {
          id: `e-${r.recommendation.id}-${story.id}`,
          source: r.recommendation.id,
          target: story.id,
          label: r.basis,
          colour: BASIS_COLOUR[r.basis],
        },
      }),
    );
    story.chain.forEach((r) =>
      elements.push({
        data: {
          id: `e-${r.via.id}-${r.recommendation.id}`,
          source: r.via.id,
          target: r.recommendation.id,
          label: r.basis,
          colour: BASIS_COLOUR[r.basis],
        },
      }),
    );
    const cy = cytoscape({
      container: box.current,
      elements,
      layout: { name: 'preset', padding: 30 },
      userZoomingEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            shape: 'round-rectangle',
            width: 180,
            height: 70,
            'background-color': '#eef3f7',
            'border-width': 1,
            'border-color': '#1f5f8b',
            label: 'data(label)',
            'text-wrap': 'wrap',
            'text-max-width': '170px',
            'font-size': 10,
            'text-valign': 'center',
            color: '#1a1a1a',
          },
        },
        {
          selector: 'node.focus',
          style: { 'background-color': '#fde0d2', 'border-color': '#b8281d', 'border-width': 2 },
        },
        {
          selector: 'node.lane',
          style: {
            shape: 'rectangle',
            width: 200,
            height: 26,
            'background-color': '#1f5f8b',
            color: '#ffffff',
            'font-weight': 'bold',
            'border-width': 0,
            'font-size': 12,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 2,
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 9,
            'text-background-color': '#ffffff',
            'text-background-opacity': 1,
            color: '#1a1a1a',
          },
        },
      ],
    });
    cy.on('tap', 'node', (ev) => {
      const id = ev.target.id() as string;
      if (!id.startsWith('lane-') && id !== story.id) openItem(id);
    });
    return () => cy.destroy();
  }, [story, corpus, openItem]);
  return (
    <div
      ref={box}
      className="chain-graph"
      role="img"
      aria-label={`Recurrence chain of ${story.id}: ${story.chain.length} later items across lanes per inspection; the same links are listed below.`}
    />
  );
}

export function ItemStoryView({ id, openItem }: { id: string | null; openItem: (id: string) => void }) {
  const { corpus } = useCorpus();
  const { data, error, loading } = useQuery(ExplorerItemStoryDocument, { id: id ?? '' }, !id);
  const story = data?.recommendation ?? null;
  const choices = useMemo(() => corpus?.items ?? [], [corpus]);

  /** A linked item as an export row: the link's basis and reason, its own source or else the item's. */
  const linkedRow = (fact: string, r: Story['recurrenceOf'][number] | Story['chain'][number]) => ({
    fact,
    id: r.recommendation.id,
    year: r.recommendation.year,
    text: r.recommendation.text,
    basis: r.basis,
    explanation: r.explanation,
    ...sourceColumns(r.evidence.length ? r.evidence : r.recommendation.evidence),
  });
  const exportRows = () =>
    story
      ? [
          {
            fact: 'item',
            id: story.id,
            year: story.year,
            text: story.text,
            basis: null,
            explanation: null,
            ...sourceColumns(story.evidence),
          },
          ...story.recurrenceOf.map((r) => linkedRow('earlier item', r)),
          ...story.chain.map((r) => linkedRow(`later item (depth ${r.depth})`, r)),
          ...story.findings.map((f) => ({
            fact: `finding (${f.polarity.toLowerCase()})`,
            id: f.id,
            year: f.year,
            text: f.text,
            basis: null,
            explanation: null,
            ...sourceColumns(f.evidence),
          })),
          ...story.actions.map((a) => ({
            fact: 'action',
            id: a.id,
            year: a.proposedIn.year,
            text: a.text,
            basis: null,
            explanation: `owners: ${a.owners.map((o) => o.name).join('; ') || 'none named'}`,
            ...sourceColumns(a.evidence),
          })),
        ]
      : [];

  return (
    <section aria-labelledby="story-title">
      <div className="view-head">
        <h2 id="story-title">An item's story</h2>
        {story && <ExportButtons name={`story-${story.id}`} rows={exportRows} />}
      </div>
      <label className="picker">
        Item{' '}
        <select value={id ?? ''} onChange={(e) => openItem(e.target.value)}>
          <option value="" disabled>
            Choose an item…
          </option>
          {choices.map((i) => (
            <option key={i.id} value={i.id}>
              {itemLabel(i)} — {i.text.slice(0, 80)}
            </option>
          ))}
        </select>
      </label>
      {!id && <p>Choose an item, or open one from the recurrence map.</p>}
      <ErrorAlert error={error} />
      {loading && <p aria-busy="true">Loading…</p>}
      {story && (
        <>
          <article className="item-head" data-testid="story-item">
            <h3>
              {itemLabel(story)} · {inspectionLabel(story.inspection)}
            </h3>
            <p className="item-text">{story.text}</p>
            <p>Themes: {story.themes.map((t) => t.name).join('; ') || 'none'}</p>
            <SourceButton evidence={story.evidence} />
          </article>
          <h3>Chain</h3>
          <ChainGraph story={story} openItem={openItem} />
          <ol className="links" data-testid="links">
            {story.recurrenceOf.map((r) => (
              <li key={`of-${r.recommendation.id}`}>
                <p>
                  <strong>Earlier:</strong>{' '}
                  <button type="button" className="linkish" onClick={() => openItem(r.recommendation.id)}>
                    {itemLabel(r.recommendation)}
                  </button>{' '}
                  → this item <span className={`basis basis-${r.basis}`}>{r.basis}</span>
                </p>
                <p className="explanation">{r.explanation}</p>
                <SourceButton evidence={r.evidence.length ? r.evidence : r.recommendation.evidence} />
              </li>
            ))}
            {story.chain.map((r) => (
              <li key={r.recommendation.id} data-item={r.recommendation.id}>
                <p>
                  <strong>{r.via.id === story.id ? 'This item' : r.via.id}</strong> →{' '}
                  <button type="button" className="linkish" onClick={() => openItem(r.recommendation.id)}>
                    {itemLabel(r.recommendation)}
                  </button>{' '}
                  <span className={`basis basis-${r.basis}`}>{r.basis}</span>{' '}
                  <span className="muted">step {r.depth}</span>
                </p>
                <p>{r.recommendation.text}</p>
                <p className="explanation">{r.explanation}</p>
                <SourceButton evidence={r.evidence.length ? r.evidence : r.recommendation.evidence} />
              </li>
            ))}
            {!story.recurrenceOf.length && !story.chain.length && (
              <li>No accepted recurrence links reach or leave this item.</li>
            )}
          </ol>
          <h3>Findings behind it ({story.findings.length})</h3>
          <ul className="facts">
            {story.findings.map((f) => (
              <li key={f.id}>
                <span className={`polarity polarity-${f.polarity}`}>{f.polarity.toLowerCase()}</span> {f.text}{' '}
                <SourceButton evidence={f.evidence} />
              </li>
            ))}
          </ul>
          <h3>Actions responding to it ({story.actions.length})</h3>
          <ul className="facts">
            {story.actions.map((a) => (
              <li key={a.id}>
                {a.text}{' '}
                <span className="muted">
                  ({a.status.toLowerCase()}; owners: {a.owners.map((o) => o.name).join('; ') || 'none named'})
                </span>{' '}
                <SourceButton evidence={a.evidence} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
