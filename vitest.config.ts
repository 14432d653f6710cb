import { defineConfig } from 'vitest/config';

// Unit and API tests only; the Playwright specs in test/e2e run with `playwright test`.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/api/**/*.test.ts', 'test/contract/**/*.test.ts'],
    // a real PostgreSQL server for the contract suite and the tests of several servers
    globalSetup: ['test/helpers/postgresSetup.ts'],
    environment: 'node',
    pool: 'forks',
    // the modules a worker has loaded serve its next file too (each file builds its own stores and
    // apps): loading them again for every file took 113 s of the suite's CPU, a third of it
    isolate: false,
    // both cores (Vitest's default leaves one idle: a file at a time on this 2-core machine, 9
    // minutes of tests where most of the time a file waits on its own server or database)
    maxWorkers: 2,
    // a bound against a hung test, not a measure of speed: on a busy 2-core machine the real work
    // of some tests (LibreOffice converting Word files, every XLIFF fixture cut every way, servers
    // started) took past 20 s, which failed them for being slow, not wrong
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
