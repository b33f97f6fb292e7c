import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql instance: Node loads the CommonJS entry for Apollo and other dependencies, so the
    // project's own imports must too (otherwise schema types and errors fail instanceof checks).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/neo4j-global.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Contract suites open real databases; one file at a time keeps the 2-core machines predictable.
    fileParallelism: false,
  },
});
