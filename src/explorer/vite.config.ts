// The explorer's build: src/explorer/app → dist/explorer, every asset bundled (no CDN at run time).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { EXPLORER_APP_DIR, EXPLORER_DIST_DIR } from './paths.js';

export default defineConfig({
  root: EXPLORER_APP_DIR,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  // `npm run explorer:dev`: hot reload on :5173, API calls passed to `npm start` on :4000.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { outDir: EXPLORER_DIST_DIR, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
});
