// A reference the graph cannot resolve (a node removed by hand, a half-written import) is reported as
// NOT_FOUND on the field that follows it, and the rest of the answer still arrives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/store.js';
import { seededApi, type SeededApi } from '../support/fixtures.js';

const repoint = cypher(
  'test.repointFinding',
  'MATCH (f:Finding {id: $id}) SET f.inspection = $inspection RETURN f.id AS id',
);
const unlink = cypher('test.unlinkRole', 'MATCH (r:Role {id: $id})-[x:OF]->(:Organisation) DELETE x');

describe('dangling references', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await seededApi();
    await api.store.write(async (tx) => {
      await tx.run(repoint, { id: 'find-2016-exec-capacity', inspection: 'insp-1999-gone' });
      await tx.run(unlink, { id: 'role-dcs' });
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('a property naming a missing node', async () => {
    const res = await api.gql(
      '{ node(id: "find-2016-exec-capacity") { id ... on Finding { text inspection { id } } } }',
    );
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['NOT_FOUND', 'Inspection insp-1999-gone is referenced but not in the graph'],
    ]);
  });

  it('a required relationship that is missing', async () => {
    const res = await api.gql('{ role(id: "role-dcs") { name organisation { id } } }');
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(res.errors?.[0]?.path).toEqual(['role', 'organisation']);
  });
});
