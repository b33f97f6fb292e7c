// Shared fixtures: the curated graph behind the real server, in-memory stores and temporary folders, so a
// suite states what it needs in one line and owns (and closes) what it opened.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openScratchStore } from '../../src/graph/open.js';
import type { GraphStore } from '../../src/graph/store.js';
import { loadSeed } from '../../src/seed/load.js';
import { readSeed, type Seed } from '../../src/seed/read.js';
import { startApi, type Api, type ApiOptions } from './api.js';
import type { Backend } from './backends.js';

/** The curated answer to the flagship (2016 items asked again in 2023), in the order the API lists them. */
export const FLAGSHIP_ITEMS = [
  'rec-2016-01',
  'rec-2016-02',
  'rec-2016-03',
  'rec-2016-04',
  'rec-2016-06',
  'rec-2016-07',
  'rec-2016-10',
  'rec-2016-11',
  'rec-2016-12',
];

let curated: Seed | undefined;
/** The curated seed, read and validated once per test file. */
export function curatedSeed(): Seed {
  return (curated ??= readSeed());
}

/** A new store holding the curated graph: in memory, or on `backend` (wiped first). */
export async function seededStore(backend?: Backend): Promise<GraphStore> {
  const store = backend ? await backend.open() : openScratchStore();
  await loadSeed(store, undefined, curatedSeed());
  return store;
}

export interface SeededApi extends Api {
  /** Stops the server and closes its store. */
  close(): Promise<void>;
}

/** The real server (createServer) over a new store holding the curated graph. */
export async function seededApi(options: ApiOptions & { backend?: Backend } = {}): Promise<SeededApi> {
  const store = await seededStore(options.backend);
  const api = await startApi(store, options);
  return {
    ...api,
    async close() {
      await api.stop();
      await store.close();
    },
  };
}

/**
 * A seeded API for the suite it is called in: started before its tests, closed after them. The handle can
 * be taken at collection time; its members reach the running server once the suite has started.
 */
export function useSeededApi(options: ApiOptions & { backend?: Backend } = {}): SeededApi {
  let api: SeededApi | undefined;
  beforeAll(async () => {
    api = await seededApi(options);
  });
  afterAll(async () => {
    await api?.close();
  });
  const started = () => {
    if (!api) throw new Error('the seeded API is not started yet (use it inside a test or hook)');
    return api;
  };
  return {
    get url() {
      return started().url;
    },
    get store() {
      return started().store;
    },
    gql: (query, variables, headers) => started().gql(query, variables, headers),
    stop: () => started().stop(),
    close: () => started().close(),
  };
}

/** A temporary folder for the suite it is called in, removed after its tests. */
export function useTempDir(prefix = 'tameside-graph-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
