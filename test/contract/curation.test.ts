// Curation mutations on every backend: authentication, validation that writes nothing, audit trail, and
// the "who owns it now" answer following a recorded change of director. Each test writes about its own
// people and roles, so the tests pass in any order and alone.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/graph/open.js';
import { loadSeed } from '../../src/seed/load.js';
import { CURATOR_TOKEN, startApi } from '../support/api.js';
import { availableBackends } from '../support/backends.js';
import { curatedSeed, useSeededApi, useTempDir } from '../support/fixtures.js';

const AUTH = { authorization: `Bearer ${CURATOR_TOKEN}` };
const NOTE = { note: 'Council press release read by the curator, 6 January 2025' };

const RECORD = `mutation($input: RecordHoldingInput!) { recordHolding(input: $input) { name from to capacity role { id } person { id named } } }`;
const OWNERS = `query($asOf: Date) { recurringRecommendations(fromYear: 2016, toYear: 2023) {
  recommendation { id } currentOwners(asOf: $asOf) { role { id } holders { name basis } unnamedHolders { name } } } }`;
const AUDIT = `query($target: ID) { auditTrail(target: $target) { id operation curator targets before after sourceNote sourceDocument { id } } }`;

const dcsOwnerOf = (res: any, item: string) =>
  res.data.recurringRecommendations
    .find((i: any) => i.recommendation.id === item)
    .currentOwners.find((o: any) => o.role?.id === 'role-dcs');

describe.each(availableBackends())('curation on $name', (backend) => {
  const api = useSeededApi({ backend, now: () => new Date('2026-11-22T12:00:00Z') });

  const auditCount = async () => (await api.gql(AUDIT)).data.auditTrail.length;

  it('refuses writes without a valid curator token and writes nothing', async () => {
    const before = await auditCount();
    const input = { personName: 'Jo Anonymous', role: 'role-dcs', from: '2025-01-06', source: NOTE };
    for (const headers of [{}, { authorization: 'Bearer not-a-real-token' }] as Array<Record<string, string>>) {
      const res = await api.gql(RECORD, { input }, headers);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await auditCount()).toBe(before);
    const people = await api.gql('{ people { name } }');
    expect(people.data.people.map((p: any) => p.name)).not.toContain('Jo Anonymous');
  });

  it.each([
    [
      'an unknown role',
      { personName: 'A Person', role: 'role-nope', from: '2025-01-06', source: NOTE },
      /Unknown role/,
    ],
    [
      'an end before the start',
      { personName: 'A Person', role: 'role-dcs', from: '2025-03', to: '2025-01', source: NOTE },
      /before the start/,
    ],
    ['no source', { personName: 'A Person', role: 'role-dcs', from: '2025-01-06', source: {} }, /needs a source/],
    [
      'a quote the document does not contain',
      {
        personName: 'A Person',
        role: 'role-dcs',
        from: '2025-01-06',
        source: { document: 'doc-2024-commissioner', quote: 'A new DCS was appointed.' },
      },
      /does not occur/,
    ],
    ['neither start nor attestation', { personName: 'A Person', role: 'role-dcs', source: NOTE }, /from|attestedOn/],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_name, input, message) => {
    const before = await auditCount();
    const res = await api.gql(RECORD, { input }, AUTH);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await auditCount()).toBe(before);
    expect((await api.gql('{ people { name } }')).data.people.map((p: any) => p.name)).not.toContain('A Person');
  });

  it("records a new director of children's services; owners follow the date asked", async () => {
    const res = await api.gql(
      RECORD,
      {
        input: { personName: 'Jo Example', role: 'role-dcs', from: '2025-01-06', capacity: 'PERMANENT', source: NOTE },
      },
      AUTH,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.recordHolding).toMatchObject({
      name: 'Jo Example',
      from: '2025-01-06',
      to: null,
      capacity: 'PERMANENT',
      role: { id: 'role-dcs' },
      person: { id: 'person-jo-example', named: true },
    });

    const after = dcsOwnerOf(await api.gql(OWNERS, { asOf: '2025-06-01' }), 'rec-2016-03');
    expect(after.holders).toEqual([{ name: 'Jo Example', basis: 'STATED_START' }]);
    // Before the change: the interim DCS the commissioner's report describes but does not name.
    const before = dcsOwnerOf(await api.gql(OWNERS, { asOf: '2024-12-01' }), 'rec-2016-03');
    expect(before.holders).toEqual([]);
    expect(before.unnamedHolders).toHaveLength(1);
    // In mid-2022 no action on the item had yet been proposed, so the DCS was not yet its owner; the role itself
    // answers with the DCS the 2022 article names.
    expect(dcsOwnerOf(await api.gql(OWNERS, { asOf: '2022-07-01' }), 'rec-2016-03')).toBeUndefined();
    const dcs2022 = await api.gql(`{ role(id: "role-dcs") { holders(asOf: "2022-07-01") { name basis } } }`);
    expect(dcs2022.data.role.holders).toEqual([{ name: 'Ali Stathers-Tracey', basis: 'LAST_ATTESTED' }]);
    // Today (no asOf): the new director.
    expect(dcsOwnerOf(await api.gql(OWNERS), 'rec-2016-03').holders.map((h: any) => h.name)).toEqual(['Jo Example']);

    const trail = (await api.gql(AUDIT, { target: 'person-jo-example' })).data.auditTrail;
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      operation: 'recordHolding',
      curator: 'test-curator',
      before: null,
      sourceNote: NOTE.note,
    });
    expect(JSON.parse(trail[0].after)).toMatchObject({
      person: 'person-jo-example',
      role: 'role-dcs',
      from: '2025-01-06',
    });
  });

  it('refuses a second holder of a single-holder role over the same dates', async () => {
    const first = await api.gql(
      RECORD,
      { input: { personName: 'Kim First', role: 'role-director-adult-services', from: '2025-05-01', source: NOTE } },
      AUTH,
    );
    expect(first.errors).toBeUndefined();
    const res = await api.gql(
      RECORD,
      { input: { personName: 'Sam Other', role: 'role-director-adult-services', from: '2025-05-01', source: NOTE } },
      AUTH,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/one person at a time.*Kim First/);
  });

  it('ends a holding, with before and after in the audit trail', async () => {
    const started = await api.gql(
      RECORD,
      { input: { personName: 'Max Ending', role: 'role-s151-officer', from: '2025-01-06', source: NOTE } },
      AUTH,
    );
    expect(started.errors).toBeUndefined();
    const res = await api.gql(
      `mutation($input: EndHoldingInput!) { endHolding(input: $input) { name from to } }`,
      { input: { person: 'person-max-ending', role: 'role-s151-officer', to: '2026-03-31', source: NOTE } },
      AUTH,
    );
    expect(res.data.endHolding).toEqual({ name: 'Max Ending', from: '2025-01-06', to: '2026-03-31' });
    const trail = (await api.gql(AUDIT, { target: 'person-max-ending' })).data.auditTrail;
    expect(trail.map((e: any) => e.operation)).toEqual(['endHolding', 'recordHolding']);
    expect(JSON.parse(trail[0].before).to).toBeNull();
    expect(JSON.parse(trail[0].after).to).toBe('2026-03-31');
    const HOLDERS = 'query($asOf: Date) { role(id: "role-s151-officer") { holders(asOf: $asOf) { name } } }';
    expect((await api.gql(HOLDERS, { asOf: '2026-03-01' })).data.role.holders).toEqual([{ name: 'Max Ending' }]);
    expect((await api.gql(HOLDERS, { asOf: '2026-06-01' })).data.role.holders).toEqual([]);
  });

  it('creates and updates an action; the owners answer follows it', async () => {
    const create = await api.gql(
      `mutation($input: ActionInput!) { upsertAction(input: $input) { id status owners { id } respondsTo { ... on Recommendation { id } } proposedIn { id } } }`,
      {
        input: {
          text: 'Quarterly threshold audit reported to the improvement board',
          owners: ['role-improvement-board-chair'],
          respondsTo: ['rec-2023-03'],
          proposedIn: 'insp-2024-commissioner',
          due: '2025-12',
          source: NOTE,
        },
      },
      AUTH,
    );
    expect(create.errors).toBeUndefined();
    const action = create.data.upsertAction;
    expect(action).toMatchObject({
      status: 'PROPOSED',
      owners: [{ id: 'role-improvement-board-chair' }],
      respondsTo: [{ id: 'rec-2023-03' }],
      proposedIn: { id: 'insp-2024-commissioner' },
    });
    const update = await api.gql(
      `mutation($input: ActionInput!) { upsertAction(input: $input) { id status due } }`,
      { input: { id: action.id, status: 'COMPLETED', source: NOTE } },
      AUTH,
    );
    expect(update.data.upsertAction).toEqual({ id: action.id, status: 'COMPLETED', due: '2025-12' });
    const trail = (await api.gql(AUDIT, { target: action.id })).data.auditTrail;
    expect(trail.map((e: any) => e.operation)).toEqual(['updateAction', 'createAction']);
    expect(JSON.parse(trail[0].before).status).toBe('PROPOSED');
    const search = await api.gql('{ search(query: "quarterly threshold audit", kinds: [ACTION]) { node { id } } }');
    expect(search.data.search[0].node.id).toBe(action.id);
    const unknown = await api.gql(
      `mutation($input: ActionInput!) { upsertAction(input: $input) { id } }`,
      {
        input: {
          text: 'x',
          owners: ['role-nobody'],
          respondsTo: ['rec-2023-03'],
          proposedIn: 'insp-2024-commissioner',
          source: NOTE,
        },
      },
      AUTH,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toMatch(/role-nobody/);
  });

  it('rejects and re-accepts a recurrence link; chains follow the decision', async () => {
    const REVIEW = `mutation($input: ReviewRecurrenceInput!) { reviewRecurrence(input: $input) { status basis recommendation { id } via { id } } }`;
    const flagshipIds = async () =>
      (
        await api.gql('{ recurringRecommendations(fromYear: 2016, toYear: 2023) { recommendation { id } } }')
      ).data.recurringRecommendations.map((i: any) => i.recommendation.id);
    expect(await flagshipIds()).toContain('rec-2016-03');
    const rejected = await api.gql(
      REVIEW,
      { input: { from: 'rec-2016-03', to: 'rec-2023-04', decision: 'REJECTED', source: NOTE } },
      AUTH,
    );
    expect(rejected.data.reviewRecurrence).toEqual({
      status: 'REJECTED',
      basis: 'CURATED',
      recommendation: { id: 'rec-2023-04' },
      via: { id: 'rec-2016-03' },
    });
    expect(await flagshipIds()).not.toContain('rec-2016-03');
    await api.gql(
      REVIEW,
      { input: { from: 'rec-2016-03', to: 'rec-2023-04', decision: 'ACCEPTED', source: NOTE } },
      AUTH,
    );
    expect(await flagshipIds()).toContain('rec-2016-03');
    const none = await api.gql(
      REVIEW,
      { input: { from: 'rec-2016-13', to: 'rec-2023-10', decision: 'ACCEPTED', source: NOTE } },
      AUTH,
    );
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('registers a document whose quotes later writes can cite', async () => {
    const text = 'Monitoring visit letter. The new monitoring officer, Pat Example, started on 1 April 2026.';
    const reg = await api.gql(
      `mutation($input: DocumentInput!) { registerDocument(input: $input) { id title kind } }`,
      {
        input: {
          id: 'doc-2026-mv1',
          title: 'Monitoring visit 1',
          publisher: 'Ofsted',
          kind: 'MONITORING_LETTER',
          publishedOn: '2026-04',
          licence: 'OGL v3.0',
          text,
        },
      },
      AUTH,
    );
    expect(reg.data.registerDocument).toEqual({
      id: 'doc-2026-mv1',
      title: 'Monitoring visit 1',
      kind: 'MONITORING_LETTER',
    });
    const dup = await api.gql(
      `mutation($input: DocumentInput!) { registerDocument(input: $input) { id } }`,
      { input: { id: 'doc-2026-mv1', title: 't', publisher: 'p', kind: 'OTHER', licence: 'l', text: 't' } },
      AUTH,
    );
    expect(dup.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cited = await api.gql(
      RECORD,
      {
        input: {
          personName: 'Pat Example',
          role: 'role-monitoring-officer',
          from: '2026-04-01',
          source: {
            document: 'doc-2026-mv1',
            quote: 'The new monitoring officer, Pat Example, started on 1 April 2026.',
            locator: 'paragraph 1',
          },
        },
      },
      AUTH,
    );
    expect(cited.errors).toBeUndefined();
    const trail = (await api.gql(AUDIT, { target: 'person-pat-example' })).data.auditTrail;
    expect(trail[0].sourceDocument.id).toBe('doc-2026-mv1');
  });
});

describe('curation survives a restart of the embedded store', () => {
  const dir = useTempDir();

  it('keeps a recorded holding after the store is closed and reopened', async () => {
    let store = openStore({ backend: 'embedded', dataDir: dir });
    await loadSeed(store, undefined, curatedSeed());
    let api = await startApi(store);
    const res = await api.gql(
      RECORD,
      { input: { personName: 'Lee Durable', role: 'role-chief-executive', from: '2025-02-01', source: NOTE } },
      AUTH,
    );
    expect(res.errors).toBeUndefined();
    await api.stop();
    await store.close();

    store = openStore({ backend: 'embedded', dataDir: dir });
    api = await startApi(store);
    const role = await api.gql('{ role(id: "role-chief-executive") { holders(asOf: "2025-06-01") { name } } }');
    expect(role.data.role.holders).toEqual([{ name: 'Lee Durable' }]);
    expect((await api.gql(AUDIT, { target: 'person-lee-durable' })).data.auditTrail).toHaveLength(1);
    await api.stop();
    await store.close();
  });
});
