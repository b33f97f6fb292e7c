// A frontend outside this repository: the client is built and packed as it would be published, unpacked into
// a scratch project's node_modules (its two dependencies linked from here: no registry in tests), type-checked
// there by tsc, and run by plain node — no tsx — against the real server.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient, CLIENT_PACKAGE } from '../../scripts/build-client.js';
import type { GraphStore } from '../../src/graph/store.js';
import { startApi, type Api } from '../support/api.js';
import { seededStore } from '../support/fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

const MAIN = `import { FlagshipDocument, graphql, request, type FlagshipQuery, type TypedDocumentNode } from '${CLIENT_PACKAGE}';
declare const process: { env: Record<string, string | undefined> };

const url = process.env.API_URL!;
const data: FlagshipQuery = await request(url, FlagshipDocument);
const first = data.recurringRecommendations[0]!;
const year: number = first.recommendation.year;
const dcsUnnamed = data.recurringRecommendations.flatMap((r) => r.currentOwners)
  .filter((o) => o.role?.id === 'role-dcs').flatMap((o) => o.unnamedHolders.map((h) => h.name));
// An operation the package was not generated with: parsed at run time, result untyped.
const ownDocument = graphql('query Own { serviceInfo { backend } }') as TypedDocumentNode<{ serviceInfo: { backend: string } }, Record<string, never>>;
const own = await request(url, ownDocument);
console.log(JSON.stringify({ year, ids: data.recurringRecommendations.map((r) => r.recommendation.id), dcsUnnamed, backend: own.serviceInfo.backend }));
`;
// Misused types must not compile: proves the package ships real types, not \`any\`.
const WRONG = `import { FlagshipDocument, request } from '${CLIENT_PACKAGE}';
const data = await request('http://x/graphql', FlagshipDocument);
const year: string = data.recurringRecommendations[0]!.recommendation.year;
export { year };
`;

describe('a scratch frontend using the published client package', () => {
  let store: GraphStore;
  let api: Api;
  let dir: string;

  beforeAll(async () => {
    const dist = buildClient();
    dir = mkdtempSync(path.join(os.tmpdir(), 'scratch-frontend-'));
    execFileSync('npm', ['pack', dist, '--pack-destination', dir, '--silent'], { stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const installed = path.join(dir, 'node_modules', CLIENT_PACKAGE);
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(dir, tarball), '--strip-components=1', '-C', installed]);
    for (const dep of ['graphql', '@graphql-typed-document-node/core']) {
      mkdirSync(path.dirname(path.join(dir, 'node_modules', dep)), { recursive: true });
      symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(dir, 'node_modules', dep), 'dir');
    }
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'scratch-frontend', private: true, type: 'module' }),
    );
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          outDir: 'out',
          lib: ['ES2023', 'DOM'],
          types: [],
          skipLibCheck: false,
        },
        include: ['main.ts'],
      }),
    );
    writeFileSync(path.join(dir, 'main.ts'), MAIN);
    store = await seededStore();
    api = await startApi(store);
  });
  afterAll(async () => {
    await api?.stop();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('type-checks against the package, then runs the flagship with plain node', async () => {
    const tsc = spawnSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(readdirSync(path.join(dir, 'node_modules', CLIENT_PACKAGE))).toEqual(
      expect.arrayContaining(['index.js', 'index.d.ts', 'schema.graphql', 'package.json']),
    );
    // Asynchronously: the server answering it runs in this process.
    const run = await promisify(execFile)(process.execPath, [path.join(dir, 'out/main.js')], {
      encoding: 'utf8',
      env: { ...process.env, API_URL: api.url },
    });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { year: number; ids: string[]; dcsUnnamed: string[]; backend: string };
    expect(out.year).toBe(2016);
    expect(out.ids).toEqual(expect.arrayContaining(['rec-2016-01', 'rec-2016-02', 'rec-2016-04', 'rec-2016-12']));
    expect(out.dcsUnnamed.some((n) => n.startsWith('Unnamed current DCS'))).toBe(true);
    expect(out.backend).toBe('embedded');
  });

  it('rejects code that misuses the result types', () => {
    writeFileSync(path.join(dir, 'wrong.ts'), WRONG);
    writeFileSync(
      path.join(dir, 'tsconfig.wrong.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          lib: ['ES2023', 'DOM'],
          types: [],
        },
        include: ['wrong.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [TSC, '-p', path.join(dir, 'tsconfig.wrong.json')], { encoding: 'utf8' });
    expect(tsc.status).not.toBe(0);
    expect(tsc.stdout).toMatch(/Type 'number' is not assignable to type 'string'/);
  });
});
