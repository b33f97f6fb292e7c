// Every statement the code can send must pass Neo4j's own semantic analysis: Neo4j is the reference dialect.
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { declaredStatements } from '../../src/graph/store.js';
import '../../src/graph/all-statements.js';

const statements = declaredStatements();
const REJECTED = ['MATCH (n:Person) RETURN year(n.born) AS y', 'MATCH (n) WHERE exists(n.x) RETURN n'];

// With Neo4j 5's function list the linter flags functions Neo4j lacks (Grafeo-only ones) on top of syntax and
// semantic errors, so one pass per statement is enough. The list is cut to the functions whose names occur in
// some text linted here: the analyser copies and compares the whole list on every call (half its time), and
// a function a text does not name cannot change that text's diagnostics. No procedures: the code calls none,
// and Grafeo has none of Neo4j's, so any CALL is an error.
const texts = [...statements.map((s) => s.text), ...REJECTED].join('\n').toLowerCase();
const allFunctions = testData.mockSchema.functions?.['CYPHER 5'] ?? {};
const neo4jFunctions = {
  functions: {
    'CYPHER 5': Object.fromEntries(Object.entries(allFunctions).filter(([name]) => texts.includes(name.toLowerCase()))),
  },
  procedures: { 'CYPHER 5': {} },
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
  // Each distinct text is linted once, under the names that send it.
  const byText = new Map<string, string[]>();
  for (const s of statements) byText.set(s.text, [...(byText.get(s.text) ?? []), s.name]);
  it('declares the statements of every graph module', () => {
    expect(statements.length).toBeGreaterThan(40);
  });
  it.each([...byText].map(([text, names]) => [names.join(', '), text]))('%s', (_names, text) => {
    expect(errorsOf(text)).toEqual([]);
  });
  it('catches a statement Neo4j rejects', () => {
    for (const text of REJECTED) expect(errorsOf(text)).not.toEqual([]);
    expect(errorsOf('CALL db.labels() YIELD label RETURN label')).not.toEqual([]);
  });
});
