// Every statement the code can send must pass Neo4j's own semantic analysis: Neo4j is the reference dialect.
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { declaredStatements } from '../../src/graph/store.js';
import '../../src/graph/all-statements.js';

// With the bundled Neo4j 5 function list the linter flags functions Neo4j lacks (Grafeo-only ones) on top of
// syntax and semantic errors, so one pass per statement is enough.
const neo4jFunctions = {
  functions: { 'CYPHER 5': testData.mockSchema.functions?.['CYPHER 5'] ?? {} },
  procedures: { 'CYPHER 5': testData.mockSchema.procedures?.['CYPHER 5'] ?? {} },
};
const isUndeclaredParameter = (message: string) => /^Parameter \$\S+ is not defined/.test(message);

function errorsOf(text: string): string[] {
  return lintCypherQuery(text, neo4jFunctions)
    .diagnostics.map((d) => ({
      severity: d.severity,
      message: typeof d.message === 'string' ? d.message : d.message.value,
    }))
    .filter((d) => d.severity === 1 && !isUndeclaredParameter(d.message))
    .map((d) => d.message.split('\n')[0]!);
}

describe('Cypher statements pass Neo4j semantic analysis', () => {
  const statements = declaredStatements();
  it('declares the statements of every graph module', () => {
    expect(statements.length).toBeGreaterThan(40);
  });
  it.each(statements.map((s) => [s.name, s.text]))('%s', (_name, text) => {
    expect(errorsOf(text)).toEqual([]);
  });
  it('catches a statement Neo4j rejects', () => {
    expect(errorsOf('MATCH (n:Person) RETURN year(n.born) AS y')).not.toEqual([]);
    expect(errorsOf('MATCH (n) WHERE exists(n.x) RETURN n')).not.toEqual([]);
  });
});
