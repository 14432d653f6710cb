/**
 * The import and export command lines on a real database: a generated 20 MB XLIFF file with its
 * progress output, a text pair, the round trip out again, and clear refusals that store nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../server/services';
import { openStore } from '../../server/store';
import { bigXliff } from '../helpers/bigXliff';

const root = path.resolve(import.meta.dirname, '../..');
const demo = path.join(root, 'server/demo/seed-article');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-files-cli-'));
const db = path.join(tmp, 'tilik.db');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(command: 'import' | 'export', args: string[], viaNpm = false) {
  const env = { ...process.env, TILIK_DB: db, TILIK_SEED_DEMO: '0' };
  const result = viaNpm
    ? spawnSync('npm', ['run', '--silent', command, '--', ...args], { cwd: root, encoding: 'utf8', env })
    : spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, `server/cli/${command}.ts`), ...args], {
        cwd: root,
        encoding: 'utf8',
        env,
      });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function documentCount(): Promise<number> {
  if (!fs.existsSync(db)) return 0;
  const services = createServices(await openStore({ file: db }));
  try {
    return (await services.documents.list()).length;
  } finally {
    await services.store.close();
  }
}

describe('npm run import / export', () => {
  it('imports a 20 MB XLIFF file a batch at a time with a progress line, and exports it back unchanged', () => {
    const { text, units } = bigXliff(20 * 1024 * 1024);
    const file = path.join(tmp, 'big.xlf');
    fs.writeFileSync(file, text);
    const imported = run('import', [file], true);
    expect(imported.stderr).toMatch(/reading big\.xlf 0%\n(?:.*\n)*reading big\.xlf 50%\n(?:.*\n)*reading big\.xlf 100%\n/);
    expect(imported.stderr).toMatch(new RegExp(`imported "big" \\(en → id\\): ${units} segments in [\\d.]+ s, peak memory \\d+ MB`));
    expect(imported.status, imported.stderr).toBe(0);
    const id = imported.stdout.trim();
    expect(id).toMatch(/^\d+$/);

    const out = path.join(tmp, 'big-out.xlf');
    const exported = run('export', [id, '--format', 'xliff', '--out', out], true);
    expect(exported.status, exported.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(text);
  }, 120_000);

  it('imports a pair of text files, aligned, and writes the corrected text out', () => {
    const imported = run('import', [
      '--source',
      path.join(demo, 'source.en.txt'),
      '--target',
      path.join(demo, 'target.id.txt'),
      '--source-lang',
      'en',
      '--target-lang',
      'id',
      '--title',
      'Demo',
    ]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/imported "Demo" \(en → id\): 24 segments/);
    const out = path.join(tmp, 'demo.txt');
    expect(run('export', [imported.stdout.trim(), '--format', 'txt', '--out', out]).status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(
      `${fs
        .readFileSync(path.join(demo, 'target.id.txt'), 'utf8')
        .trim()
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .join('\n\n')}\n`,
    );
  });

  it('refuses bad arguments and bad files with exit 2, a clear message, and nothing stored', async () => {
    const before = await documentCount();
    const bomb = path.join(tmp, 'bomb.xlf');
    fs.writeFileSync(bomb, '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<xliff version="1.2"/>');
    const refused = run('import', [bomb]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/import: file: is not an XLIFF file Tilik can read: line 2, column 1: a DOCTYPE is not allowed/);
    expect(run('import', [path.join(tmp, 'missing.xlf')]).stderr).toMatch(/cannot read .*missing\.xlf: no such file/);
    expect(run('import', []).status).toBe(2);
    expect(run('import', ['--source', 'a.txt', '--target', 'b.txt']).stderr).toMatch(/--source-lang and --target-lang are required/);
    expect(await documentCount()).toBe(before);

    expect(run('export', ['1', '--format', 'docx', '--out', path.join(tmp, 'x')]).stderr).toMatch(
      /--format must be one of xliff, tmx, csv, txt/,
    );
    expect(run('export', ['999', '--format', 'csv', '--out', path.join(tmp, 'x')]).stderr).toMatch(/there is no document 999/);
    const noXliff = run('export', ['2', '--format', 'xliff', '--out', path.join(tmp, 'x')]);
    expect(noXliff.status).toBe(2);
    expect(noXliff.stderr).toMatch(/xliff is only for documents imported from XLIFF/);
    expect(fs.existsSync(path.join(tmp, 'x'))).toBe(false);
  });
});
