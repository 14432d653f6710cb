import { defineConfig } from 'vitest/config';

// Unit and API tests only; the Playwright specs in test/e2e run with `playwright test`.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/api/**/*.test.ts', 'test/contract/**/*.test.ts'],
    // a real PostgreSQL server for the contract suite and the tests of several servers
    globalSetup: ['test/helpers/postgresSetup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
