/**
 * Sign-in limits against attempts sent all at once: at most the limit's number of password checks
 * run in a window, however they arrive, per account, per address, for the current-password check
 * of a password change, and across server processes sharing one database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, listen, TEST_PASSWORD, type Harness } from '../../helpers/api';
import { startServer, type RunningServer } from '../../helpers/server';

const LIMITS = { perAccount: 5, perAddress: 12, windowMs: 60_000 };

async function signInAt(url: string, username: string, password: string, forwardedFor?: string) {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}) },
    body: JSON.stringify({ username, password }),
  });
  await response.arrayBuffer();
  return response.status;
}

function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe('attempts sent at once', () => {
  let h: Harness;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    h = await createHarness({ loginLimits: LIMITS });
    server = await listen(h.app);
  });
  afterAll(async () => {
    await server.close();
    await h.close();
  });

  it('150 sign-ins to one account at once: only the limit of them reach the password check', async () => {
    const statuses = await Promise.all(Array.from({ length: 150 }, () => signInAt(server.url, 'editor', 'not the password')));
    expect(tally(statuses)).toEqual({ 401: LIMITS.perAccount, 429: 150 - LIMITS.perAccount });
    // and the right password is refused too while the account is locked
    expect(await signInAt(server.url, 'editor', TEST_PASSWORD)).toBe(429);
  });

  it('150 sign-ins from one address to many accounts at once: only the address limit of them are checked', async () => {
    const statuses = await Promise.all(Array.from({ length: 150 }, (_, i) => signInAt(server.url, `nobody${i}`, 'wrong password')));
    // the first test used 5 of this address's 12
    expect(tally(statuses)).toEqual({ 401: LIMITS.perAddress - LIMITS.perAccount, 429: 150 - (LIMITS.perAddress - LIMITS.perAccount) });
  });
});

describe('the current-password check of a password change', () => {
  it('is limited like signing in, also when the guesses come at once', async () => {
    const h = await createHarness({ loginLimits: LIMITS });
    const server = await listen(h.app);
    try {
      const me = await h.as('translator');
      const statuses = await Promise.all(
        Array.from(
          { length: 40 },
          async () =>
            (await me.put('/api/session/password').send({ currentPassword: 'a wrong guess', newPassword: 'a much better passphrase 42' }))
              .status,
        ),
      );
      expect(tally(statuses)).toEqual({ 400: LIMITS.perAccount, 429: 40 - LIMITS.perAccount });
      // the right current password is refused as well until the window passes
      const right = await me
        .put('/api/session/password')
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'a much better passphrase 42' });
      expect(right.status).toBe(429);
      expect(right.headers['retry-after']).toMatch(/^\d+$/);
    } finally {
      await server.close();
      await h.close();
    }
  });

  it('a right password takes its attempt back and forgives the account', async () => {
    const h = await createHarness({ loginLimits: LIMITS });
    const server = await listen(h.app);
    try {
      // two rounds of four failures: without forgiveness the second round would be locked out
      for (let round = 0; round < 2; round += 1) {
        for (let i = 0; i < LIMITS.perAccount - 1; i += 1) expect(await signInAt(server.url, 'reviewer', 'wrong one')).toBe(401);
        expect(await signInAt(server.url, 'reviewer', TEST_PASSWORD)).toBe(200);
      }
    } finally {
      await server.close();
      await h.close();
    }
  });
});

describe('several server processes on one database', () => {
  let dir: string;
  let servers: RunningServer[] = [];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-limits-'));
    const dbFile = path.join(dir, 'shared.db');
    // the first creates the database and the demo accounts; the second opens the same file
    servers = [await startServer({ TILIK_DB: dbFile }), await startServer({ TILIK_DB: dbFile, TILIK_SEED_DEMO: '0' })];
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('count the same attempts: 60 guesses spread over two servers run 5 checks in all', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signInAt((servers[i % 2] as RunningServer).url, 'editor', 'a wrong guess')),
    );
    expect(tally(statuses)).toEqual({ 401: 5, 429: 55 });
  });
});
