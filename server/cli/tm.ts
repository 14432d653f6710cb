/**
 * `npm run tm -- import FILE.tmx` adds a TMX file's units to the translation memory;
 * `npm run tm -- export --source-lang TAG --target-lang TAG --out FILE` writes a pair's memory as
 * TMX (whole or not at all). Works on the database of TILIK_DB.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LanguageTag, MemoryName } from '../../shared/schemas';
import { decodeText } from '../middleware/multipart';
import { openServices, readConfig } from '../config';
import { ROOT, runIfMain, UsageError, write, type CliIo, type Command } from './io';

const USAGE = `Usage: npm run tm -- import FILE.tmx [--memory NAME]
       npm run tm -- export --source-lang TAG --target-lang TAG --out FILE [--memory NAME]

Adds a TMX file to the translation memory of the database of TILIK_DB (default ./data/tilik.db),
or writes one language pair's memory as TMX. --memory names a project memory (without it: the
pair's shared memory).`;

function language(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError(`--${option} is required (a BCP 47 tag such as "en" or "id")`);
  const parsed = LanguageTag.safeParse(value);
  if (!parsed.success) throw new UsageError(`--${option} "${value}" is not a BCP 47 language tag (such as "en" or "zh-CN")`);
  return parsed.data;
}

async function run(argv: string[], io: CliIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        out: { type: 'string' },
        memory: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const named = MemoryName.safeParse(values.memory ?? '');
  if (!named.success) throw new UsageError(`--memory: ${named.error.issues[0]?.message ?? 'not a memory name'}`);
  const memory = named.data === '' ? null : named.data;
  const [command, file, extra] = positionals;
  if (command === 'import') {
    if (!file || extra !== undefined) throw new UsageError('import takes one TMX file');
    let text: string;
    try {
      text = decodeText(fs.readFileSync(file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code ? (error as Error).message : 'it is not UTF-8 text (nor UTF-16 with a byte-order mark)'}`,
      );
    }
    const services = await openServices(readConfig(io.env, ROOT));
    try {
      const result = await services.memory.importTmx(path.basename(file), text, memory);
      await write(
        io.stderr,
        `added ${result.units} translation units (${result.sourceLang} → ${result.targetLang}${memory ? `, project memory "${memory}"` : ''}) from ${path.basename(file)}\n`,
      );
    } finally {
      await services.store.close();
    }
    return;
  }
  if (command === 'export') {
    if (positionals.length !== 1) throw new UsageError('export takes no file name: give it with --out FILE');
    const pair = {
      sourceLang: language(values['source-lang'], 'source-lang'),
      targetLang: language(values['target-lang'], 'target-lang'),
      memory,
    };
    if (!values.out) throw new UsageError('--out FILE is required');
    const services = await openServices(readConfig(io.env, ROOT));
    // written beside the target and renamed, so a failure never leaves half a file
    const temporary = `${values.out}.${process.pid}.part`;
    const out = fs.createWriteStream(temporary);
    try {
      const units = await services.memory.exportTmx(pair, async (piece) => {
        if (!out.write(piece)) await once(out, 'drain');
      });
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      fs.renameSync(temporary, values.out);
      await write(io.stderr, `wrote ${values.out} (${units} translation units, ${pair.sourceLang} → ${pair.targetLang})\n`);
    } catch (error) {
      out.destroy();
      fs.rmSync(temporary, { force: true });
      throw error;
    } finally {
      await services.store.close();
    }
    return;
  }
  throw new UsageError(command ? `unknown command "${command}"` : 'a command is required (import or export)');
}

export const tmCommand: Command = { name: 'tm', usage: USAGE, run };

runIfMain(import.meta.url, tmCommand);
