// The browser IDE (GraphiQL 3 UMD build with React 18 UMD), served from the installed packages so it works
// on networks that block CDNs. The saved recipes open as tabs.
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { readRecipes } from './recipes.js';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

const ASSETS: Record<string, string> = {
  'react.js': path.join(dirOf('react'), 'umd/react.production.min.js'),
  'react-dom.js': path.join(dirOf('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.js': path.join(dirOf('graphiql'), 'graphiql.min.js'),
  'graphiql.css': path.join(dirOf('graphiql'), 'graphiql.min.css'),
};

export function playgroundAssets(): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  return router;
}

export function playgroundHtml(endpoint: string): string {
  const tabs = readRecipes().map((r) => ({ query: r.query }));
  // JSON inside <script>: escape "<" so a recipe can never close the tag.
  const json = JSON.stringify(tabs).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tameside inspection graph — playground</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/playground/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="/playground/react.js"></script>
  <script src="/playground/react-dom.js"></script>
  <script src="/playground/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)}, headers: { 'apollo-require-preflight': 'true' } });
    const tabs = ${json};
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true, storage: null }));
  </script>
</body>
</html>`;
}
