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
import { exportCommand } from '../../server/cli/export';
import { importCommand } from '../../server/cli/import';
import { qaCommand } from '../../server/cli/qa';
import { tmCommand } from '../../server/cli/tm';
import { userCommand } from '../../server/cli/user';
import { runInProcess, runSpawned, runSpawnedAsync } from '../helpers/cli';

const root = path.resolve(import.meta.dirname, '../..');
const demo = path.join(root, 'server/demo/seed-article');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-files-cli-'));
const db = path.join(tmp, 'tilik.db');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const env = { TILIK_DB: db, TILIK_SEED_DEMO: '0' };
/** The demo's two text files as an aligned pair. */
const TEXT_PAIR = [
  '--source',
  path.join(demo, 'source.en.txt'),
  '--target',
  path.join(demo, 'target.id.txt'),
  '--source-lang',
  'en',
  '--target-lang',
  'id',
];
const commands = { import: importCommand, export: exportCommand };

/** In this process, or (`spawned`) as `npm run --silent import -- …` starts it. */
function run(command: 'import' | 'export', args: string[]) {
  return runInProcess(commands[command], args, { env });
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
  it('imports a 10 MB XLIFF file a batch at a time with a progress line, and exports it back unchanged (as processes of their own)', () => {
    // (20,000 segments: ten batches of the import; 20 MB took 18 s of the suite for no more)
    const { text, units } = bigXliff(10 * 1024 * 1024);
    expect(units).toBeGreaterThan(20_000);
    const file = path.join(tmp, 'big.xlf');
    fs.writeFileSync(file, text);
    const imported = runSpawned('import', [file], { env });
    expect(imported.stderr).toMatch(/reading big\.xlf 0%\n(?:.*\n)*reading big\.xlf 50%\n(?:.*\n)*reading big\.xlf 100%\n/);
    expect(imported.stderr).toMatch(new RegExp(`imported "big" \\(en → id\\): ${units} segments in [\\d.]+ s, peak memory \\d+ MB`));
    expect(imported.status, imported.stderr).toBe(0);
    const id = imported.stdout.trim();
    expect(id).toMatch(/^\d+$/);

    const out = path.join(tmp, 'big-out.xlf');
    const exported = runSpawned('export', [id, '--format', 'xliff', '--out', out], { env });
    expect(exported.status, exported.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(text);
  }, 120_000);

  it('imports a pair of text files, aligned, and writes the corrected text out', async () => {
    const imported = await run('import', [...TEXT_PAIR, '--title', 'Demo']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/imported "Demo" \(en → id\): 24 segments/);
    const out = path.join(tmp, 'demo.txt');
    expect((await run('export', [imported.stdout.trim(), '--format', 'txt', '--out', out])).status).toBe(0);
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
    // a text document of its own, which has no XLIFF to export
    const pair = await run('import', TEXT_PAIR);
    expect(pair.status, pair.stderr).toBe(0);
    const textId = pair.stdout.trim();
    const before = await documentCount();
    const bomb = path.join(tmp, 'bomb.xlf');
    fs.writeFileSync(bomb, '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<xliff version="1.2"/>');
    const refused = await run('import', [bomb]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/import: file: is not an XLIFF file Tilik can read: line 2, column 1: a DOCTYPE is not allowed/);
    expect((await run('import', [path.join(tmp, 'missing.xlf')])).stderr).toMatch(/cannot read .*missing\.xlf: no such file/);
    expect((await run('import', [])).status).toBe(2);
    expect((await run('import', ['--source', 'a.txt', '--target', 'b.txt'])).stderr).toMatch(
      /--source-lang and --target-lang are required/,
    );
    // empty files: a mistake said as such, whatever their kind
    const empty = path.join(tmp, 'empty.txt');
    fs.writeFileSync(empty, '\n  \n');
    const emptyXliff = await run('import', [empty]);
    expect(emptyXliff.status).toBe(2);
    expect(emptyXliff.stderr).toMatch(/import: file: is empty/);
    const langs = ['--source-lang', 'en', '--target-lang', 'id'];
    expect((await run('import', ['--source', TEXT_PAIR[1] as string, '--target', empty, ...langs])).stderr).toMatch(
      /import: target: is empty: it holds no paragraphs \(the machine translation is missing\)/,
    );
    const page = path.join(tmp, 'page.html');
    const blank = path.join(tmp, 'blank.html');
    fs.writeFileSync(page, '<!DOCTYPE html><html><body><p>Hello.</p></body></html>');
    fs.writeFileSync(blank, '<!DOCTYPE html><html><body><script>var a = 1;</script></body></html>');
    expect((await run('import', ['--source', page, '--target', blank, ...langs])).stderr).toMatch(
      /import: target: has no text \(no block of text outside scripts, styles and navigation\)/,
    );
    expect(await documentCount()).toBe(before);

    expect((await run('export', [textId, '--format', 'pdf', '--out', path.join(tmp, 'x')])).stderr).toMatch(
      /--format must be one of xliff, docx, html, md, tmx, csv, txt/,
    );
    expect((await run('export', [textId, '--format', 'docx', '--out', path.join(tmp, 'x')])).stderr).toMatch(
      /docx is only for documents imported from Word documents; this one can be exported as tmx, csv or txt/,
    );
    expect((await run('export', ['999999', '--format', 'csv', '--out', path.join(tmp, 'x')])).stderr).toMatch(
      /there is no document 999999/,
    );
    const noXliff = await run('export', [textId, '--format', 'xliff', '--out', path.join(tmp, 'x')]);
    expect(noXliff.status).toBe(2);
    expect(noXliff.stderr).toMatch(/xliff is only for documents imported from XLIFF/);
    expect(fs.existsSync(path.join(tmp, 'x'))).toBe(false);
  });

  it('imports a file of two language pairs as two documents, with its warnings and states, and writes the whole file back', async () => {
    const file = path.join(root, 'test/fixtures/xliff/own/two-pairs-1.2.xlf');
    const imported = await run('import', [file]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('warning: line 45: the segment id "footer.html/f1" is used again');
    expect(imported.stderr).toContain('the file\'s states: 1 segment submitted, 2 approved (by "File import")');
    expect(imported.stderr).toMatch(/imported "two-pairs-1\.2 \(en → id\)" \(en → id\): 5 segments/);
    expect(imported.stderr).toMatch(/imported "two-pairs-1\.2 \(en → fr\)" \(en → fr\): 2 segments/);
    const ids = imported.stdout.trim().split('\n');
    expect(ids).toHaveLength(2);
    const out = path.join(tmp, 'set.xlf');
    const exported = await run('export', [ids[1] as string, '--format', 'xliff', '--set', '--out', out]);
    expect(exported.status, exported.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(file, 'utf8'));
    // without the states: every segment is machine translation to review
    const plain = await run('import', [file, '--no-states']);
    expect(plain.stderr).not.toContain("the file's states");
  });

  it('asks for --target-lang when the file names none, and takes it', async () => {
    const file = path.join(tmp, 'bare.xlf');
    fs.writeFileSync(
      file,
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en"><body><trans-unit id="1"><source>Close</source></trans-unit></body></file></xliff>',
    );
    const before = await documentCount();
    const asked = await run('import', [file]);
    expect(asked.status).toBe(2);
    expect(asked.stderr).toMatch(/import: targetLang: is needed: line 1, column \d+: a <file> has no target-language: .*--target-lang TAG/);
    expect((await run('import', [file, '--target-lang', 'not a tag'])).stderr).toMatch(/--target-lang: must be a BCP 47 language tag/);
    expect(await documentCount()).toBe(before);
    const imported = await run('import', [file, '--target-lang', 'de']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/imported "bare" \(en → de\): 1 segment in/);
  });

  it('prints its usage for --help on both commands', async () => {
    for (const command of ['import', 'export'] as const) {
      const help = await run(command, ['--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: npm run ${command} -- `));
      expect(help.stderr).toBe('');
    }
  });

  it('answers --help on every command line, doing nothing else', async () => {
    // the scripts with no spawned test of their own as processes (side by side: each is mostly a
    // process starting); the commands that have one (qa, tm, user, import, export) here in this one
    const scripts = ['serve', 'test', 'screenshot'];
    const helps = await Promise.all(
      scripts.map((script) => runSpawnedAsync(script, ['--help'], { env: { TILIK_DB: path.join(tmp, 'help.db') } })),
    );
    for (const [k, script] of scripts.entries()) {
      const help = helps[k] as (typeof helps)[number];
      expect(help.status, `${script}: ${help.stderr}`).toBe(0);
      expect(help.stdout, script).toMatch(/^Usage: /);
    }
    for (const command of [qaCommand, tmCommand, userCommand, importCommand, exportCommand]) {
      const help = await runInProcess(command, ['--help'], { env: { TILIK_DB: path.join(tmp, 'help.db') } });
      expect(help.status, `${command.name}: ${help.stderr}`).toBe(0);
      expect(help.stdout, command.name).toMatch(new RegExp(`^Usage: npm run (--silent )?${command.name} `));
    }
    // the benchmark builds the client first (npm run bench): its own script is asked directly
    const bench = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['bench/run.ts', '--help'], { cwd: root, encoding: 'utf8' });
    expect(bench.stdout).toMatch(/^Usage: npm run bench \[-- SECTION\]\n[\s\S]*Sections: diff, /);
    // the server did not start: no database was made
    expect(fs.existsSync(path.join(tmp, 'help.db'))).toBe(false);
    // (nine processes: on a busy 2-core machine that took over 20 s, so the bound is wide; it only
    // keeps a hung command from hanging the suite)
  }, 180_000);
});
