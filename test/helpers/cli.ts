/**
 * A command line run in the test's own process, with streams of its own: what it printed on each,
 * and its exit code. (A spawned `tsx` costs about a second; each command keeps one spawned smoke
 * test for the real process.)
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runCommand, type Command } from '../../server/cli/io';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

class Collect extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    callback();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export async function runInProcess(
  command: Command,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliResult> {
  const stdout = new Collect();
  const stderr = new Collect();
  const stdin = options.input === undefined ? null : Readable.from([Buffer.from(options.input)]);
  const status = await runCommand(command, args, { stdout, stderr, stdin, env: { ...process.env, ...options.env } });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

const root = path.resolve(import.meta.dirname, '../..');

/** The command as people start it: `npm run --silent NAME -- ARGS`, a process of its own. */
export function runSpawned(name: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
  const result = spawnSync('npm', ['run', '--silent', name, '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ...options.env },
    ...(options.input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input: options.input }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As runSpawned, without blocking: several commands may run at once. */
export function runSpawnedAsync(name: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', name, '--', ...args], {
      cwd: root,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = new Collect();
    const stderr = new Collect();
    child.stdout.pipe(stdout);
    child.stderr.pipe(stderr);
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: stdout.text(), stderr: stderr.text() }));
  });
}
