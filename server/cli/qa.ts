/**
 * `npm run --silent qa -- --source FILE --target FILE [--glossary FILE.csv] --source-lang TAG
 * --target-lang TAG [--json]`: checks a translation against its source. With --json, one JSON
 * object on stdout (a contract other tools rely on); otherwise a readable report, in colour on a
 * terminal. Exit 0 whether or not there are findings, 2 for bad arguments or files.
 */
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { LanguageTag } from '../../shared/schemas';
import { SEVERITIES } from '../../shared/qa';
import { CsvError } from '../formats/csv';
import { parseGlossaryCsv } from '../formats/glossaryCsv';
import { checkTexts, type ParagraphFinding, type TextsReport } from '../services/qaTexts';
import { checkTextsStreaming, type StreamedReport } from '../services/qaStream';
import { WorkerPool } from '../workers/pool';
import { readParagraphStore, type ParagraphStore } from '../services/paragraphStore';
import { runIfMain, UsageError, write, type CliIo, type Command } from './io';

/**
 * Bytes of text from which the work is spread over threads (starting them costs about a second):
 * 2 MB, or what TILIK_QA_PARALLEL_FROM says (the tests take that path with a shorter text).
 */
function parallelFrom(): number {
  const set = process.env.TILIK_QA_PARALLEL_FROM;
  return set && /^\d+$/.test(set) ? Number(set) : 2_000_000;
}

const USAGE = `Usage: npm run --silent qa -- --source FILE --target FILE [--glossary FILE.csv]
                           --source-lang TAG --target-lang TAG [--json]

Checks a machine translation against its source, paragraph by paragraph (paragraphs are blocks
separated by blank lines). --json prints one JSON object; otherwise a readable report.`;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function unreadable(path: string, what: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(error);
  return new UsageError(`cannot read the ${what} file ${path}: ${reason}`);
}

function readText(path: string, what: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    throw unreadable(path, what, error);
  }
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`the ${what} file ${path} is not UTF-8 text`);
  }
}

/** A long text's paragraphs, read in pieces into shared memory (never the whole file as one string). */
async function readStore(path: string, what: string): Promise<ParagraphStore> {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (error) {
    throw unreadable(path, what, error);
  }
  // the stream owns the descriptor once made: it closes it when it ends or is destroyed (as reading
  // stops at a byte that is not UTF-8), even when told not to close it on its own; closing it here
  // as well closed it twice, the second time maybe another file's that had been given its number
  let stream: fs.ReadStream | undefined;
  try {
    if (fs.fstatSync(fd).isDirectory()) throw unreadable(path, what, Object.assign(new Error(), { code: 'EISDIR' }));
    const size = fs.fstatSync(fd).size;
    stream = fs.createReadStream(path, { fd, highWaterMark: 1 << 20 });
    return await readParagraphStore(stream, size);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
      throw new UsageError(`the ${what} file ${path} is not UTF-8 text`);
    if (error instanceof UsageError) throw error;
    throw unreadable(path, what, error);
  } finally {
    if (stream) stream.destroy();
    else fs.closeSync(fd);
  }
}

function language(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError(`--${option} is required (a BCP 47 tag such as "en" or "id")`);
  const parsed = LanguageTag.safeParse(value);
  if (!parsed.success) throw new UsageError(`--${option} "${value}" is not a BCP 47 language tag (such as "en" or "zh-CN")`);
  return parsed.data;
}

async function checkArgs(argv: string[]): Promise<{ report: StreamedReport; json: boolean }> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        source: { type: 'string' },
        target: { type: 'string' },
        glossary: { type: 'string' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (!values.source) throw new UsageError('--source FILE is required');
  if (!values.target) throw new UsageError('--target FILE is required');
  const sourceLang = language(values['source-lang'], 'source-lang');
  const targetLang = language(values['target-lang'], 'target-lang');
  // a long text is checked on every core (the threads start loading while the files are read);
  // a short one at once, here
  const size = (file: string) => {
    try {
      return fs.statSync(file).size;
    } catch {
      return 0; // reading it says what is wrong
    }
  };
  const files = { source: values.source, target: values.target, glossary: values.glossary, json: values.json };
  // (a small young generation: the checks make short-lived garbage, and a large one only holds it
  // longer; `npm run qa` gives this thread a small one too)
  const pool =
    size(files.source) + size(files.target) >= parallelFrom()
      ? new WorkerPool({ size: Math.max(1, threads() - 1), maxHeapMb: 192, youngMb: 12 })
      : null;
  pool?.warm();
  try {
    return await check(files, pool, sourceLang, targetLang);
  } finally {
    await pool?.close();
  }
}

function threads(): number {
  return Math.max(1, os.availableParallelism());
}

async function check(
  values: { source: string; target: string; glossary?: string | undefined; json: boolean },
  pool: WorkerPool | null,
  sourceLang: string,
  targetLang: string,
) {
  // a long text is read into shared memory in pieces, a short one as it is
  const source = pool ? await readStore(values.source, 'source') : readText(values.source, 'source');
  const target = pool ? await readStore(values.target, 'target') : readText(values.target, 'target');
  let glossary;
  if (values.glossary) {
    const text = readText(values.glossary, 'glossary');
    try {
      glossary = parseGlossaryCsv(text);
    } catch (error) {
      if (error instanceof CsvError) throw new UsageError(`the glossary ${values.glossary} is malformed: ${error.message}`);
      throw error;
    }
  }
  if (pool)
    return {
      report: await checkTextsStreaming({ source, target, sourceLang, targetLang, glossary }, pool, threads() - 1 || 1, () => pool.close()),
      json: values.json,
    };
  return {
    report: streamed(checkTexts({ source: source as string, target: target as string, sourceLang, targetLang, glossary })),
    json: values.json,
  };
}

/** A report made in one go, in the shape the streaming one has. */
function streamed(report: TextsReport): StreamedReport {
  const counts = { critical: 0, major: 0, minor: 0 };
  for (const finding of report.findings) counts[finding.severity] += 1;
  return {
    segments: report.segments,
    sourceSegments: report.sourceSegments,
    counts,
    findings: function* () {
      for (const finding of report.findings) yield Buffer.from(JSON.stringify(finding), 'utf8');
    },
  };
}

async function printReport(io: CliIo, report: StreamedReport, color: boolean): Promise<void> {
  const line = (text: string) => write(io.stdout, `${text}\n`);
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const colours: Record<string, string> = { critical: '1;31', major: '33', minor: '36' };
  const total = SEVERITIES.reduce((sum, severity) => sum + report.counts[severity], 0);
  const counts = SEVERITIES.map((severity) => `${report.counts[severity]} ${severity}`);
  await line(
    `${paint('1', 'Tilik QA')}: ${report.segments} target paragraphs, ${report.sourceSegments} source paragraphs, ` +
      `${total} findings (${counts.join(', ')})`,
  );
  let current = -1;
  for (const json of report.findings()) {
    const finding = JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8')) as ParagraphFinding;
    if (finding.segment !== current) {
      current = finding.segment;
      const source = finding.sourceSegment === null ? 'no source' : `source ¶${finding.sourceSegment}`;
      await line(`\n${paint('1', `¶${finding.segment}`)} ${paint('2', `(${source})`)}`);
    }
    const where = finding.text ? ` ${paint('4', finding.text)}` : '';
    const fix = finding.suggestion !== null ? ` ${paint('32', `→ ${finding.suggestion === '' ? '(delete)' : finding.suggestion}`)}` : '';
    await line(
      `  ${paint(colours[finding.severity] ?? '0', finding.severity.padEnd(8))} ${finding.rule.padEnd(22)}${where}  ${finding.message}${fix}`,
    );
  }
}

/** The JSON contract, written in pieces of about a megabyte: one object on one line, however many findings. */
async function writeJson(io: CliIo, report: StreamedReport): Promise<void> {
  const out = (chunk: string | Uint8Array) => write(io.stdout, chunk);
  await out(`{"segments":${report.segments},"findings":[`);
  const piece = Buffer.alloc(1 << 20);
  let used = 0;
  let first = true;
  const flush = async () => {
    await out(Buffer.from(piece.subarray(0, used)));
    used = 0;
  };
  for (const json of report.findings()) {
    if (used + json.length + 1 > piece.length) {
      await flush();
      if (json.length + 1 > piece.length) {
        // a finding longer than the piece goes out alone
        await out(first ? json : Buffer.concat([Buffer.from(','), json]));
        first = false;
        continue;
      }
    }
    if (!first) piece[used++] = 0x2c; // ,
    piece.set(json, used);
    used += json.length;
    first = false;
  }
  if (used > 0) await flush();
  await out(']}\n');
}

async function run(argv: string[], io: CliIo): Promise<void> {
  const { report, json } = await checkArgs(argv);
  if (json) await writeJson(io, report);
  else await printReport(io, report, io.stdout.isTTY === true && !io.env.NO_COLOR);
}

export const qaCommand: Command = { name: 'qa', usage: USAGE, run };

runIfMain(import.meta.url, qaCommand);
