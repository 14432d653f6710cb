/**
 * A server that cannot listen (its port is taken) says so, exits with 1, and stops its background
 * work before it closes the database: nothing runs on into a closed store. A server that listens
 * keeps idle connections for a minute, so a client reusing one rarely meets it being closed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-start-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('starting the server', () => {
  it('on a port already taken: says which, exits 1, and closes the database after its background work stopped', async () => {
    // a port this test holds from the start (a port found free and bound later could be taken in between)
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      // the demo is seeded, so its paragraphs are queued and the background checker has work
      const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'server/index.ts')], {
        cwd: ROOT,
        env: { ...process.env, PORT: String(port), TILIK_DB: path.join(dir, 'tilik.db'), TILIK_DEMO_PASSWORD: 'a-long-demo-password-1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(output).toContain(`[tilik] cannot listen on 127.0.0.1:${port}: listen EADDRINUSE`);
      expect(code, output).toBe(1);
      expect(output).not.toMatch(/destroyed|closed|failed/i);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 120_000);

  it('keeps an idle connection a minute, not the 5 s of Node, and says so to the client', async () => {
    const server = await startServer();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const get = () =>
        new Promise<{ headers: http.IncomingHttpHeaders; socket: unknown }>((resolve, reject) => {
          http
            .get(`${server.url}/api/health`, { agent }, (response) => {
              response.resume();
              response.on('end', () => resolve({ headers: response.headers, socket: response.socket }));
            })
            .on('error', reject);
        });
      const first = await get();
      expect(first.headers.connection).toBe('keep-alive');
      expect(first.headers['keep-alive']).toBe('timeout=65');
      // the same socket serves the next request
      const second = await get();
      expect(second.socket).toBe(first.socket);
    } finally {
      agent.destroy();
      await server.stop();
    }
  }, 120_000);
});
