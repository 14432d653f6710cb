import { defineConfig } from 'vitest/config';

// Unit and API tests only; the Playwright specs in test/e2e run with `playwright test`.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/api/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
