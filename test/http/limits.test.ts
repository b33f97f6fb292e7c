// Bounded execution: a request's cost counts list sizes before it runs, and an execution budget (resolved
// fields, deadline) stops what the estimate lets through. The nested theme/finding family that used to
// exhaust the heap must come back as data or a coded error, with the server up and its memory flat.
import { describe, expect, it } from 'vitest';
import { listAwareEstimator, listSize } from '../../src/graphql/limits/cost.js';
import { startApi } from '../support/api.js';
import { useSeededApi } from '../support/fixtures.js';

const api = useSeededApi({ env: 'production' });

/** `themes { findings { themes { … { id } } } }` nested `depth` levels. */
export function nestedFamily(depth: number, aliases = 1): string {
  let selection = 'id';
  for (let level = depth; level >= 1; level--)
    selection = `${level % 2 === 1 ? 'themes' : 'findings'} { ${selection} }`;
  if (aliases === 1) return `{ ${selection} }`;
  return `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;
}

const ALLOWED_REFUSALS = ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'RESPONSE_TOO_LARGE', 'QUERY_TIMEOUT'];

describe('the nested theme/finding family', () => {
  it('answers every depth from 4 to 12 with up to 15 aliases as data or a coded refusal, and stays up', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const outcomes: string[] = [];
    for (const aliases of [1, 5, 15]) {
      for (let depth = 4; depth <= 12; depth++) {
        const res = await api.gql(nestedFamily(depth, aliases));
        expect(res.status, `depth ${depth} × ${aliases}`).toBeLessThan(500);
        if (res.errors) {
          expect(ALLOWED_REFUSALS, `depth ${depth} × ${aliases}`).toContain(res.errors[0]!.extensions?.code);
          outcomes.push(`${depth}×${aliases}:${res.errors[0]!.extensions?.code}`);
        } else {
          expect(res.data.themes ?? res.data.a0).toBeInstanceOf(Array);
          outcomes.push(`${depth}×${aliases}:data`);
        }
      }
    }
    // The shallowest single query is answered; the fan-outs beyond the budget are refused before running.
    expect(outcomes).toContain('4×1:data');
    expect(outcomes).toContain('6×1:QUERY_TOO_COMPLEX');
    expect(outcomes).toContain('8×15:QUERY_TOO_COMPLEX');
    const health = await fetch(api.url.replace(/\/graphql$/, '/health/ready'));
    expect(health.status).toBe(200);
    // Refusals happen before execution, so the heap does not grow with the fan-out.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(150 * 1024 * 1024);
  }, 120_000);

  it('states the estimate and the limit when it refuses', async () => {
    const res = await api.gql(nestedFamily(6), undefined, { accept: 'application/graphql-response+json' });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 50_000 });
    expect(res.errors?.[0]?.extensions?.cost).toBeGreaterThan(50_000);
  });
});

describe('the cost estimate', () => {
  it('multiplies list fields by `first` or by the known size of such lists', () => {
    expect(listSize('Query', 'auditTrail', 'AuditEntry', { first: 7 })).toBe(7);
    expect(listSize('Finding', 'themes', 'Theme', {})).toBe(3);
    expect(listSize('Theme', 'findings', 'Finding', {})).toBe(40);
    expect(listSize('Query', 'unknownList', 'Unknown', {})).toBe(10);
    expect(listAwareEstimator).toBeTypeOf('function');
  });

  it('lets every saved recipe through', async () => {
    const { operationNames, operation } = await import('../support/operations.js');
    for (const name of operationNames()) {
      const res = await api.gql(operation(name));
      expect(res.errors?.map((e) => e.extensions?.code) ?? [], name).not.toContain('QUERY_TOO_COMPLEX');
    }
  });
});

describe('the execution budget behind the estimate', () => {
  it('replaces an answer over the resolved-field cap with RESPONSE_TOO_LARGE', async () => {
    const capped = await startApi(api.store, { limits: { maxCost: 1e12, maxResolvedFields: 2_000 } });
    try {
      const res = await capped.gql(nestedFamily(4));
      expect(res.status).toBe(200);
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', maxResolvedFields: 2_000 });
      // A request within the cap on the same server is unaffected.
      expect((await capped.gql('{ inspections { id } }')).data.inspections).toHaveLength(7);
    } finally {
      await capped.stop();
    }
  });

  it('stops a request that runs past its deadline with QUERY_TIMEOUT', async () => {
    const hasty = await startApi(api.store, { limits: { maxCost: 1e12, timeoutMs: 1 } });
    try {
      const res = await hasty.gql(nestedFamily(5));
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', timeoutMs: 1 });
    } finally {
      await hasty.stop();
    }
  });
});

describe('rate limit', () => {
  it('answers 429 RATE_LIMITED past the per-client rate, health probes excepted', async () => {
    const limited = await startApi(api.store, { limits: { ratePerMinute: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.gql('{ inspections { id } }')).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await limited.gql('{ inspections { id } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect((await fetch(limited.url.replace(/\/graphql$/, '/health/live'))).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});
