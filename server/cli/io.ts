/**
 * What every command line shares: its streams and environment passed in (so a test runs a command
 * in its own process, with its own streams, and a script can call it too), one way to say a
 * usage error (exit 2, with the usage), `--help` on every command, and the lines that run a
 * command when its file is the program started.
 */
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Standard input when something is piped in; null on a terminal (nothing to read). */
  readonly stdin: NodeJS.ReadableStream | null;
  readonly env: NodeJS.ProcessEnv;
}

/** The command was called wrongly: exit 2, with the message and the usage. */
export class UsageError extends Error {}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin.isTTY ? null : process.stdin, env: process.env };
}

/** Writes a piece, waiting while the stream's buffer is full. */
export async function write(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Standard input as text without its last line end, or undefined when nothing is piped in. */
export async function readInput(io: CliIo): Promise<string | undefined> {
  if (!io.stdin) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  return text === '' ? undefined : text;
}

/** The repository's root, against which a relative TILIK_DB is resolved. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Command {
  /** The name the messages start with (`qa: …`). */
  readonly name: string;
  readonly usage: string;
  /** Does the work; throws UsageError (or a 400 AppError) for what the caller got wrong. */
  run(argv: string[], io: CliIo): Promise<void>;
}

/**
 * Runs a command and answers its exit code: 0 done, 2 called wrongly or given a file that cannot be
 * used (the message, and for a usage error the usage, on standard error), 1 anything else.
 */
export async function runCommand(command: Command, argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    await write(io.stdout, `${command.usage}\n`);
    return 0;
  }
  try {
    await command.run(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      await write(io.stderr, `${command.name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof AppError && error.status === 400) {
      await write(io.stderr, `${command.name}: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof AppError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    await write(io.stderr, `${command.name}: ${error instanceof AppError ? '' : 'unexpected failure: '}${detail}\n`);
    return 1;
  }
}

/** Runs the command when the file `moduleUrl` is the program started (`tsx server/cli/qa.ts …`). */
export function runIfMain(moduleUrl: string, command: Command): void {
  const started = process.argv[1];
  if (!started || path.resolve(started) !== fileURLToPath(moduleUrl)) return;
  // a reader that stops early (`| head`) is not an error
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  void runCommand(command, process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
