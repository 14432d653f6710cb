/**
 * `npm run export -- DOCUMENT_ID --format xliff|docx|html|md|tmx|csv|txt --out FILE [--set]`: a document of the database
 * of TILIK_DB as a file (see server/services/exports.ts for what each format holds), written as
 * the document is read (a document of any length costs a page of memory), whole or not at all. Exit 2 with a clear message for bad arguments.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openServices, readConfig } from '../config';
import { exportHead, exportStream } from '../services/exports';
import { EXPORT_FORMATS, type ExportFormat } from '../services/files';
import { ROOT, runIfMain, UsageError, write, type CliIo, type Command } from './io';

const USAGE = `Usage: npm run export -- DOCUMENT_ID --format ${EXPORT_FORMATS.join('|')} --out FILE [--set]

Writes a document of the database of TILIK_DB (default ./data/tilik.db) to FILE, whole or not at all.
  --set   (xliff) the whole file, with the work of every document made from it: a file
          of several language pairs becomes one document per pair; this writes them all.`;

async function run(argv: string[], io: CliIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string' }, out: { type: 'string' }, set: { type: 'boolean' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(id) || id <= 0) throw new UsageError('DOCUMENT_ID must be one whole number');
  if (!values.format || !(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (!values.out) throw new UsageError('--out FILE is required');

  const config = readConfig(io.env, ROOT);
  const services = await openServices(config);
  try {
    if (!(await services.documents.get(id))) throw new UsageError(`there is no document ${id}`);
    const format = values.format as ExportFormat;
    const options = { set: values.set === true };
    await exportHead(services, id, format, options); // a format the document cannot be exported in is refused first
    // written piece by piece beside the target and renamed, so a failure never leaves half a file
    const temporary = `${values.out}.${process.pid}.part`;
    const out = fs.createWriteStream(temporary);
    let bytes = 0;
    try {
      await exportStream(
        services,
        id,
        format,
        async (piece) => {
          bytes += Buffer.byteLength(piece);
          if (!out.write(piece)) await once(out, 'drain');
        },
        options,
      );
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    } catch (error) {
      out.destroy();
      fs.rmSync(temporary, { force: true });
      throw error;
    }
    fs.renameSync(temporary, values.out);
    await write(io.stderr, `wrote ${values.out} (${values.format}, ${bytes} bytes)\n`);
  } finally {
    await services.store.close();
  }
}

export const exportCommand: Command = { name: 'export', usage: USAGE, run };

runIfMain(import.meta.url, exportCommand);
