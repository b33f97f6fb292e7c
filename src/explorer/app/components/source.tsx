// The source viewer: opens a cited document with the quote highlighted in place (the API gives the text and
// the quote's offsets), scrolled into view.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { ExplorerDocumentDocument } from '../../../client/index.js';
import { call, errorText } from '../api.js';
import type { Evidence } from '../data.js';
import { ErrorAlert } from './status.js';

type DocumentNode = {
  id: string;
  title: string;
  publisher: string;
  kind: string;
  publishedOn?: string | null;
  licence: string;
  text?: string | null;
};

const SourceContext = createContext<(e: Evidence) => void>(() => undefined);
export const useOpenSource = () => useContext(SourceContext);

export function SourceProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<Evidence | null>(null);
  const [doc, setDoc] = useState<DocumentNode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cache = useRef(new Map<string, DocumentNode>());
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);

  const show = useCallback((e: Evidence) => {
    setOpen(e);
    setError(null);
    const cached = cache.current.get(e.document.id);
    setDoc(cached ?? null);
    if (!cached) {
      call(ExplorerDocumentDocument, { id: e.document.id }).then(
        (r) => {
          const node = r.node as DocumentNode | null;
          if (node && 'title' in node) {
            cache.current.set(node.id, node);
            setDoc(node);
          } else setError('Document not found');
        },
        (err) => setError(errorText(err)),
      );
    }
  }, []);

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [doc, open]);

  const close = () => {
    dialog.current?.close();
    setOpen(null);
  };
  const text = doc?.text ?? null;
  const span = open?.span;
  return (
    <SourceContext.Provider value={show}>
      {children}
      <dialog ref={dialog} className="source" aria-labelledby="source-title" onClose={() => setOpen(null)}>
        {open && (
          <>
            <header>
              <div>
                <h2 id="source-title">{doc?.title ?? open.document.title}</h2>
                <p className="meta">
                  {doc ? `${doc.publisher}${doc.publishedOn ? `, ${doc.publishedOn}` : ''} · ${doc.kind}` : 'Loading…'}
                </p>
                <p className="meta">Locator: {open.locator || '—'}</p>
              </div>
              <button type="button" onClick={close} autoFocus>
                Close
              </button>
            </header>
            <ErrorAlert error={error} />
            {!span && doc && (
              <p className="warning">The quote could not be placed in the held text; it reads: “{open.quote}”</p>
            )}
            {text !== null && (
              <div className="document-text" tabIndex={0} aria-label={`Text of ${doc?.title}`}>
                {span ? (
                  <>
                    {text.slice(0, span.start)}
                    <mark ref={mark} data-testid="quote">
                      {text.slice(span.start, span.end)}
                    </mark>
                    {text.slice(span.end)}
                  </>
                ) : (
                  text
                )}
              </div>
            )}
            {doc && <p className="meta licence">{doc.licence}</p>}
          </>
        )}
      </dialog>
    </SourceContext.Provider>
  );
}

/** A button that opens a fact's source. */
export function SourceButton({
  evidence: all,
  label,
  first,
}: {
  evidence: Evidence[] | undefined;
  label?: string;
  first?: boolean;
}) {
  const openSource = useOpenSource();
  if (!all?.length) return <span className="muted">no source</span>;
  const evidence = first ? all.slice(0, 1) : all;
  return (
    <span className="sources">
      {evidence.map((e, i) => (
        <button
          key={i}
          type="button"
          className="source-link"
          onClick={() => openSource(e)}
          title={`${e.document.title} — ${e.locator}`}
        >
          {label ?? 'Source'}
          {evidence.length > 1 ? ` ${i + 1}` : ''}: {e.document.id.replace(/^doc-/, '')}, {e.locator || 'text'}
        </button>
      ))}
    </span>
  );
}
