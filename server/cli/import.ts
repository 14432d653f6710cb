/**
 * `npm run import -- FILE.xlf [--title TEXT] [--target-lang TAG] [--no-states]` (XLIFF 1.2/2.x or TMX), or
 * `npm run import -- --source FILE --target FILE --source-lang TAG --target-lang TAG [--title TEXT]`
 * (plain text or Markdown, paragraphs aligned): a document in the database of TILIK_DB. A file is
 * read piece by piece and stored a batch of segments at a time (any size; the document appears
 * when it is whole). A progress line goes to standard error, and the file's warnings; the new
 * document's id to standard output (one line per document: a file of several language pairs makes one per pair).
 * Exit 2 with a clear message for bad arguments or a file that cannot be imported; nothing is stored then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CreateDocumentFields, LanguageTag, type DocumentSummary } from '../../shared/schemas';
import { openServices, readConfig } from '../config';
import { parseOrThrow } from '../validation';
import { importFile } from '../services/imports';
import { importPair, isMarkdownName, kindOf } from '../services/pageImport';
import { SYSTEM_USER_ID } from '../store/types';
import { ROOT, runIfMain, UsageError, write, type CliIo, type Command } from './io';

const USAGE = `Usage: npm run import -- FILE.xlf|FILE.tmx [--title TEXT] [--target-lang TAG] [--no-states]
       npm run import -- --source FILE --target FILE --source-lang TAG --target-lang TAG [--title TEXT]
         (two plain-text or Markdown files, aligned by paragraph; or two Word documents (.docx) or
          two HTML pages, block by block)

Imports a document into the database of TILIK_DB (default ./data/tilik.db) and prints its id
(an XLIFF file with several language pairs: one document per pair, one id per line).
  --target-lang TAG  the target language of an XLIFF file that names none
  --no-states        leave the file's states (translated, reviewed, final, ...) out: every
                     segment comes in as machine translation to review; by default they
                     become submitted or approved revisions by "File import"`;

/** A progress line that rewrites itself on a terminal and prints whole steps otherwise. */
function progress(io: CliIo, label: string) {
  let shown = -1;
  const terminal = io.stderr.isTTY === true;
  return (share: number) => {
    const percent = Math.floor(share * 100);
    const step = terminal ? percent : Math.floor(percent / 10) * 10;
    if (step === shown) return;
    shown = step;
    io.stderr.write(terminal ? `\r${label} ${percent}%` : `${label} ${step}%\n`);
  };
}

async function run(argv: string[], io: CliIo): Promise<void> {
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
        'no-states': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const started = performance.now();
  const config = readConfig(io.env, ROOT);
  if (positionals.length === 1 && !values.source && !values.target) {
    const file = positionals[0] as string;
    try {
      fs.accessSync(file, fs.constants.R_OK);
    } catch (error) {
      throw new UsageError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      );
    }
    const services = await openServices(config);
    try {
      // read piece by piece and stored a batch at a time: a file of any size
      const show = progress(io, `reading ${path.basename(file)}`);
      const targetLang =
        values['target-lang'] === undefined ? undefined : parseOrThrow(LanguageTag, values['target-lang'], '--target-lang');
      const result = await importFile(services, file, {
        name: path.basename(file),
        title: values.title,
        targetLang,
        states: values['no-states'] !== true,
        actorId: SYSTEM_USER_ID,
        onProgress: show,
        onPhase: (_phase, count) => io.stderr.write(`${io.stderr.isTTY ? '\n' : ''}queueing ${segments(count)} for the checks\n`),
      });
      if (io.stderr.isTTY) await write(io.stderr, '\n');
      for (const warning of result.warnings) await write(io.stderr, `warning: ${warning}\n`);
      if (result.warningCount > result.warnings.length)
        await write(io.stderr, `warning: ${result.warningCount - result.warnings.length} more like these\n`);
      if (result.states.submitted + result.states.approved > 0)
        await write(
          io.stderr,
          `the file's states: ${segments(result.states.submitted)} submitted, ${result.states.approved} approved (by "File import")\n`,
        );
      for (const document of result.documents) await report(io, document, started);
    } finally {
      await services.store.close();
    }
    return;
  }
  if (!(positionals.length === 0 && values.source && values.target))
    throw new UsageError('give one XLIFF or TMX file, or --source and --target');
  if (!values['source-lang'] || !values['target-lang'])
    throw new UsageError('--source-lang and --target-lang are required with --source and --target');
  const fields = parseOrThrow(
    CreateDocumentFields,
    {
      title: values.title ?? path.basename(values.source).replace(/\.[^.]+$/, ''),
      sourceLang: values['source-lang'],
      targetLang: values['target-lang'],
    },
    'arguments',
  );
  const kind = (file: string) => {
    try {
      return kindOf(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  };
  // two texts (or Markdown files) read a piece at a time and stored a batch at a time, aligned by
  // paragraph; two Word documents or two HTML pages block by block, written back as the target file
  // a file that cannot be read is said as such, before the database is opened
  for (const file of [values.source, values.target]) kind(file);
  const services = await openServices(config);
  try {
    const document = await importPair(services, {
      sourcePath: values.source,
      targetPath: values.target,
      targetName: path.basename(values.target),
      markdown: isMarkdownName(values.target),
      fields,
      actorId: SYSTEM_USER_ID,
      onProgress: progress(io, `importing ${path.basename(values.target)}`),
    });
    if (io.stderr.isTTY) await write(io.stderr, '\n');
    await report(io, document, started);
  } finally {
    await services.store.close();
  }
}

const segments = (n: number) => `${n} segment${n === 1 ? '' : 's'}`;

async function report(io: CliIo, document: DocumentSummary, started: number): Promise<void> {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  await write(
    io.stderr,
    `imported "${document.title}" (${document.sourceLang} → ${document.targetLang}): ${segments(document.segmentCount)} in ${seconds} s, peak memory ${peak} MB\n`,
  );
  await write(io.stdout, `${document.id}\n`);
}

export const importCommand: Command = { name: 'import', usage: USAGE, run };

runIfMain(import.meta.url, importCommand);
