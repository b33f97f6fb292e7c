// Values crossing the store boundary: plain JS out of both engines, integers into Neo4j.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNeo4jParams, toPlain } from '../../src/graph/values.js';

describe('toPlain', () => {
  it('turns driver integers, BigInts and temporal values into plain values', () => {
    expect(
      toPlain({
        n: neo4j.int(2016),
        big: 7n,
        list: [neo4j.int(1), 'a'],
        nested: { d: new neo4j.types.Date(2016, 12, 1) },
        none: undefined,
      }),
    ).toEqual({ n: 2016, big: 7, list: [1, 'a'], nested: { d: '2016-12-01' }, none: null });
  });
});

describe('toNeo4jParams', () => {
  it('sends whole numbers as integers and leaves other values alone', () => {
    const out = toNeo4jParams({
      first: 20,
      score: 0.85,
      ids: ['a'],
      rows: [{ year: 2016, props: { number: 5, text: 't' } }],
      none: null,
    }) as any;
    expect(neo4j.isInt(out.first) && out.first.toNumber()).toBe(20);
    expect(out.score).toBe(0.85);
    expect(neo4j.isInt(out.rows[0].year)).toBe(true);
    expect(neo4j.isInt(out.rows[0].props.number)).toBe(true);
    expect(out.rows[0].props.text).toBe('t');
    expect(out.ids).toEqual(['a']);
    expect(out.none).toBeNull();
  });
});
