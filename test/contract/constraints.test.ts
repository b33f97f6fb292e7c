// A write that breaks a uniqueness constraint is refused by the database itself, on every backend: the runner
// reports it as CONSTRAINT_VIOLATION naming the label, property and value, the transaction writes nothing,
// and the API tells the client which item exists already (no internal error, no engine text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaStatements } from '../../src/graph/schema-setup.js';
import { cypher, type GraphStore, type Statement, type WriteTx } from '../../src/graph/store.js';
import { CURATOR_TOKEN, startApi, type Api } from '../support/api.js';
import { availableBackends } from '../support/backends.js';
import { seededStore } from '../support/fixtures.js';

const createTheme = cypher(
  'test.createTheme',
  'CREATE (t:Theme {id: $id, name: $name, description: $name}) RETURN t.id AS id',
);
const themesWithId = cypher('test.themesWithId', 'MATCH (t:Theme {id: $id}) RETURN t.name AS name');

/**
 * The real store, except that another writer creates the same person just before the service inserts it
 * (after the service checked the id was free): the race only the database's constraint can catch.
 */
function racedPersonInsert(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'soleWriter') return false;
      if (key !== 'write') return Reflect.get(target, key, receiver);
      return <T>(work: (tx: WriteTx) => Promise<T>) =>
        target.write((tx) =>
          work({
            run: async (statement: Statement, params?: Record<string, unknown>) => {
              if (statement.name === 'curation.createPerson') await tx.run(statement, params);
              return tx.run(statement, params);
            },
          } as WriteTx),
        );
    },
  });
}

describe.each(availableBackends())('constraint violations on $name', (backend) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await backend.open();
    await store.applySchema(schemaStatements(store.backend));
  });
  afterAll(async () => {
    await store?.close();
  });

  it('a second node with an existing id is CONSTRAINT_VIOLATION naming it, and its transaction writes nothing', async () => {
    await store.write((tx) => tx.run(createTheme, { id: 'theme-unique-probe', name: 'first' }));
    const second = store.write(async (tx) => {
      await tx.run(createTheme, { id: 'theme-written-before-the-violation', name: 'other' });
      return tx.run(createTheme, { id: 'theme-unique-probe', name: 'second' });
    });
    await expect(second).rejects.toMatchObject({
      code: 'CONSTRAINT_VIOLATION',
      statement: 'test.createTheme',
      details: { label: 'Theme', property: 'id', value: 'theme-unique-probe' },
    });
    expect(await store.read(themesWithId, { id: 'theme-unique-probe' })).toEqual([{ name: 'first' }]);
    expect(await store.read(themesWithId, { id: 'theme-written-before-the-violation' })).toEqual([]);
  });
});

describe.each(availableBackends())('a constraint violation through the API on $name', (backend) => {
  let store: GraphStore;
  let api: Api;
  beforeAll(async () => {
    store = await seededStore(backend);
    api = await startApi(racedPersonInsert(store));
  });
  afterAll(async () => {
    await api?.stop();
    await store?.close();
  });

  it('is reported to the client with its code and the item, not as an internal error', async () => {
    const res = await api.gql(
      `mutation($input: RecordHoldingInput!) { recordHolding(input: $input) { person { id } } }`,
      {
        input: {
          personName: 'Constraint Probe',
          role: 'role-dcs',
          attestedOn: '2025-01-06',
          source: { note: 'Council press release read by the curator, 6 January 2025' },
        },
      },
      { authorization: `Bearer ${CURATOR_TOKEN}` },
    );
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      message: 'A Person with id "person-constraint-probe" exists already; nothing was written',
      extensions: { code: 'CONSTRAINT_VIOLATION', label: 'Person', property: 'id', value: 'person-constraint-probe' },
    });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|GRAFEO|Neo\.ClientError|curation\.createPerson/);
    const people = await api.gql('{ people { id } }');
    expect(people.data.people.map((p: { id: string }) => p.id)).not.toContain('person-constraint-probe');
  });
});
