import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/passwords';
import { createServices } from '../../server/services';
import { openStore } from '../../server/store';

const root = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-usercli-'));
const db = path.join(dir, 'users.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function user(args: string[], input?: string) {
  return spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'server/cli/user.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TILIK_DB: db },
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }),
  });
}

async function passwordWorks(username: string, password: string): Promise<boolean> {
  const services = createServices(await openStore({ file: db }));
  try {
    const record = await services.people.userByName(username);
    return record?.passwordHash ? verifyPassword(password, record.passwordHash) : false;
  } finally {
    await services.store.close();
  }
}

describe('npm run user', () => {
  it('adds a user with a generated password, printed once', async () => {
    const result = user(['add', 'Sari', '--role', 'editor', '--display-name', 'Sari W.']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('created sari (editor)');
    const password = /password \(shown this once\): (\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    expect(await passwordWorks('sari', password)).toBe(true);
  });

  it('takes the password from standard input when it is piped', async () => {
    const result = user(['add', 'budi', '--role', 'translator'], 'piped password\n');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('shown this once');
    expect(await passwordWorks('budi', 'piped password')).toBe(true);
    expect(user(['passwd', 'budi'], 'another password\n').status).toBe(0);
    expect(await passwordWorks('budi', 'another password')).toBe(true);
    expect(user(['list']).stdout).toMatch(/budi\s+translator/);
  });

  it('exits 2 with a message for a taken name, a bad role or a short password', () => {
    for (const [args, input, message] of [
      [['add', 'sari', '--role', 'editor'], 'long enough pw', /the username "sari" is taken/],
      [['add', 'rudi', '--role', 'king'], 'long enough pw', /"king" is not a role/],
      [['add', 'rudi', '--role', 'editor'], 'short', /the password must be at least 8 characters/],
      [['passwd', 'nobody'], 'long enough pw', /no user "nobody"/],
    ] as const) {
      const result = user([...args], input);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });
});
