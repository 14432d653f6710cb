import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/passwords';
import { createServices } from '../../server/services';
import { openStore } from '../../server/store';
import { userCommand } from '../../server/cli/user';
import { runInProcess, runSpawned } from '../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-usercli-'));
const db = path.join(dir, 'users.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function user(args: string[], input?: string) {
  return runInProcess(userCommand, args, { env: { TILIK_DB: db }, input });
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
  it('adds a user with a generated password, printed once (as a process of its own)', async () => {
    const result = runSpawned('user', ['add', 'Sari', '--role', 'editor', '--display-name', 'Sari W.'], { env: { TILIK_DB: db } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('created sari (editor)');
    const password = /password \(shown this once\): (\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    expect(await passwordWorks('sari', password)).toBe(true);
  });

  it('takes the password from standard input when it is piped', async () => {
    const result = await user(['add', 'budi', '--role', 'translator'], 'piped password\n');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('shown this once');
    expect(await passwordWorks('budi', 'piped password')).toBe(true);
    expect((await user(['passwd', 'budi'], 'another password\n')).status).toBe(0);
    expect(await passwordWorks('budi', 'another password')).toBe(true);
    expect((await user(['list'])).stdout).toMatch(/budi\s+translator/);
  });

  it('exits 2 with a message for a taken name, a bad role or a short password', async () => {
    expect((await user(['add', 'tari', '--role', 'reviewer'], 'long enough pw')).status).toBe(0);
    for (const [args, input, message] of [
      [['add', 'Tari', '--role', 'editor'], 'long enough pw', /the username "tari" is taken/],
      [['add', 'rudi', '--role', 'king'], 'long enough pw', /"king" is not a role/],
      [['add', 'rudi', '--role', 'editor'], 'short', /the password must be at least 8 characters/],
      [['passwd', 'nobody'], 'long enough pw', /no user "nobody"/],
    ] as const) {
      const result = await user([...args], input);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });

  it('prints its usage for --help (exit 0) and for no command (exit 2)', async () => {
    const help = await user(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run user -- add NAME --role ROLE/);
    const none = await user([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^user: a command is required\n\nUsage:/);
  });
});
