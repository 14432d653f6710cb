/**
 * The qa command line, run as other tools run it: the JSON contract on stdout, exit codes, clear
 * messages on stderr.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { qaCommand } from '../../server/cli/qa';
import { runInProcess, runSpawned } from '../helpers/cli';

const root = path.resolve(import.meta.dirname, '../..');
const demo = path.join(root, 'server/demo/seed-article');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** In this process, or (`spawned`) as other tools start it: `npm run --silent qa -- …`. */
function qa(args: string[], spawned = false, env: NodeJS.ProcessEnv = {}) {
  return spawned ? Promise.resolve(runSpawned('qa', args, { env })) : runInProcess(qaCommand, args);
}

const demoArgs = [
  '--source',
  path.join(demo, 'source.en.txt'),
  '--target',
  path.join(demo, 'target.id.txt'),
  '--glossary',
  path.join(demo, 'glossary.en-id.csv'),
  '--source-lang',
  'en',
  '--target-lang',
  'id',
];

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('npm run --silent qa', () => {
  it('prints exactly one JSON object in the documented shape', async () => {
    const { status, stdout, stderr } = await qa([...demoArgs, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout) as { segments: number; findings: Array<Record<string, unknown>> };
    expect(Object.keys(report)).toEqual(['segments', 'findings']);
    expect(report.segments).toBe(24);
    const target = fs
      .readFileSync(path.join(demo, 'target.id.txt'), 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const source = fs
      .readFileSync(path.join(demo, 'source.en.txt'), 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    let withSourceWords = 0;
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual([
        'segment',
        'sourceSegment',
        'rule',
        'severity',
        'start',
        'end',
        'text',
        'message',
        'suggestion',
        'sourceStart',
        'sourceEnd',
      ]);
      // the source words it concerns, inside its source paragraph
      if (finding.sourceStart !== null) {
        withSourceWords += 1;
        const paragraph = source[(finding.sourceSegment as number) - 1] ?? '';
        expect(finding.sourceEnd as number).toBeLessThanOrEqual(paragraph.length);
        expect(finding.sourceStart as number).toBeLessThanOrEqual(finding.sourceEnd as number);
      }
      expect(['minor', 'major', 'critical']).toContain(finding.severity);
      expect(typeof finding.message).toBe('string');
      expect(finding.suggestion === null || typeof finding.suggestion === 'string').toBe(true);
      expect(finding.sourceSegment === null || typeof finding.sourceSegment === 'number').toBe(true);
      expect(target[(finding.segment as number) - 1]?.slice(finding.start as number, finding.end as number)).toBe(finding.text);
    }
    expect(withSourceWords).toBeGreaterThan(report.findings.length / 2);
    const curbs = report.findings.find((finding) => finding.rule === 'glossary.forbidden' && finding.text === 'trotoar ekspor');
    expect(curbs).toEqual(expect.objectContaining({ segment: 8, sourceSegment: 8, suggestion: 'pembatasan ekspor' }));
    expect(source[7]?.slice(curbs?.sourceStart as number, curbs?.sourceEnd as number)).toBe('export curbs');
  });

  it('prints a readable report without --json, uncoloured when not on a terminal', async () => {
    const { status, stdout } = await qa(demoArgs);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Tilik QA: 24 target paragraphs, 19 source paragraphs, \d+ findings/);
    expect(stdout).toContain('¶8 (source ¶8)');
    expect(stdout).toMatch(/major\s+glossary\.forbidden\s+trotoar ekspor/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 0 with no findings on a clean translation', async () => {
    const { status, stdout } = await qa([
      '--source',
      write('s.txt', 'Hello world.\n\nSecond paragraph with 3 items.'),
      '--target',
      write('t.txt', 'Halo dunia.\n\nParagraf kedua dengan 3 butir.'),
      '--source-lang',
      'en',
      '--target-lang',
      'id',
      '--json',
    ]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ segments: 2, findings: [] });
  });

  it('reports a source paragraph without translation on its neighbour', async () => {
    const { stdout } = await qa([
      '--source',
      write('s2.txt', 'The first point about NVIDIA.\n\nA second point about Google.\n\nThe third point about OpenAI.'),
      '--target',
      write('t2.txt', 'Poin pertama tentang NVIDIA.\n\nPoin ketiga tentang OpenAI.'),
      '--source-lang',
      'en',
      '--target-lang',
      'id',
      '--json',
    ]);
    const report = JSON.parse(stdout) as { findings: Array<Record<string, unknown>> };
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'alignment.missing', segment: 1, sourceSegment: 2, text: '' }));
  });

  it.each([
    [['--source', 'a.txt'], /--target FILE is required/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--source', 'x', '--target', 'y', '--source-lang', 'en'], /--target-lang is required/],
    [['--source', 'x', '--target', 'y', '--source-lang', 'en', '--target-lang', 'not a tag'], /is not a BCP 47 language tag/],
    [
      ['--source', '/nonexistent/s.txt', '--target', 'y', '--source-lang', 'en', '--target-lang', 'id'],
      /cannot read the source file \/nonexistent\/s.txt: no such file/,
    ],
  ])('exits 2 with a clear message for bad arguments %#', async (args, message) => {
    const { status, stderr, stdout } = await qa(args as string[]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('exits 2 for a file that is not UTF-8 or a malformed glossary, naming the line', async () => {
    const latin1 = await qa([
      '--source',
      write('l1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])),
      '--target',
      write('ok.txt', 'ok'),
      '--source-lang',
      'en',
      '--target-lang',
      'id',
    ]);
    expect(latin1.status).toBe(2);
    expect(latin1.stderr).toMatch(/l1.txt is not UTF-8 text/);
    const badGlossary = write('bad.csv', 'source,target,forbidden\ncurbs,pembatasan,trotoar\n"unclosed,x,y\n');
    const result = await qa([...demoArgs.slice(0, 4), '--glossary', badGlossary, '--source-lang', 'en', '--target-lang', 'id']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/glossary .*bad.csv is malformed: line 3: a quoted field is never closed/);
  });
});

describe('npm run --silent qa on long texts (read in pieces, checked on every core)', () => {
  // over the size from which the command reads the files into shared memory and uses threads (set
  // lower for these tests than its 2 MB: the path is the same, with 1,440 paragraphs instead of
  // 6,240, which took half a minute of the suite)
  const PARALLEL_FROM = 300_000;
  beforeAll(() => {
    process.env.TILIK_QA_PARALLEL_FROM = String(PARALLEL_FROM);
  });
  afterAll(() => {
    delete process.env.TILIK_QA_PARALLEL_FROM;
  });
  const sourceParagraphs = fs
    .readFileSync(path.join(demo, 'source.en.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const targetParagraphs = fs
    .readFileSync(path.join(demo, 'target.id.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const rounds = 60;
  const sources: string[] = [];
  const targets: string[] = [];
  for (let round = 0; round < rounds; round += 1) {
    sourceParagraphs.forEach((p, k) => sources.push(`${p} (${round}.${k})`));
    targetParagraphs.forEach((p, k) => targets.push(`${p} (${round}.${k})`));
  }
  // Windows line ends and a byte-order mark in one file, blank lines holding spaces in the other
  const longSource = write('long.en.txt', `\uFEFF${sources.join('\r\n\r\n')}\r\n`);
  const longTarget = write('long.id.txt', targets.join('\n \u00a0\n\n'));

  it('prints the report the in-memory way prints, to the byte (as a process of its own)', async () => {
    expect(fs.statSync(longSource).size + fs.statSync(longTarget).size).toBeGreaterThan(PARALLEL_FROM);
    const { checkTexts } = await import('../../server/services/qaTexts');
    const { parseGlossaryCsv } = await import('../../server/formats/glossaryCsv');
    const expected = checkTexts({
      source: fs.readFileSync(longSource, 'utf8'),
      target: fs.readFileSync(longTarget, 'utf8'),
      sourceLang: 'en',
      targetLang: 'id',
      glossary: parseGlossaryCsv(fs.readFileSync(path.join(demo, 'glossary.en-id.csv'), 'utf8')),
    });
    const { status, stdout, stderr } = await qa(['--source', longSource, '--target', longTarget, ...demoArgs.slice(4), '--json'], true, {
      TILIK_QA_TRACE: '1',
    });
    expect(status).toBe(0);
    // (by the threads: only that path traces its phases)
    expect(stderr).toMatch(/^\[qa\] checked: /m);
    expect(stdout).toBe(`${JSON.stringify({ segments: targets.length, findings: expected.findings })}\n`);
    expect(expected.findings.length).toBeGreaterThan(1000);
  }, 180_000);

  it('exits 2 naming a long file that is not UTF-8, or is missing', async () => {
    const broken = Buffer.concat([Buffer.from(sources.join('\n\n')), Buffer.from([0xff, 0xfe, 0x41])]);
    const brokenFile = write('broken.en.txt', broken);
    // every file opened is closed once: closed twice, the second close may close another file given
    // its number meanwhile (once, here, the test runner's own channel)
    const opened = new Set<number>();
    const open = new Set<number>();
    const closedTwice: number[] = [];
    const closing = (fd: number) => {
      if (opened.has(fd) && !open.has(fd)) closedTwice.push(fd);
      open.delete(fd);
    };
    const real = { openSync: fs.openSync, close: fs.close, closeSync: fs.closeSync };
    const spies = [
      vi.spyOn(fs, 'openSync').mockImplementation((...args: Parameters<typeof fs.openSync>) => {
        const fd = real.openSync(...args);
        opened.add(fd);
        open.add(fd);
        return fd;
      }),
      vi.spyOn(fs, 'close').mockImplementation(((fd: number, callback?: fs.NoParamCallback) => {
        closing(fd);
        real.close(fd, callback);
      }) as typeof fs.close),
      vi.spyOn(fs, 'closeSync').mockImplementation((fd: number) => {
        closing(fd);
        real.closeSync(fd);
      }),
    ];
    let result;
    try {
      result = await qa(['--source', brokenFile, '--target', longTarget, '--source-lang', 'en', '--target-lang', 'id']);
      // (a stream closes its file after it has been stopped, on its own time)
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(opened.size).toBeGreaterThan(0);
    expect(closedTwice).toEqual([]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/the source file .*broken.en.txt is not UTF-8 text/);
    const missing = await qa([
      '--source',
      longSource,
      '--target',
      path.join(tmp, 'nowhere.txt'),
      '--source-lang',
      'en',
      '--target-lang',
      'id',
    ]);
    expect(missing.status, missing.stderr).toBe(2);
  });
});
