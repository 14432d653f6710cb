/**
 * `npm test`: every check: typecheck, lint and format beside the unit and API tests (Vitest, real
 * SQLite, and PostgreSQL where its server is installed), then the production build and end-to-end tests in Chromium on the built
 * app (Playwright). Ends with one line CI reads: `tests: N passed, N failed`.
 * Typecheck, lint and format (Prettier) count as one test each; a skipped test counts as failed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm test

Runs every check: typecheck, lint and format beside the unit and API tests (Vitest; PostgreSQL
too when its server binaries are found), then the production build and end-to-end tests in
Chromium (Playwright). The last line is "tests: N passed, N failed".`);
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

let passed = 0;
let failed = 0;
const problems: string[] = [];

/** A command run with its output shown as it comes (nothing else prints meanwhile). */
function run(label: string, command: string, args: string[], env: Record<string, string> = {}): Promise<boolean> {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => console.log(error.message));
    child.on('close', (code, signal) => {
      const ok = code === 0;
      console.log(`--- ${label}: ${ok ? 'ok' : `failed (exit ${code ?? signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(ok);
    });
  });
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A command run with its output kept, to be printed whole when it ends (others run beside it). */
function runQuietly(command: string, args: string[]): Promise<{ ok: boolean; output: string; seconds: number; exit: string }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) =>
      resolve({
        ok: code === 0,
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (Date.now() - started) / 1000,
        exit: String(code ?? signal),
      }),
    );
  });
}

// typecheck, lint and format side by side, and beside the unit tests: each is one process on one
// core, and started one after another they left cores idle (the three took 42 s before Vitest began,
// for 65 s of CPU); each is reported whole once the unit tests end, in this order
const statics: Array<[string, string, string[]]> = [
  // TypeScript 7, the native compiler (a quarter of TypeScript 6's CPU time here); ESLint's parser
  // keeps TypeScript 6 (package "typescript"), as typescript-eslint needs the JavaScript API
  ['typecheck', path.join(root, 'node_modules/typescript-native/bin/tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  // the house style: code as Prettier writes it (.prettierrc.json; data and prose are left alone)
  ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
];
const staticRuns = statics.map(([, command, args]) => runQuietly(command, args));

const vitestJson = path.join(resultsDir, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const vitestOk = await run('unit and API tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
for (const [k, [label]] of statics.entries()) {
  const result = await (staticRuns[k] as (typeof staticRuns)[number]);
  console.log(`\n=== ${label} ===`);
  if (result.output) process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
  console.log(`--- ${label}: ${result.ok ? 'ok' : `failed (exit ${result.exit})`} in ${result.seconds.toFixed(1)} s`);
  if (result.ok) passed += 1;
  else {
    failed += 1;
    problems.push(label);
  }
}
const vitest = readJson(vitestJson) as
  { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | undefined;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + vitest.numPendingTests + vitest.numTodoTests;
  if (vitest.numFailedTests + vitest.numPendingTests + vitest.numTodoTests > 0) problems.push('vitest');
}
if (!vitestOk && (!vitest || vitest.numFailedTests === 0)) {
  failed += 1; // the run itself failed (a file that does not load, an unhandled error)
  problems.push('vitest run');
}

if (!(await run('build the client (vite)', bin('vite'), ['build', '--logLevel', 'warn']))) {
  failed += 1;
  problems.push('build (end-to-end tests not run)');
} else {
  const playwrightJson = path.join(resultsDir, 'playwright.json');
  fs.rmSync(playwrightJson, { force: true });
  const e2eOk = await run('end-to-end tests in Chromium (playwright)', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  const report = readJson(playwrightJson) as
    { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] } | undefined;
  if (report) {
    passed += report.stats.expected;
    const bad = report.stats.unexpected + report.stats.flaky + report.stats.skipped;
    failed += bad;
    if (bad > 0) problems.push('playwright');
  }
  if (!e2eOk && (!report || report.stats.unexpected === 0)) {
    failed += 1;
    problems.push('playwright run (see its output above)');
  }
}

if (problems.length > 0) console.log(`\nFailed: ${problems.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
