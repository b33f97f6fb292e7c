// Builds the typed client as a package of its own in dist/client: compiled JS with .d.ts, the merged schema
// (so a frontend can run its own codegen against it) and a package.json with an exports map. It needs only
// `graphql` and `@graphql-typed-document-node/core`; `npm pack dist/client` makes the tarball to publish.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { print } from 'graphql';
import { readTypeDefs } from '../src/graphql/schema.js';

const ROOT = path.resolve(import.meta.dirname, '..');
export const CLIENT_DIST_DIR = path.join(ROOT, 'dist/client');
export const CLIENT_PACKAGE = '@tameside-inspection-graph/client';

export function buildClient(): string {
  rmSync(CLIENT_DIST_DIR, { recursive: true, force: true });
  mkdirSync(CLIENT_DIST_DIR, { recursive: true });
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'src/client/tsconfig.build.json')],
    { stdio: 'inherit' },
  );
  const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
    dependencies: Record<string, string>;
  };
  const pkg = {
    name: CLIENT_PACKAGE,
    version: root.version,
    description:
      'Typed GraphQL client for the Tameside inspection graph: typed documents for its saved operations and request()',
    type: 'module',
    exports: { '.': { types: './index.d.ts', import: './index.js' }, './schema.graphql': './schema.graphql' },
    types: './index.d.ts',
    files: ['*.js', '*.d.ts', 'generated/', 'schema.graphql', 'README.md'],
    sideEffects: false,
    dependencies: { '@graphql-typed-document-node/core': root.dependencies['@graphql-typed-document-node/core'] },
    peerDependencies: { graphql: `^${root.dependencies.graphql}` },
    license: 'UNLICENSED',
  };
  writeFileSync(path.join(CLIENT_DIST_DIR, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  writeFileSync(path.join(CLIENT_DIST_DIR, 'schema.graphql'), print(mergeTypeDefs(readTypeDefs())) + '\n');
  copyFileSync(path.join(ROOT, 'src/client/README.md'), path.join(CLIENT_DIST_DIR, 'README.md'));
  return CLIENT_DIST_DIR;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`client: built ${CLIENT_PACKAGE} into ${path.relative(process.cwd(), buildClient())}`);
}
