/**
 * `npm run import -- FILE.xlf [--title TEXT]` (XLIFF 1.2/2.x or TMX), or
 * `npm run import -- --source FILE --target FILE --source-lang TAG --target-lang TAG [--title TEXT]`
 * (plain text or Markdown, paragraphs aligned): a document in the database of TILIK_DB, in one
 * transaction. A progress line goes to standard error; the new document's id to standard output.
 * Exit 2 with a clear message for bad arguments or a file that cannot be imported; nothing is stored then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CreateDocumentFields, type CreateDocumentBody } from '../../shared/schemas';
import { openServices, readConfig } from '../config';
import { AppError } from '../errors';
import { decodeXliff, XliffError } from '../formats/xliff';
import { parseOrThrow } from '../validation';
import { documentFromTexts } from '../services/documents';
import { parseImport } from '../services/files';
import { SYSTEM_USER_ID } from '../store/types';

const USAGE = `Usage: npm run import -- FILE.xlf|FILE.tmx [--title TEXT]
       npm run import -- --source FILE --target FILE --source-lang TAG --target-lang TAG [--title TEXT]

Imports a document into the database of TILIK_DB (default ./data/tilik.db) and prints its id.`;

class UsageError extends Error {}

/** A progress line that rewrites itself on a terminal and prints whole steps otherwise. */
function progress(label: string) {
  let shown = -1;
  return (share: number) => {
    const percent = Math.floor(share * 100);
    const step = process.stderr.isTTY ? percent : Math.floor(percent / 10) * 10;
    if (step === shown) return;
    shown = step;
    process.stderr.write(process.stderr.isTTY ? `\r${label} ${percent}%` : `${label} ${step}%\n`);
  };
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

function utf8(file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFile(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file} is not UTF-8 text`);
  }
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        source: { type: 'string' },
        target: { type: 'string' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        title: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const started = performance.now();
  let input: CreateDocumentBody;
  let imported;
  if (positionals.length === 1 && !values.source && !values.target) {
    const file = positionals[0] as string;
    let text: string;
    try {
      text = decodeXliff(readFile(file));
    } catch (error) {
      if (error instanceof XliffError) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
    const show = progress(`reading ${path.basename(file)}`);
    ({ input, imported } = parseImport(path.basename(file), text, { title: values.title, onProgress: show }));
    if (process.stderr.isTTY) process.stderr.write('\n');
  } else if (positionals.length === 0 && values.source && values.target) {
    if (!values['source-lang'] || !values['target-lang']) throw new UsageError('--source-lang and --target-lang are required with --source and --target');
    const fields = parseOrThrow(
      CreateDocumentFields,
      {
        title: values.title ?? path.basename(values.source).replace(/\.[^.]+$/, ''),
        sourceLang: values['source-lang'],
        targetLang: values['target-lang'],
      },
      'arguments',
    );
    // the same checks as an upload: sizes before aligning, then the document's own rules
    input = documentFromTexts(fields, utf8(values.source), utf8(values.target));
  } else {
    throw new UsageError('give one XLIFF or TMX file, or --source and --target');
  }

  const config = readConfig(process.env, path.resolve(import.meta.dirname, '../..'));
  const services = await openServices(config);
  try {
    process.stderr.write(`storing ${input.segments.length} segments in one transaction…\n`);
    const document = await services.documents.create(input, SYSTEM_USER_ID, imported);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stderr.write(`imported "${document.title}" (${document.sourceLang} → ${document.targetLang}): ${document.segmentCount} segments in ${seconds} s, peak memory ${peak} MB\n`);
    process.stdout.write(`${document.id}\n`);
  } finally {
    await services.store.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof AppError && error.status === 400)) {
    process.stderr.write(`import: ${error.message}\n${error instanceof UsageError ? `\n${USAGE}\n` : ''}`);
    process.exit(2);
  }
  process.stderr.write(`import: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
