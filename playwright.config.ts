import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { DEMO_PASSWORD } from './test/e2e/constants';
import { chromiumLaunchOptions } from './test/helpers/chromium';
import { freePortSync } from './test/helpers/server';

// Chosen once in the runner process; workers inherit the environment, so they agree on both.
process.env.TILIK_E2E_PORT ??= String(freePortSync());
process.env.TILIK_E2E_DB ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-e2e-')), 'e2e.db');
const port = Number(process.env.TILIK_E2E_PORT);

export default defineConfig({
  testDir: 'test/e2e',
  // how long a whole test may take before it is called hung: a bound, not a measure. 30 s was
  // passed by the two-person review workflow (32.7 s, a dozen pages and waits) on a new CI machine
  // whose browser ran slower, with every step passing
  timeout: 120_000,
  // how long an expectation waits for the page to come round: a bound, not a measure. 5 s was
  // too short when a compare waited behind another test's checks on a busy 2-core machine
  expect: { timeout: 15_000 },
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: chromiumLaunchOptions(),
    locale: 'en-GB',
    timezoneId: 'Asia/Jakarta',
    // a trace is recorded for every test for it to be kept for a failing one: that recording was a
    // quarter of the suite's CPU (the editor's spec: 60 s of CPU with it, 46 s without). Asked for
    // with TILIK_E2E_TRACE=1, when a failure needs more than its message and screenshot
    trace: process.env.TILIK_E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // the built client (npm test builds it first) served by the real server on a fresh database
    command: `node_modules/.bin/tsx server/index.ts`,
    url: `http://127.0.0.1:${port}/api/health`,
    // (a page read waits for the server's findings as long as it takes, however busy the machine: the
    // tests look at the server's findings, not at those the browser makes when a page comes without)
    env: {
      PORT: String(port),
      TILIK_DB: process.env.TILIK_E2E_DB,
      HOST: '127.0.0.1',
      TILIK_DEMO_PASSWORD: DEMO_PASSWORD,
      TILIK_READER_WAIT_MS: '600000',
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
