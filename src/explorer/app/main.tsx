// The explorer: analysts' views over the graph and the curator's workspace, one page, hash-routed so the
// server only serves static files and every address can be bookmarked.
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SourceProvider } from './components/source.js';
import { CuratorView } from './views/curator.js';
import { ItemStoryView } from './views/item-story.js';
import { OwnersView } from './views/owners.js';
import { PersistenceView } from './views/persistence.js';
import { RecurrenceMapView } from './views/recurrence-map.js';
import { SearchView } from './views/search.js';
import './styles.css';

const VIEWS = [
  { path: 'map', title: 'Recurrence map' },
  { path: 'item', title: "An item's story" },
  { path: 'owners', title: 'Who owns it now' },
  { path: 'persistence', title: 'Persistence' },
  { path: 'search', title: 'Search' },
  { path: 'curate', title: 'Curate' },
] as const;

function parseHash(): { view: string; arg: string } {
  const [view = 'map', ...rest] = window.location.hash.replace(/^#\/?/, '').split('/');
  return { view: view || 'map', arg: decodeURIComponent(rest.join('/')) };
}

function App() {
  const [route, setRoute] = useState(parseHash);
  useEffect(() => {
    const on = () => setRoute(parseHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const go = useCallback((view: string, arg = '') => {
    window.location.hash = `#/${view}${arg ? `/${encodeURIComponent(arg)}` : ''}`;
  }, []);
  const openItem = useCallback((id: string) => go('item', id), [go]);
  const current = VIEWS.find((v) => v.path === route.view) ?? VIEWS[0];
  useEffect(() => {
    document.title = `${current.title} · Tameside inspection graph`;
  }, [current]);

  return (
    <SourceProvider>
      <header className="top">
        <h1>
          Tameside inspection graph <span className="muted">explorer</span>
        </h1>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.path}>
                <a href={`#/${v.path}`} aria-current={v.path === current.path ? 'page' : undefined}>
                  {v.title}
                </a>
              </li>
            ))}
            <li>
              <a href="/graphql">GraphQL playground</a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        {current.path === 'map' && <RecurrenceMapView openItem={openItem} />}
        {current.path === 'item' && <ItemStoryView id={route.arg || null} openItem={openItem} />}
        {current.path === 'owners' && <OwnersView openItem={openItem} />}
        {current.path === 'persistence' && <PersistenceView openItem={openItem} />}
        {current.path === 'curate' && <CuratorView />}
        {current.path === 'search' && (
          <SearchView key={route.arg} initial={route.arg} onSearch={(q) => go('search', q)} openItem={openItem} />
        )}
      </main>
      <footer>
        <p className="muted">
          Every fact cites a document and its words: use a Source button to read it in place. Where the sources are
          silent the explorer says unknown.
        </p>
      </footer>
    </SourceProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
