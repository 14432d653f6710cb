/**
 * Starts the real Tilik server (built client, temporary database) as a child process on a free
 * loopback port, for benchmarks and scripts that need a running instance.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Exits 0 when the loopback port given as its argument can be bound now, 1 when it cannot. */
const PORT_PROBE =
  "const s = require('node:net').createServer(); s.once('error', () => process.exit(1));" +
  " s.listen(Number(process.argv[1]), '127.0.0.1', () => s.close(() => process.exit(0)));";

/** The first of the local ports the system gives outgoing connections (Linux's default if unreadable). */
export function outgoingPortsStart(): number {
  try {
    const low = Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    if (Number.isInteger(low) && low > 0) return low;
  } catch {
    // not Linux, or /proc not mounted
  }
  return 32_768;
}

/**
 * A loopback port that is free now, for configurations that must name a port before anything
 * asynchronous can run (Playwright's web server). It lies below the range the system gives outgoing
 * connections: a port picked inside it (43754, once, in CI) can be taken by any client socket (a
 * test's database connection, say) between the pick and the server's bind.
 */
export function freePortSync(): number {
  const outgoingLow = outgoingPortsStart();
  const low = 10_000;
  const high = outgoingLow > low + 1_000 ? outgoingLow : 65_535;
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (spawnSync(process.execPath, ['-e', PORT_PROBE, String(port)]).status === 0) return port;
  }
  throw new Error(`no free loopback port found between ${low} and ${high} in 100 tries`);
}

/** The demo accounts' password on servers started here. */
export const DEMO_PASSWORD = 'tilik demo password';

export interface SignedIn {
  /** The Cookie header value that carries the session. */
  cookie: string;
  csrfToken: string;
}

/** Signs in through the session API, as scripts and other clients do. */
export async function signIn(url: string, username: string, password = DEMO_PASSWORD): Promise<SignedIn> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${username} failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return { cookie, csrfToken };
}

export interface RunningServer {
  url: string;
  dbFile: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-run-'));
  const dbFile = path.join(dir, 'tilik.db');
  // PORT=0: the system gives the server a free port as it binds, and the server prints it. A port
  // found free beforehand (and closed again) can be taken by another test file's server in the
  // meantime: this one then fails to bind, and the health check is answered by the other one,
  // until that one stops (CI saw ECONNREFUSED from a server that had "started").
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'server/index.ts')], {
    cwd: ROOT,
    env: { ...process.env, TILIK_DB: dbFile, TILIK_DEMO_PASSWORD: DEMO_PASSWORD, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() reaches tsx's node child too
  });
  let output = '';
  let stopping = false;
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    // TILIK_SERVER_STDERR=1: the server's standard error passed on as it comes (an import's trace)
    if (process.env.TILIK_SERVER_STDERR === '1') process.stderr.write(chunk);
  });
  // a server that ends while its test still uses it says why, where the test's failure is read
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`[test server] exited unexpectedly (code ${code}, signal ${signal}):\n${output}\n`);
  });
  // a bound against a server that never comes up, not a measure: a new database is migrated and
  // the demo seeded first, and with the suite's other work beside it (once, profiled) that took
  // past 30 s on this 2-core machine; the hooks that call this wait 120 s
  const deadline = Date.now() + 90_000;
  let url = '';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    url ||= /\[tilik\] listening on (http:\/\/[\d.]+:\d+)/.exec(output)?.[1] ?? '';
    if (url) {
      try {
        const response = await fetch(`${url}/api/health`);
        if (response.ok) break;
      } catch {
        // not answering yet
      }
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    dbFile,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        if (child.exitCode !== null) {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
          return;
        }
        const kill = (signal: NodeJS.Signals) => {
          try {
            if (child.pid !== undefined) process.kill(-child.pid, signal);
          } catch {
            // already gone
          }
        };
        const force = setTimeout(() => kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        kill('SIGTERM');
      }),
  };
}
