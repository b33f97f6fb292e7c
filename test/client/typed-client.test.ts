// Frontends build on the generated typed documents: this test is compiled by `tsc` (npm test runs it
// first), so a field the schema drops or renames breaks the build, and then runs against the real server.
import { describe, expect, it } from 'vitest';
import {
  FlagshipDocument,
  GraphQLRequestError,
  request,
  WhatARoleOwnsNowDocument,
  type FlagshipQuery,
} from '../../src/client/index.js';
import { useSeededApi } from '../support/fixtures.js';

describe('typed client', () => {
  const api = useSeededApi();

  it('runs the flagship query with typed results', async () => {
    const data: FlagshipQuery = await request(api.url, FlagshipDocument);
    const first = data.recurringRecommendations[0]!;
    const year: number = first.recommendation.year;
    expect(year).toBe(2016);
    const bases = data.recurringRecommendations.flatMap((i) => i.recurrences.map((r) => r.basis));
    expect(bases).toContain('CURATED');
  });

  it('passes typed variables and surfaces errors with their codes', async () => {
    const data = await request(api.url, WhatARoleOwnsNowDocument, { role: 'role-commissioner', asOf: '2024-07-01' });
    expect(data.role?.holders.map((h) => h.name)).toEqual(['Andy Couldrick']);
    await expect(request(api.url, WhatARoleOwnsNowDocument, { role: 'role-none' })).rejects.toThrow(
      GraphQLRequestError,
    );
    await expect(request(api.url, WhatARoleOwnsNowDocument, { role: 'role-none' })).rejects.toThrow(/NOT_FOUND/);
  });
});
