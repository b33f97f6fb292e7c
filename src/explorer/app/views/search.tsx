// View 5: ranked search with highlighted snippets; results export with their sources.
import { useState, type FormEvent } from 'react';
import { ExplorerSearchDocument } from '../../../client/index.js';
import { useQuery } from '../api.js';
import { ExportButtons } from '../components/export.js';
import { SourceButton } from '../components/source.js';
import { sourceColumns } from '../lib/export.js';
import { ErrorAlert } from '../components/status.js';

/** The API marks matched words with «»; draw them as <mark>. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(«[^»]*»)/g);
  return <>{parts.map((p, i) => (p.startsWith('«') ? <mark key={i}>{p.slice(1, -1)}</mark> : p))}</>;
}

export function SearchView({
  initial,
  onSearch,
  openItem,
}: {
  initial: string;
  onSearch: (q: string) => void;
  openItem: (id: string) => void;
}) {
  const [text, setText] = useState(initial);
  const { data, error, loading } = useQuery(ExplorerSearchDocument, { query: initial, first: 50 }, !initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim());
  };
  const hits = data?.search ?? [];
  const exportRows = () =>
    hits.map((h, n) => ({
      rank: n + 1,
      kind: h.kind,
      id: h.node.id,
      score: Number(h.score.toFixed(3)),
      snippet: h.snippet.replace(/[«»]/g, ''),
      ...sourceColumns('evidence' in h.node ? h.node.evidence : undefined),
    }));
  return (
    <section aria-labelledby="search-title">
      <div className="view-head">
        <h2 id="search-title">Search the record</h2>
        {hits.length > 0 && <ExportButtons name={`search-${initial.replace(/\W+/g, '-')}`} rows={exportRows} />}
      </div>
      <form role="search" className="controls" onSubmit={submit}>
        <label>
          Words{' '}
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="e.g. thresholds, care leavers accommodation"
          />
        </label>
        <button type="submit">Search</button>
      </form>
      <ErrorAlert error={error} />
      {loading && <p aria-busy="true">Searching…</p>}
      {data && (
        <p className="muted">
          {hits.length} results for “{initial}”
        </p>
      )}
      <ol className="hits" data-testid="hits">
        {hits.map((h) => (
          <li key={h.node.id}>
            <p>
              <span className="kind">{h.kind.toLowerCase()}</span>{' '}
              {h.kind === 'RECOMMENDATION' ? (
                <button type="button" className="linkish" onClick={() => openItem(h.node.id)}>
                  {h.node.id}
                </button>
              ) : (
                <span>{h.node.id}</span>
              )}{' '}
              <span className="muted">
                {'year' in h.node ? h.node.year : 'proposedIn' in h.node ? h.node.proposedIn.year : ''} · score{' '}
                {h.score.toFixed(2)}
              </span>
            </p>
            <p className="snippet">
              <Snippet text={h.snippet} />
            </p>
            <SourceButton evidence={'evidence' in h.node ? h.node.evidence : undefined} />
          </li>
        ))}
      </ol>
    </section>
  );
}
