// The curator's ingest and review: upload a document, read the preview of what it states, write it as
// suggestions, then accept or reject the queue's proposals (one audited transaction per decision).
import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import {
  ExplorerIngestDocumentDocument,
  ExplorerProposalsDocument,
  ExplorerReviewProposalsDocument,
  type ExplorerIngestDocumentMutation,
  type ExplorerProposalsQuery,
  type ExplorerReviewProposalsMutation,
} from '../../../client/index.js';
import { call, errorText } from '../api.js';
import { ErrorAlert } from '../components/status.js';

type Preview = ExplorerIngestDocumentMutation['ingestDocument'];
type Proposal = ExplorerProposalsQuery['proposals'][number];
export type ReviewAudit = ExplorerReviewProposalsMutation['reviewProposals']['audit'][number];

const FORMATS: Record<string, 'TEXT' | 'MARKDOWN' | 'HTML' | 'PDF'> = {
  txt: 'TEXT',
  md: 'MARKDOWN',
  markdown: 'MARKDOWN',
  html: 'HTML',
  htm: 'HTML',
  pdf: 'PDF',
};

async function readUpload(file: File): Promise<{ content: string; format: 'TEXT' | 'MARKDOWN' | 'HTML' | 'PDF' }> {
  const format = FORMATS[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? 'TEXT';
  if (format !== 'PDF') return { content: await file.text(), format };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  bytes.forEach((b) => {
    binary += String.fromCharCode(b);
  });
  return { content: btoa(binary), format };
}

function PreviewView({ preview }: { preview: Preview }) {
  return (
    <div className="preview" data-testid="preview">
      <p>
        <strong>{preview.document.title}</strong> · {preview.document.kind} · {preview.document.date} ·{' '}
        {preview.document.publisher}
        {preview.alreadyIngested && (
          <strong className="error"> — already in the graph: a real run would be refused</strong>
        )}
      </p>
      {preview.event && (
        <p>
          Event:{' '}
          {preview.event.existing
            ? `recognised ${preview.event.id}`
            : `new ${preview.event.kind.toLowerCase().replace(/_/g, ' ')} ${preview.event.id}`}
          {preview.event.matchedBy ? ` (${preview.event.matchedBy})` : ''} — “{preview.event.quote}”
        </p>
      )}
      {preview.warnings.map((w, i) => (
        <p key={i} className="warning">
          {w}
        </p>
      ))}
      <h4>People in roles ({preview.holdings.length})</h4>
      <ul>
        {preview.holdings.map((h, i) => (
          <li key={i}>
            <strong>{h.personName}</strong> — {h.role.name}
            {h.role.id ? '' : ' (new role)'}
            {[
              h.from && `from ${h.from}`,
              h.to && `to ${h.to}`,
              h.attestedOn && `in post on ${h.attestedOn}`,
              h.capacity?.toLowerCase(),
            ]
              .filter(Boolean)
              .map((x) => `, ${x}`)
              .join('')}
            <blockquote>
              “{h.quote}” <span className="muted">({h.locator})</span>
            </blockquote>
          </li>
        ))}
      </ul>
      <h4>Organisations ({preview.organisations.length})</h4>
      <ul>
        {preview.organisations.map((o, i) => (
          <li key={i}>
            {o.name}
            {o.relation ? ` — ${o.relation.toLowerCase().replace(/_/g, ' ')}` : ''}
            {o.isNew ? ' (new)' : ''} <blockquote>“{o.quote}”</blockquote>
          </li>
        ))}
      </ul>
      <h4>Judgements ({preview.judgements.length})</h4>
      <ul>
        {preview.judgements.map((j, i) => (
          <li key={i}>
            {j.area}: {j.grade.toLowerCase().replace(/_/g, ' ')}
            {j.existing ? ` (already in the graph: ${j.existing})` : ''} <blockquote>“{j.quote}”</blockquote>
          </li>
        ))}
      </ul>
      <h4>Items ({preview.items.length})</h4>
      <ul>
        {preview.items.map((it, i) => (
          <li key={i}>
            {it.text}{' '}
            <span className="muted">
              ({it.locator}; themes {it.themes.map((t) => t.id.replace(/^theme-/, '')).join(', ') || 'none'})
            </span>
            {it.recurrenceCandidates.length > 0 && (
              <span className="muted">
                {' '}
                — may recur: {it.recurrenceCandidates.map((c) => `${c.id} (${c.score.toFixed(2)})`).join(', ')}
              </span>
            )}
          </li>
        ))}
      </ul>
      <h4>Findings ({preview.findings.length})</h4>
      <ul>
        {preview.findings.map((f, i) => (
          <li key={i}>
            <span className={`polarity polarity-${f.polarity}`}>{f.polarity.toLowerCase()}</span> {f.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function UploadReport({ onWritten }: { onWritten: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const { content, format } = await readUpload(file);
      const { ingestDocument } = await call(
        ExplorerIngestDocumentDocument,
        { input: { name: file.name, content, format, dryRun } },
        true,
      );
      setPreview(ingestDocument);
      if (ingestDocument.written) onWritten();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="upload-title">
      <h3 id="upload-title">Upload a report</h3>
      <form
        className="controls"
        onSubmit={(e) => {
          e.preventDefault();
          run(true);
        }}
      >
        <label>
          Document (text, markdown, HTML or PDF){' '}
          <input
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,.pdf"
            onChange={(e: ChangeEvent<HTMLInputElement>) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
            }}
          />
        </label>
        <button type="submit" disabled={!file || busy}>
          Preview
        </button>
        <button
          type="button"
          disabled={!preview || preview.written || preview.alreadyIngested || busy}
          onClick={() => run(false)}
        >
          Write as suggestions
        </button>
      </form>
      <ErrorAlert error={error} />
      {preview?.written && <p role="status">Written: {preview.proposals.length} proposals await review below.</p>}
      {preview && <PreviewView preview={preview} />}
    </section>
  );
}

export function ProposalQueue({ refresh, onAudit }: { refresh: number; onAudit: (entries: ReviewAudit[]) => void }) {
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      call(ExplorerProposalsDocument, {}).then(
        (r) => setProposals(r.proposals),
        (e) => setError(errorText(e)),
      ),
    [],
  );
  useEffect(() => {
    load();
  }, [load, refresh]);
  const decide = async (decision: 'ACCEPT' | 'REJECT') => {
    setError(null);
    try {
      const { reviewProposals } = await call(
        ExplorerReviewProposalsDocument,
        { input: { ids: [...chosen], decision, note: note || null } },
        true,
      );
      onAudit(reviewProposals.audit);
      setChosen(new Set());
      await load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  return (
    <section aria-labelledby="proposals-title">
      <h3 id="proposals-title">Review queue: what ingest proposed ({proposals?.length ?? '…'})</h3>
      <ErrorAlert error={error} />
      {proposals && !proposals.length && <p>Nothing awaits review.</p>}
      {proposals && proposals.length > 0 && (
        <>
          <ol className="queue" data-testid="proposals">
            {proposals.map((p) => (
              <li key={p.id}>
                <label className="pick">
                  <input type="checkbox" checked={chosen.has(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />{' '}
                  <span className="kind">{p.kind.toLowerCase().replace(/_/g, ' ')}</span> {p.summary}
                  {p.score != null ? ` · score ${p.score.toFixed(2)}` : ''}
                </label>
                {p.quote && (
                  <blockquote>
                    “{p.quote}”{' '}
                    <span className="muted">
                      ({p.document?.title ?? 'document'}
                      {p.locator ? `, ${p.locator}` : ''})
                    </span>
                  </blockquote>
                )}
              </li>
            ))}
          </ol>
          <p className="actions">
            <label>
              Note{' '}
              <input
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder="why (kept in each audit entry)"
              />
            </label>{' '}
            <button type="button" onClick={() => setChosen(new Set(proposals.map((p) => p.id)))}>
              Select all
            </button>{' '}
            <button type="button" disabled={!chosen.size} onClick={() => decide('ACCEPT')}>
              Accept {chosen.size || ''}
            </button>{' '}
            <button type="button" disabled={!chosen.size} onClick={() => decide('REJECT')}>
              Reject {chosen.size || ''}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
