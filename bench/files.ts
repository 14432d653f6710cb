/**
 * Import and export of a large XLIFF file through the command lines, each in a process of its own
 * so that its peak memory is its own: a generated XLIFF 1.2 file with inline markup (100 MB, or
 * BENCH_XLIFF_MB), whose states (a third translated, a fifth final) become revisions.
 * Target: a 100 MB file imports with a peak under 400 MB.
 * Then a Word document pair of 100,000 paragraphs (BENCH_DOCX_PARAGRAPHS), made from the test
 * fixtures' paragraphs (bold runs, a link, a tab, a footnote mark, a list, a table) numbered apart:
 * imported through the command line and exported back unchanged (the very file). And an HTML
 * page pair of as many paragraphs (BENCH_HTML_PARAGRAPHS), English and German, three in four with
 * a title or an alt text inside (each a segment of its own, in a flow of its own).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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
    benchWord(dir);
    benchPage(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A Word document of `count` paragraphs: the fixture's body paragraphs over and over, each numbered. */
function bigDocx(fixture: string, count: number, mark: string): Uint8Array {
  const entries = unzipSync(fs.readFileSync(path.join(ROOT, 'test/fixtures/docx', fixture)));
  const xml = strFromU8(entries['word/document.xml'] as Uint8Array);
  const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
  const bodyEnd = xml.lastIndexOf('<w:sectPr');
  const paragraphs = xml.slice(bodyStart, bodyEnd).match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const body: string[] = [];
  for (let k = 0; body.length < count; k += 1)
    body.push((paragraphs[k % paragraphs.length] as string).replace(/(<w:t[^>]*>)/, `$1${mark}${k} `));
  entries['word/document.xml'] = strToU8(xml.slice(0, bodyStart) + body.join('') + xml.slice(bodyEnd));
  return zipSync(entries);
}

function benchWord(dir: string): void {
  const count = Number(process.env.BENCH_DOCX_PARAGRAPHS ?? 100_000);
  const source = path.join(dir, 'big.en.docx');
  const target = path.join(dir, 'big.id.docx');
  fs.writeFileSync(source, bigDocx('notice.en.docx', count, 'P'));
  fs.writeFileSync(target, bigDocx('notice.id.docx', count, 'P'));
  const env = { TILIK_DB: path.join(dir, 'word.db'), TILIK_SEED_DEMO: '0' };
  const cli = (name: string) => path.join(ROOT, 'server/cli', name);
  const imported = timed([cli('import.ts'), '--source', source, '--target', target, '--source-lang', 'en', '--target-lang', 'id'], env);
  const id = imported.stdout.trim();
  const segments = /: (\d+) segments/.exec(imported.stderr)?.[1] ?? '?';
  const peak = /peak memory (\d+) MB/.exec(imported.stderr)?.[1] ?? '?';
  console.log(`files: a Word document pair of ${count} paragraphs a side (${(fs.statSync(target).size / 1024).toFixed(0)} KB zipped)`);
  console.log(
    `  import (read both, pair, store a batch at a time): ${imported.seconds.toFixed(1)} s, ${segments} segments, peak memory ${peak} MB`,
  );
  const out = path.join(dir, 'out.docx');
  const unchanged = timed([cli('export.ts'), id, '--format', 'docx', '--out', out], env);
  const same = fs.readFileSync(out).equals(fs.readFileSync(target));
  console.log(`  export, nothing changed: ${unchanged.seconds.toFixed(1)} s, ${same ? 'the very file' : 'DIFFERENT from the original'}`);
}

/** An HTML page of `count` paragraphs, from four patterns with inline elements and attributes, each numbered. */
function bigPage(count: number, patterns: readonly string[], lang: string): string {
  const body: string[] = [];
  for (let k = 0; k < count; k += 1) body.push(`<p>${(patterns[k % patterns.length] as string).replaceAll('{k}', String(k))}</p>`);
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Manual</title></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

function benchPage(dir: string): void {
  const count = Number(process.env.BENCH_HTML_PARAGRAPHS ?? 100_000);
  const source = path.join(dir, 'big.en.html');
  const target = path.join(dir, 'big.de.html');
  fs.writeFileSync(
    source,
    bigPage(
      count,
      [
        'Press <kbd>Ctrl+S</kbd> to save the <abbr title="configuration">config</abbr> file {k}.',
        'The <a href="/docs/{k}" title="Installation guide">guide</a> explains version 2.{k} in detail.',
        'Store the medicine below 25 °C, away from children ({k}).',
        '<img src="i.png" alt="Warning sign"> Do not exceed 3 tablets in 24 hours ({k}).',
      ],
      'en',
    ),
  );
  fs.writeFileSync(
    target,
    bigPage(
      count,
      [
        'Drücken Sie <kbd>Ctrl+S</kbd>, um die <abbr title="Konfiguration">Konfig</abbr>-Datei {k} zu speichern.',
        'Die <a href="/docs/{k}" title="Installationsanleitung">Anleitung</a> erklärt Version 2.{k} ausführlich.',
        'Lagern Sie das Arzneimittel unter 25 °C, außerhalb der Reichweite von Kindern ({k}).',
        '<img src="i.png" alt="Warnschild"> Nehmen Sie nicht mehr als 3 Tabletten in 24 Stunden ein ({k}).',
      ],
      'de',
    ),
  );
  const env = { TILIK_DB: path.join(dir, 'page.db'), TILIK_SEED_DEMO: '0' };
  const cli = (name: string) => path.join(ROOT, 'server/cli', name);
  const imported = timed([cli('import.ts'), '--source', source, '--target', target, '--source-lang', 'en', '--target-lang', 'de'], env);
  const segments = /: (\d+) segments/.exec(imported.stderr)?.[1] ?? '?';
  const peak = /peak memory (\d+) MB/.exec(imported.stderr)?.[1] ?? '?';
  console.log(`files: an HTML page pair of ${count} paragraphs a side (${(fs.statSync(target).size / 2 ** 20).toFixed(1)} MB)`);
  console.log(
    `  import (parse both, pair, store a batch at a time): ${imported.seconds.toFixed(1)} s, ${segments} segments, peak memory ${peak} MB`,
  );
  const out = path.join(dir, 'out.html');
  const unchanged = timed([cli('export.ts'), imported.stdout.trim(), '--format', 'html', '--out', out], env);
  const same = fs.readFileSync(out).equals(fs.readFileSync(target));
  console.log(`  export, nothing changed: ${unchanged.seconds.toFixed(1)} s, ${same ? 'the very file' : 'DIFFERENT from the original'}`);
}
