import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/neo4j-global.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Contract suites open real databases; one file at a time keeps the 2-core machines predictable.
    fileParallelism: false,
  },
});
