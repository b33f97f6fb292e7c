// Builds the explorer when its build is missing or older than its sources (the app, the typed client, the
// build config); otherwise returns at once. `npm start` and `npm test` run it first, so `npm ci && npm start`
// stays all a new user types. `--force` rebuilds regardless.
import { existsSync, readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXPLORER_APP_DIR, EXPLORER_DIST_DIR } from './paths.js';

const SOURCES = [
  EXPLORER_APP_DIR,
  path.resolve(import.meta.dirname, '../client'),
  path.resolve(import.meta.dirname, 'vite.config.ts'),
];
const STAMP = path.join(EXPLORER_DIST_DIR, '.sources-mtime');

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

export function explorerIsBuilt(): boolean {
  return existsSync(path.join(EXPLORER_DIST_DIR, 'index.html'));
}

export async function ensureExplorerBuilt(
  options: { force?: boolean; quiet?: boolean } = {},
): Promise<'fresh' | 'built' | 'unavailable'> {
  const newest = Math.max(...SOURCES.filter((p) => existsSync(p)).map(newestMtime));
  if (!options.force && explorerIsBuilt() && existsSync(STAMP) && Number(readFileSync(STAMP, 'utf8')) >= newest)
    return 'fresh';
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    // Production installs (npm ci --omit=dev) have no bundler: the image builds the explorer in its build stage.
    if (!options.quiet)
      console.log(
        'explorer: not built and vite is not installed (npm ci without --omit=dev builds it); serving the API only',
      );
    return 'unavailable';
  }
  const started = Date.now();
  await vite.build({ configFile: path.resolve(import.meta.dirname, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(STAMP, String(newest));
  if (!options.quiet)
    console.log(
      `explorer: built into ${path.relative(process.cwd(), EXPLORER_DIST_DIR)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  return 'built';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureExplorerBuilt({ force: process.argv.includes('--force') }).catch((err) => {
    console.error(`explorer: build failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
