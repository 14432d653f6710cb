/**
 * Import and export of a large XLIFF file through the command lines, each in a process of its own
 * so that its peak memory is its own: a generated XLIFF 1.2 file with inline markup (100 MB, or
 * BENCH_XLIFF_MB), whose states (a third translated, a fifth final) become revisions.
 * Target: a 100 MB file imports with a peak under 400 MB.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bigXliff } from '../test/helpers/bigXliff';
import { ROOT } from '../test/helpers/server';

function timed(args: string[], env: Record<string, string>) {
  const start = performance.now();
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return { seconds: (performance.now() - start) / 1000, stdout: result.stdout, stderr: result.stderr };
}

export function benchFiles(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-bench-files-'));
  try {
    const megabytes = Number(process.env.BENCH_XLIFF_MB ?? 100);
    const { text, units } = bigXliff(megabytes * 1024 * 1024, { states: true });
    const file = path.join(dir, 'big.xlf');
    fs.writeFileSync(file, text);
    const env = { TILIK_DB: path.join(dir, 'bench.db'), TILIK_SEED_DEMO: '0' };
    const imported = timed([path.join(ROOT, 'server/cli/import.ts'), file], env);
    const peak = /peak memory (\d+) MB/.exec(imported.stderr)?.[1] ?? '?';
    const out = path.join(dir, 'out.xlf');
    const exported = timed([path.join(ROOT, 'server/cli/export.ts'), imported.stdout.trim(), '--format', 'xliff', '--out', out], env);
    console.log(`files: a ${(text.length / 1024 / 1024).toFixed(0)} MB XLIFF 1.2 file, ${units} units with inline markup`);
    const states = /the file's states: (.*) \(by/.exec(imported.stderr)?.[1] ?? 'none';
    console.log(
      `  import (read, check, store a batch at a time; states: ${states}): ${imported.seconds.toFixed(1)} s, peak memory ${peak} MB (target < 400)`,
    );
    console.log(
      `  export back to XLIFF: ${exported.seconds.toFixed(1)} s, ${fs.readFileSync(out, 'utf8') === text ? 'identical to the original' : 'DIFFERENT from the original'}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
