// dependency-cruiser: the README's architecture as rules (npm run depcruise).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules form a tree: a cycle means two modules share one job or a type sits in the wrong place.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-not-graph',
      severity: 'error',
      comment: 'Domain rules are pure: they take rows (src/model), never the store or its Cypher.',
      from: { path: '^src/domain/' },
      to: { path: '^src/graph/' },
    },
    {
      name: 'domain-pure',
      severity: 'error',
      comment: 'Domain rules know nothing of GraphQL, curation, ingest, seed or search.',
      from: { path: '^src/domain/' },
      to: { path: '^src/(graphql|curation|ingest|seed|search|server|index)' },
    },
    {
      name: 'model-is-the-root',
      severity: 'error',
      comment: 'The model is declared once and depends on nothing of the project but the shared error base.',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/(model/|errors\\.ts$)' },
    },
    {
      name: 'runners-only-through-the-factory',
      severity: 'error',
      comment: 'Stores open only through graph/open.ts; nothing outside the graph layer imports a runner.',
      from: { pathNot: '^src/graph/' },
      to: { path: '^src/graph/(embedded|neo4j)\\.ts$' },
    },
    {
      name: 'graph-knows-no-graphql',
      severity: 'error',
      comment: 'Cypher modules know nothing of GraphQL; resolvers never build Cypher.',
      from: { path: '^src/graph/' },
      to: { path: '^src/(graphql|explorer|server)' },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      comment: 'Fixtures stay in test/.',
      from: { path: '^(src|scripts)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(src/graphql/generated|src/client/generated)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
  },
};
