// A generated abuse corpus against the real server: malformed and odd bodies, wrong content types and
// methods, parse errors, deep/wide/aliased/fan-out queries, huge variables, unicode and NUL oddities,
// injection-looking strings, unauthenticated writes. Every answer must be a 4xx or a 200 with coded
// errors (never a 5xx), carry no stack trace or path, and leave the graph exactly as it was. Then the
// GraphQL-over-HTTP server audits of graphql-http: no errors, no 5xx.
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScratchStore } from '../../src/graph/open.js';
import { cypher, type GraphStore } from '../../src/graph/store.js';
import { loadSeed } from '../../src/seed/load.js';
import { startApi, type Api } from '../support/api.js';

let store: GraphStore;
let api: Api;

beforeAll(async () => {
  store = openScratchStore();
  await loadSeed(store);
  api = await startApi(store, { env: 'production' });
});
afterAll(async () => {
  await api.stop();
  await store.close();
});

const fingerprintOf = cypher(
  'test.abuse.fingerprint',
  `MATCH (n) UNWIND labels(n) AS label
  RETURN label, count(*) AS nodes ORDER BY label`,
);
const edgesOf = cypher('test.abuse.edges', 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS edges ORDER BY type');
const fingerprint = async () => JSON.stringify([await store.read(fingerprintOf), await store.read(edgesOf)]);

/** A deterministic generator (mulberry32), so a failing case can be found again by its index. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  kind: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const json = (kind: string, payload: unknown, headers: Record<string, string> = {}): Case => ({
  kind,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(payload),
});
const gql = (kind: string, query: string, variables?: unknown, headers?: Record<string, string>) =>
  json(kind, variables === undefined ? { query } : { query, variables }, headers);

const INJECTIONS = [
  "' OR '1'='1",
  '"; DROP TABLE x; --',
  '}) MATCH (n) DETACH DELETE n //',
  '$where: 1',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${process.exit()}',
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  '%00',
  '\u0000',
  '\ud800',
  '\u202e\u0644\u0639',
  '🙂'.repeat(50),
  'rec-2016-01\u0000x',
  'a'.repeat(5000),
  'CALL db.labels()',
  "insp-2016-sif'})-[:X]->() DELETE",
  'MATCH (n) RETURN n',
  '\\',
  '"',
  '\n\r\t',
];

const FIELDS = [
  'id',
  'text',
  'year',
  'themes { id }',
  'findings { id }',
  'inspection { id }',
  'evidence { quote }',
  '__typename',
];

function nested(depth: number, fields: [string, string]): string {
  let s = 'id';
  for (let level = depth; level >= 1; level--) s = `${fields[level % 2]} { ${s} }`;
  return s;
}

function corpus(): Case[] {
  const rnd = random(20261130);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const cases: Case[] = [];

  // Malformed JSON and odd bodies.
  const valid = JSON.stringify({ query: '{ inspections { id } }' });
  for (let i = 0; i < 80; i++) {
    const cut = valid.slice(0, Math.floor(rnd() * valid.length));
    cases.push({ kind: 'truncated json', headers: { 'content-type': 'application/json' }, body: cut });
  }
  for (let i = 0; i < 40; i++) {
    const bytes = Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 300) }, () => Math.floor(rnd() * 256)));
    cases.push({ kind: 'random bytes', headers: { 'content-type': 'application/json' }, body: bytes });
  }
  for (const body of [
    'null',
    '[]',
    '"query"',
    '42',
    'true',
    '{}',
    '{"query":1}',
    '{"query":null}',
    '{"query":[]}',
    '{"query":{"a":1}}',
    '{"query":"{ inspections { id } }","variables":"x"}',
    '{"query":"{ inspections { id } }","variables":[]}',
    '{"query":"{ inspections { id } }","operationName":5}',
    '{"query":"{ inspections { id } }","extensions":"x"}',
    '[{"query":"{ inspections { id } }"},{"query":"{ documents { id } }"}]',
    `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
    `{"query":"{ inspections { id } }",${'"a":1,'.repeat(5000)}"b":2}`,
    '{"__proto__":{"query":"{ inspections { id } }"}}',
    '{"constructor":{"prototype":{"x":1}},"query":"{ inspections { id } }"}',
  ]) {
    cases.push({ kind: 'odd body', headers: { 'content-type': 'application/json' }, body });
  }

  // Wrong content types, encodings and methods.
  for (const type of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/graphql',
    'application/xml',
    'application/json; charset=utf-16',
    'application/json; charset=klingon',
    '',
    'image/png',
    '*/*',
  ]) {
    for (let i = 0; i < 4; i++) {
      cases.push({
        kind: `content-type ${type || '(none)'}`,
        headers: type ? { 'content-type': type } : {},
        body: i % 2 ? valid : 'query={inspections{id}}',
      });
    }
  }
  cases.push({
    kind: 'gzip claimed',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: valid,
  });
  cases.push({
    kind: 'unknown encoding',
    headers: { 'content-type': 'application/json', 'content-encoding': 'br2' },
    body: valid,
  });
  for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) {
    cases.push({
      kind: `method ${method}`,
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'HEAD' ? undefined : valid,
    });
  }
  for (const q of ['{ inspections { id } }', 'mutation { endHolding(input: {}) { name } }', '{', '']) {
    cases.push({
      kind: 'GET',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(q)}`,
      headers: { 'apollo-require-preflight': '1' },
    });
    cases.push({ kind: 'GET no preflight', method: 'GET', path: `/graphql?query=${encodeURIComponent(q)}` });
  }
  cases.push({
    kind: 'GET variables junk',
    method: 'GET',
    path: '/graphql?query=%7Binspections%7Bid%7D%7D&variables=%7B',
    headers: { 'apollo-require-preflight': '1' },
  });
  cases.push({
    kind: 'unknown path',
    method: 'POST',
    path: '/graphql/../admin',
    headers: { 'content-type': 'application/json' },
    body: valid,
  });

  // Parse errors: token soup and broken documents.
  const TOKENS = [
    '{',
    '}',
    '(',
    ')',
    '[',
    ']',
    ':',
    '$',
    '@',
    '...',
    '!',
    '=',
    '|',
    '&',
    'query',
    'mutation',
    'fragment',
    'on',
    'inspections',
    'id',
    '"str"',
    '"""block"""',
    '1',
    '1.5e3',
    'true',
    'null',
    '#comment\n',
    ',',
    'subscription',
    '\u0000',
    '\ufeff',
  ];
  for (let i = 0; i < 400; i++) {
    const n = 1 + Math.floor(rnd() * 40);
    cases.push(gql('token soup', Array.from({ length: n }, () => pick(TOKENS)).join(' ')));
  }
  for (let i = 0; i < 20; i++) cases.push(gql('too many tokens', `{ ${'inspections { id } '.repeat(800 + i * 50)} }`));
  cases.push(gql('unterminated string', '{ search(query: "abc) { snippet } }'));
  cases.push(gql('unterminated block string', '{ search(query: """abc) { snippet } }'));

  // Deep, wide, aliased and fan-out queries.
  for (let depth = 2; depth <= 30; depth++) {
    cases.push(gql('deep family', `{ themes { ${nested(depth, ['findings', 'themes'])} } }`));
    cases.push(
      gql('deep recommendation chain', `{ inspections { ${nested(depth, ['recommendations', 'inspection'])} } }`),
    );
  }
  for (let aliases = 1; aliases <= 120; aliases += 7) {
    cases.push(
      gql(
        'aliased fan-out',
        `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: themes { findings { themes { findings { id } } } }`).join(' ')} }`,
      ),
    );
    cases.push(
      gql('aliased scalar', `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: __typename`).join(' ')} }`),
    );
  }
  for (let i = 0; i < 30; i++) {
    const width = 1 + Math.floor(rnd() * 60);
    cases.push(
      gql('wide', `{ inspections { findings { ${Array.from({ length: width }, () => pick(FIELDS)).join(' ')} } } }`),
    );
  }
  cases.push(
    gql(
      'fragment cycle',
      'query { themes { ...A } } fragment A on Theme { children { ...B } } fragment B on Theme { children { ...A } }',
    ),
  );
  cases.push(gql('directive spam', `{ inspections ${'@skip(if: false) '.repeat(60)} { id } }`));
  cases.push(
    gql(
      'introspection deep',
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }',
    ),
  );
  cases.push(gql('unknown operation', '{ inspections { id } }', undefined));
  cases.push(json('operation name missing', { query: 'query A { inspections { id } } query B { documents { id } }' }));
  cases.push(json('operation name unknown', { query: 'query A { inspections { id } }', operationName: 'Z' }));
  cases.push(gql('subscription', 'subscription { inspections { id } }'));
  cases.push(gql('first negative', '{ auditTrail(first: -5) { id } }'));
  cases.push(gql('first huge', '{ auditTrail(first: 2147483647) { id before after } }'));
  cases.push(gql('first overflow', '{ auditTrail(first: 99999999999999999999) { id } }'));
  cases.push(gql('search first huge', '{ search(query: "plan", first: 100000) { node { id } snippet } }'));

  // Huge and odd variables.
  for (let i = 0; i < 10; i++) {
    const size = Math.floor(rnd() * 90_000);
    cases.push(
      gql('huge variable', 'query($q: String!) { search(query: $q) { snippet } }', { q: 'plan '.repeat(size / 5) }),
    );
  }
  let deepVar: unknown = 'x';
  for (let i = 0; i < 2000; i++) deepVar = { a: deepVar };
  cases.push(gql('deep variable object', 'query($id: ID!) { inspection(id: $id) { id } }', { id: deepVar }));
  cases.push(
    gql(
      'many variables',
      `query(${Array.from({ length: 500 }, (_, i) => `$v${i}: Int`).join(', ')}) { inspections { id } }`,
      Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`v${i}`, i])),
    ),
  );
  for (const value of [null, 1, true, [], {}, '', 'x'.repeat(50_000), -1, 1e308, 'NaN']) {
    cases.push(gql('variable type', 'query($id: ID!) { inspection(id: $id) { id } }', { id: value }));
    cases.push(gql('year type', 'query($y: Int) { inspections(year: $y) { id } }', { y: value }));
  }

  // Unicode, NUL and injection-looking strings in every kind of argument.
  for (const s of INJECTIONS) {
    cases.push(gql('node id', 'query($id: ID!) { node(id: $id) { id } }', { id: s }));
    cases.push(gql('inspection id', 'query($id: ID!) { inspection(id: $id) { id } }', { id: s }));
    cases.push(gql('recommendation id', 'query($id: ID!) { recommendation(id: $id) { id } }', { id: s }));
    cases.push(gql('theme id', 'query($id: ID!) { theme(id: $id) { id } }', { id: s }));
    cases.push(gql('search', 'query($q: String!) { search(query: $q) { snippet } }', { q: s }));
    cases.push(
      gql('filter text', 'query($t: String) { recommendations(filter: { text: $t }) { totalCount } }', { t: s }),
    );
    cases.push(gql('cursor', 'query($c: String) { recommendations(after: $c) { totalCount } }', { c: s }));
    cases.push(gql('date', 'query($d: Date) { roles { holders(asOf: $d) { name } } }', { d: s }));
    cases.push(gql('inline literal', `{ node(id: ${JSON.stringify(s)}) { id } }`));
    cases.push(gql('audit target', 'query($t: ID) { auditTrail(target: $t) { id } }', { t: s }));
  }
  for (let i = 0; i < 60; i++) {
    const s = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () =>
      String.fromCharCode(Math.floor(rnd() * 0xffff)),
    ).join('');
    cases.push(gql('random unicode', 'query($q: String!) { search(query: $q) { snippet } }', { q: s }));
    cases.push({
      kind: 'raw unicode query',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ node(id: ${JSON.stringify(s)}) { id } }` }),
    });
  }

  // Writes without a curator token, with junk tokens, with junk inputs.
  const WRITES = [
    'mutation { recordHolding(input: { personName: "X", role: "role-dcs", from: "2025-01-01", source: { note: "n" } }) { name } }',
    'mutation { upsertAction(input: { text: "x", source: { note: "n" } }) { id } }',
    'mutation { registerDocument(input: { id: "doc-x", title: "t", publisher: "p", kind: OTHER, licence: "l", text: "t" }) { id } }',
  ];
  for (const m of WRITES) {
    for (const auth of [
      undefined,
      'Bearer x',
      'Basic YTpi',
      'Bearer ' + 'a'.repeat(5000),
      'Token x',
      'Bearer x y',
      'bearer',
    ]) {
      cases.push(gql('unauthenticated write', m, undefined, auth === undefined ? {} : { authorization: auth }));
    }
  }
  return cases;
}

// Internals: stack frames, source paths, database error codes (inputs echoed back in messages are fine).
const STACK = /\bat \S+ \(|\.ts:\d+|\.js:\d+|node_modules|\/work\/|stacktrace|GRAFEO-/;

async function send(c: Case): Promise<{ status: number; text: string; type: string }> {
  const res = await fetch(api.url.replace(/\/graphql$/, c.path ?? '/graphql'), {
    method: c.method ?? 'POST',
    headers: c.headers,
    body: typeof c.body === 'string' || c.body === undefined ? c.body : new Uint8Array(c.body),
  });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
}

describe('the abuse corpus', () => {
  it('gets no 5xx, no stack trace, coded errors, and leaves the graph unchanged', async () => {
    const before = await fingerprint();
    const cases = corpus();
    expect(cases.length).toBeGreaterThanOrEqual(1_000);
    const failures: string[] = [];
    const tally = new Map<string, number>();
    // A few at a time, like a small crowd.
    for (let i = 0; i < cases.length; i += 8) {
      await Promise.all(
        cases.slice(i, i + 8).map(async (c, j) => {
          const index = i + j;
          const { status, text, type } = await send(c);
          const where = `#${index} ${c.kind} → ${status}`;
          tally.set(String(status), (tally.get(String(status)) ?? 0) + 1);
          if (status >= 500) failures.push(`${where}: ${text.slice(0, 200)}`);
          if (STACK.test(text)) failures.push(`${where}: internals in ${text.slice(0, 300)}`);
          if (/json/.test(type) && text) {
            const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
            for (const e of body.errors ?? []) {
              if (typeof e.extensions?.code !== 'string')
                failures.push(`${where}: uncoded error ${JSON.stringify(e).slice(0, 200)}`);
              if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') failures.push(`${where}: internal error`);
            }
            if (status >= 400 && !body.errors?.length) failures.push(`${where}: ${status} without errors`);
          } else if (status !== 204 && status >= 400 && c.method !== 'HEAD') {
            failures.push(`${where}: ${status} with ${type || 'no content type'}: ${text.slice(0, 120)}`);
          }
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(await fingerprint()).toBe(before);
    // The server is still up and answering.
    expect((await api.gql('{ inspections { id } }')).data.inspections).toHaveLength(7);
    console.log(
      `abuse corpus: ${cases.length} requests, statuses ${JSON.stringify(Object.fromEntries([...tally].sort()))}`,
    );
  }, 120_000);
});

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('passes with no errors and no 5xx', async () => {
    const results = await auditServer({ url: api.url });
    const errors = results
      .filter((r) => r.status === 'error')
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(errors).toEqual([]);
    const fivexx = results.filter((r) => r.status !== 'ok' && r.response.status >= 500).map((r) => `${r.id} ${r.name}`);
    expect(fivexx).toEqual([]);
    const warnings = results.filter((r) => r.status === 'warn').map((r) => `${r.id} ${r.name}`);
    console.log(
      `graphql-http audits: ${results.length} run, ${results.filter((r) => r.status === 'ok').length} ok, ${warnings.length} warnings${warnings.length ? `: ${warnings.join('; ')}` : ''}`,
    );
  }, 60_000);
});
