// View 6: the curator workspace. The token is entered once and kept in this tab's session storage; every write
// sends it and then shows the audit entry the write recorded.
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import {
  ExplorerAuditTrailDocument, ExplorerCuratorLookupsDocument, ExplorerRecordHoldingDocument, ExplorerReviewRecurrenceDocument,
  ExplorerSuggestedLinksDocument, type ExplorerAuditTrailQuery, type ExplorerSuggestedLinksQuery,
} from '../../../client/index.js';
import { call, curatorToken, errorText, useQuery } from '../api.js';
import { SourceButton } from '../components/source.js';
import { itemLabel } from '../data.js';

type AuditEntry = ExplorerAuditTrailQuery['auditTrail'][number];
type Node = ExplorerSuggestedLinksQuery['recommendations']['nodes'][number];
interface Suggestion { from: Node; link: Node['recursAs'][number]; key: string }

/** The newest audit entry for a target written by this curator: the one the write just recorded. */
async function auditEntryFor(target: string): Promise<AuditEntry | null> {
  const { auditTrail } = await call(ExplorerAuditTrailDocument, { target, first: 1 });
  return auditTrail[0] ?? null;
}

function AuditEntryView({ entry }: { entry: AuditEntry }) {
  return (
    <div className="audit" data-testid="audit-entry">
      <p><strong>Audit entry {entry.id}</strong> · {entry.operation} by {entry.curator} at {entry.at}</p>
      <p>Targets: {entry.targets.join(', ')}</p>
      <p>Source: {entry.sourceDocument ? `${entry.sourceDocument.title} — “${entry.sourceQuote}”` : entry.sourceNote}</p>
      <details><summary>Before and after</summary><pre>{`before: ${entry.before ?? '(none)'}\nafter:  ${entry.after ?? '(none)'}`}</pre></details>
    </div>
  );
}

function TokenBox({ token, setToken }: { token: string | null; setToken: (t: string | null) => void }) {
  const [draft, setDraft] = useState('');
  if (token) {
    return <p className="token">Curator token set for this tab. <button type="button" onClick={() => setToken(null)}>Forget token</button></p>;
  }
  return (
    <form className="controls" onSubmit={(e) => { e.preventDefault(); if (draft.trim()) setToken(draft.trim()); }}>
      <label>Curator token <input type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} /></label>
      <button type="submit">Use token</button>
      <span className="muted">Kept in this tab's session storage only (npm run curator-token makes one).</span>
    </form>
  );
}

function SourceFields({ prefix }: { prefix: string }) {
  const lookups = useQuery(ExplorerCuratorLookupsDocument, {});
  return (
    <fieldset className="source-fields">
      <legend>Source (a document and its words, or a note)</legend>
      <label>Document <select name={`${prefix}document`} defaultValue="">
        <option value="">(none: use a note)</option>
        {(lookups.data?.documents ?? []).map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
      </select></label>
      <label>Quote <input name={`${prefix}quote`} /></label>
      <label>Locator <input name={`${prefix}locator`} /></label>
      <label>Note <input name={`${prefix}note`} placeholder="e.g. Council press release, 6 January 2025" /></label>
    </fieldset>
  );
}

function sourceFrom(form: FormData, prefix: string) {
  const get = (k: string) => String(form.get(`${prefix}${k}`) ?? '').trim() || null;
  return { document: get('document'), quote: get('quote'), locator: get('locator'), note: get('note') };
}

function ReviewQueue({ onAudit }: { onAudit: (entries: AuditEntry[]) => void }) {
  const [nodes, setNodes] = useState<Node[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    const all: Node[] = [];
    let after: string | null = null;
    do {
      const page: ExplorerSuggestedLinksQuery = await call(ExplorerSuggestedLinksDocument, { after });
      all.push(...page.recommendations.nodes);
      after = page.recommendations.pageInfo.hasNextPage ? page.recommendations.pageInfo.endCursor ?? null : null;
    } while (after);
    setNodes(all);
  }, []);
  useEffect(() => { load().catch((e) => setError(errorText(e))); }, [load]);
  const suggestions: Suggestion[] = useMemo(() => (nodes ?? []).flatMap((from) => from.recursAs.map((link) => ({ from, link, key: `${from.id}>${link.recommendation.id}` }))), [nodes]);

  const decide = async (decision: 'ACCEPTED' | 'REJECTED', form: HTMLFormElement) => {
    const source = sourceFrom(new FormData(form), 'review-');
    setBusy(true);
    setError(null);
    const entries: AuditEntry[] = [];
    try {
      for (const s of suggestions.filter((x) => chosen.has(x.key))) {
        await call(ExplorerReviewRecurrenceDocument, { input: { from: s.from.id, to: s.link.recommendation.id, decision, source } }, true);
        const entry = await auditEntryFor(s.link.recommendation.id);
        if (entry) entries.push(entry);
      }
      setChosen(new Set());
      await load();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      onAudit(entries);
    }
  };

  return (
    <section aria-labelledby="queue-title">
      <h3 id="queue-title">Review queue: suggested recurrence links ({suggestions.length})</h3>
      {error && <p role="alert" className="error">{error}</p>}
      {!nodes && !error && <p aria-busy="true">Loading…</p>}
      {nodes && !suggestions.length && <p>Nothing awaits review: no suggested links in the graph.</p>}
      {suggestions.length > 0 && (
        <form onSubmit={(e) => e.preventDefault()} id="review-form">
          <ol className="queue" data-testid="queue">
            {suggestions.map((s) => (
              <li key={s.key}>
                <label className="pick"><input type="checkbox" checked={chosen.has(s.key)}
                  onChange={(e) => { const next = new Set(chosen); if (e.target.checked) next.add(s.key); else next.delete(s.key); setChosen(next); }} />
                  {' '}{itemLabel(s.from)} → {itemLabel(s.link.recommendation)} <span className={`basis basis-${s.link.basis}`}>{s.link.basis}</span> score {s.link.score.toFixed(2)}</label>
                <p className="explanation">{s.link.explanation}</p>
                <blockquote>{s.from.evidence[0]?.quote ?? s.from.text}</blockquote> <SourceButton first evidence={s.from.evidence} />
                <blockquote>{s.link.recommendation.evidence[0]?.quote ?? s.link.recommendation.text}</blockquote> <SourceButton first evidence={s.link.recommendation.evidence} />
              </li>
            ))}
          </ol>
          <SourceFields prefix="review-" />
          <p className="actions">
            <button type="button" onClick={() => setChosen(new Set(suggestions.map((s) => s.key)))}>Select all</button>{' '}
            <button type="button" disabled={busy || !chosen.size} onClick={(e) => decide('ACCEPTED', e.currentTarget.form!)}>Accept {chosen.size || ''}</button>{' '}
            <button type="button" disabled={busy || !chosen.size} onClick={(e) => decide('REJECTED', e.currentTarget.form!)}>Reject {chosen.size || ''}</button>
          </p>
        </form>
      )}
    </section>
  );
}

function RecordHolding({ onAudit }: { onAudit: (entries: AuditEntry[]) => void }) {
  const lookups = useQuery(ExplorerCuratorLookupsDocument, {});
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const roles = (lookups.data?.roles ?? []).filter((r) => `${r.name} ${r.organisation.name}`.toLowerCase().includes(filter.toLowerCase()));
  const byOrg = new Map<string, typeof roles>();
  roles.forEach((r) => byOrg.set(r.organisation.name, [...(byOrg.get(r.organisation.name) ?? []), r]));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const get = (k: string) => String(form.get(k) ?? '').trim() || null;
    setError(null);
    setDone(null);
    try {
      const person = get('person');
      const { recordHolding } = await call(ExplorerRecordHoldingDocument, { input: {
        role: get('role') ?? '', person, personName: person ? null : get('personName'), from: get('from'), to: get('to'), attestedOn: get('attestedOn'),
        capacity: (get('capacity') as 'PERMANENT' | 'INTERIM' | null), source: sourceFrom(form, 'holding-'),
      } }, true);
      setDone(`${recordHolding.name} recorded in ${recordHolding.role.name}.`);
      const entry = await auditEntryFor(recordHolding.role.id);
      onAudit(entry ? [entry] : []);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section aria-labelledby="holding-title">
      <h3 id="holding-title">Record a holding</h3>
      <form className="holding" onSubmit={submit}>
        <label>Find a role <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. director, commissioner" /></label>
        <label>Role <select name="role" required defaultValue="">
          <option value="" disabled>Choose a role ({roles.length})…</option>
          {[...byOrg.entries()].map(([org, rs]) => (
            <optgroup key={org} label={org}>{rs.map((r) => <option key={r.id} value={r.id}>{r.name}{r.singleHolder ? '' : ' (several holders)'}</option>)}</optgroup>
          ))}
        </select></label>
        <label>Person <select name="person" defaultValue="">
          <option value="">(a new person: give the name)</option>
          {(lookups.data?.people ?? []).filter((p) => p.named).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select></label>
        <label>New person's name <input name="personName" /></label>
        <label>From <input name="from" placeholder="YYYY, YYYY-MM or YYYY-MM-DD" /></label>
        <label>To <input name="to" placeholder="only if stated" /></label>
        <label>In post on <input name="attestedOn" placeholder="a date a source shows them in post" /></label>
        <label>Capacity <select name="capacity" defaultValue=""><option value="">not stated</option><option value="PERMANENT">permanent</option><option value="INTERIM">interim</option></select></label>
        <SourceFields prefix="holding-" />
        <button type="submit">Record holding</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {done && <p role="status">{done}</p>}
    </section>
  );
}

export function CuratorView() {
  const [token, setTokenState] = useState<string | null>(curatorToken.get());
  const setToken = (t: string | null) => { curatorToken.set(t); setTokenState(t); };
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const onAudit = useCallback((written: AuditEntry[]) => setEntries((old) => [...written, ...old]), []);
  return (
    <section aria-labelledby="curate-title">
      <h2 id="curate-title">Curator workspace</h2>
      <TokenBox token={token} setToken={setToken} />
      {token && (
        <>
          <ReviewQueue onAudit={onAudit} />
          <RecordHolding onAudit={onAudit} />
          <section aria-labelledby="written-title" aria-live="polite">
            <h3 id="written-title">Audit entries written in this session ({entries.length})</h3>
            {entries.map((e) => <AuditEntryView key={e.id} entry={e} />)}
          </section>
        </>
      )}
    </section>
  );
}
