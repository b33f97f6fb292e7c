// View 6: the curator workspace. The token is entered once and kept in this tab's session storage. Upload a
// report and read its preview, write it as suggestions, review the queue, record a holding; every write shows
// the audit entry it recorded.
import { useCallback, useState, type FormEvent } from 'react';
import {
  ExplorerAuditTrailDocument,
  ExplorerCuratorLookupsDocument,
  ExplorerRecordHoldingDocument,
  type ExplorerAuditTrailQuery,
} from '../../../client/index.js';
import { call, curatorToken, errorText, useQuery } from '../api.js';
import { ProposalQueue, UploadReport } from './curator-ingest.js';
import { ErrorAlert } from '../components/status.js';

type AuditEntry = ExplorerAuditTrailQuery['auditTrail'][number];

/** The newest audit entry for a target written by this curator: the one the write just recorded. */
async function auditEntryFor(target: string): Promise<AuditEntry | null> {
  const { auditTrail } = await call(ExplorerAuditTrailDocument, { target, first: 1 });
  return auditTrail[0] ?? null;
}

function AuditEntryView({ entry }: { entry: AuditEntry }) {
  return (
    <div className="audit" data-testid="audit-entry">
      <p>
        <strong>Audit entry {entry.id}</strong> · {entry.operation} by {entry.curator} at {entry.at}
      </p>
      <p>Targets: {entry.targets.join(', ')}</p>
      <p>
        Source: {entry.sourceDocument ? `${entry.sourceDocument.title} — “${entry.sourceQuote}”` : entry.sourceNote}
      </p>
      <details>
        <summary>Before and after</summary>
        <pre>{`before: ${entry.before ?? '(none)'}\nafter:  ${entry.after ?? '(none)'}`}</pre>
      </details>
    </div>
  );
}

function TokenBox({ token, setToken }: { token: string | null; setToken: (t: string | null) => void }) {
  const [draft, setDraft] = useState('');
  if (token) {
    return (
      <p className="token">
        Curator token set for this tab.{' '}
        <button type="button" onClick={() => setToken(null)}>
          Forget token
        </button>
      </p>
    );
  }
  return (
    <form
      className="controls"
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.trim()) setToken(draft.trim());
      }}
    >
      <label>
        Curator token{' '}
        <input type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button type="submit">Use token</button>
      <span className="muted">Kept in this tab's session storage only (npm run curator-token makes one).</span>
    </form>
  );
}

function SourceFields({ prefix, epoch }: { prefix: string; epoch: number }) {
  const lookups = useQuery(ExplorerCuratorLookupsDocument, {}, false, epoch);
  return (
    <fieldset className="source-fields">
      <legend>Source (a document and its words, or a note)</legend>
      <label>
        Document{' '}
        <select name={`${prefix}document`} defaultValue="">
          <option value="">(none: use a note)</option>
          {(lookups.data?.documents ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Quote <input name={`${prefix}quote`} />
      </label>
      <label>
        Locator <input name={`${prefix}locator`} />
      </label>
      <label>
        Note <input name={`${prefix}note`} placeholder="e.g. Council press release, 6 January 2025" />
      </label>
    </fieldset>
  );
}

function sourceFrom(form: FormData, prefix: string) {
  const get = (k: string) => String(form.get(`${prefix}${k}`) ?? '').trim() || null;
  return { document: get('document'), quote: get('quote'), locator: get('locator'), note: get('note') };
}

function RecordHolding({ onAudit, epoch }: { onAudit: (entries: AuditEntry[]) => void; epoch: number }) {
  // Re-read after every write: an accepted proposal can add the person or role to pick.
  const lookups = useQuery(ExplorerCuratorLookupsDocument, {}, false, epoch);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const roles = (lookups.data?.roles ?? []).filter((r) =>
    `${r.name} ${r.organisation.name}`.toLowerCase().includes(filter.toLowerCase()),
  );
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
      const { recordHolding } = await call(
        ExplorerRecordHoldingDocument,
        {
          input: {
            role: get('role') ?? '',
            person,
            personName: person ? null : get('personName'),
            from: get('from'),
            to: get('to'),
            attestedOn: get('attestedOn'),
            capacity: get('capacity') as 'PERMANENT' | 'INTERIM' | null,
            source: sourceFrom(form, 'holding-'),
          },
        },
        true,
      );
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
        <label>
          Find a role{' '}
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="e.g. director, commissioner"
          />
        </label>
        <label>
          Role{' '}
          <select name="role" required defaultValue="">
            <option value="" disabled>
              Choose a role ({roles.length})…
            </option>
            {[...byOrg.entries()].map(([org, rs]) => (
              <optgroup key={org} label={org}>
                {rs.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                    {r.singleHolder ? '' : ' (several holders)'}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          Person{' '}
          <select name="person" defaultValue="">
            <option value="">(a new person: give the name)</option>
            {(lookups.data?.people ?? [])
              .filter((p) => p.named)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          New person's name <input name="personName" />
        </label>
        <label>
          From <input name="from" placeholder="YYYY, YYYY-MM or YYYY-MM-DD" />
        </label>
        <label>
          To <input name="to" placeholder="only if stated" />
        </label>
        <label>
          In post on <input name="attestedOn" placeholder="a date a source shows them in post" />
        </label>
        <label>
          Capacity{' '}
          <select name="capacity" defaultValue="">
            <option value="">not stated</option>
            <option value="PERMANENT">permanent</option>
            <option value="INTERIM">interim</option>
          </select>
        </label>
        <SourceFields prefix="holding-" epoch={epoch} />
        <button type="submit">Record holding</button>
      </form>
      <ErrorAlert error={error} />
      {done && <p role="status">{done}</p>}
    </section>
  );
}

export function CuratorView() {
  const [token, setTokenState] = useState<string | null>(curatorToken.get());
  const setToken = (t: string | null) => {
    curatorToken.set(t);
    setTokenState(t);
  };
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [refresh, setRefresh] = useState(0);
  const onAudit = useCallback((written: AuditEntry[]) => {
    setEntries((old) => [...written, ...old]);
    setRefresh((n) => n + 1);
  }, []);
  return (
    <section aria-labelledby="curate-title">
      <h2 id="curate-title">Curator workspace</h2>
      <TokenBox token={token} setToken={setToken} />
      {token && (
        <>
          <UploadReport onWritten={() => setRefresh((n) => n + 1)} />
          <ProposalQueue refresh={refresh} onAudit={onAudit} />
          <RecordHolding onAudit={onAudit} epoch={refresh} />
          <section aria-labelledby="written-title" aria-live="polite">
            <h3 id="written-title">Audit entries written in this session ({entries.length})</h3>
            {entries.map((e) => (
              <AuditEntryView key={e.id} entry={e} />
            ))}
          </section>
        </>
      )}
    </section>
  );
}
