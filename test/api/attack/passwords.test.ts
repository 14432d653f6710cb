/**
 * Weak passwords are refused wherever a password is chosen (an admin creating or resetting an
 * account, a person changing theirs, the command line), after NIST SP 800-63B: any characters,
 * at least 8, none from the lists of common and leaked passwords, no repetitions or key
 * sequences, not the person's own name; the reason is named.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weakPasswordReason } from '../../../server/auth/passwordPolicy';
import { readConfig } from '../../../server/config';
import { createHarness, TEST_PASSWORD, type Harness } from '../../helpers/api';
import { ROOT } from '../../helpers/server';
import { runInProcess } from '../../helpers/cli';
import { userCommand } from '../../../server/cli/user';

describe('the policy', () => {
  it.each([
    ['        ', 'repetitive'],
    ['password', 'common'],
    ['Password1', 'common'],
    ['12345678', 'common'],
    ['qwertyuiop', 'common'],
    ['aaaaaaaaaaaa', 'repetitive'],
    ['abcdefghij', 'repetitive'],
    ['zxcvbnm,./', 'repetitive'],
    ['rahasia123', 'common'],
    ['ariani.sudarsono', 'personal'],
    ['Ariani1984', 'personal'],
    ['short', 'short'],
  ])('refuses %j as %s', (password, reason) => {
    const found = weakPasswordReason(password, ['ariani.sudarsono', 'Ariani Sudarsono']);
    // leaked lists and repetitions overlap ("12345678" is both): either names the problem
    if (reason === 'common' || reason === 'repetitive') expect(['common', 'repetitive']).toContain(found);
    else expect(found).toBe(reason);
  });

  it.each(['correct horse battery', 'kopi tubruk di teras', 'xK9#mQ2!', 'ünïcødé 密码 ok', 'batu-kali-merah-7', TEST_PASSWORD])(
    'accepts %j (any characters, no composition rules)',
    (password) => {
      expect(weakPasswordReason(password, ['ariani.sudarsono', 'Ariani Sudarsono'])).toBeNull();
    },
  );
});

describe('wherever a password is chosen', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('an admin creating an account: refused with the reason, nothing created', async () => {
    for (const [password, reason] of [
      ['        ', 'repetitive'],
      ['12345678', 'common'],
      ['password', 'common'],
      ['newcomer', 'personal'],
    ] as const) {
      const response = await h.api.post('/api/users').send({ username: 'newcomer', role: 'translator', password });
      expect(response.status, password).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'weak_password', field: 'password' });
      if (reason !== 'common' && reason !== 'repetitive') expect(response.body.error.reason).toBe(reason);
      else expect(['common', 'repetitive']).toContain(response.body.error.reason);
      expect(response.body.error.message).toMatch(/^password: /);
    }
    expect((await h.api.get('/api/users')).body.items.map((u: { username: string }) => u.username)).not.toContain('newcomer');
    expect(
      (await h.api.post('/api/users').send({ username: 'newcomer', role: 'translator', password: 'kopi tubruk di teras' })).status,
    ).toBe(201);
  });

  it('an admin resetting a password, and a person changing their own', async () => {
    const reset = await h.api.post(`/api/users/${h.users.translator.id}/password`).send({ password: 'translator' });
    expect(reset.body.error).toMatchObject({ code: 'weak_password', reason: 'personal' });
    const me = await h.as('reviewer');
    const change = await me.put('/api/session/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'iloveyou' });
    expect(change.status).toBe(400);
    expect(change.body.error).toMatchObject({ code: 'weak_password', field: 'newPassword', reason: 'common' });
    // still signed in, the old password unchanged
    expect((await me.get('/api/session')).status).toBe(200);
  });

  it('a weak new password costs no sign-in attempt', async () => {
    const limited = await createHarness({ loginLimits: { perAccount: 2, perAddress: 100, windowMs: 60_000 } });
    try {
      const me = await limited.as('editor');
      for (let i = 0; i < 5; i += 1) {
        expect((await me.put('/api/session/password').send({ currentPassword: TEST_PASSWORD, newPassword: '11111111' })).status).toBe(400);
      }
      expect(
        (await me.put('/api/session/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'kopi tubruk di teras' })).status,
      ).toBe(204);
    } finally {
      await limited.close();
    }
  });
});

describe('the command line and the demo password', () => {
  it('npm run user refuses a weak piped password with the reason, and exits 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-cli-'));
    try {
      const run = (args: string[], input: string) =>
        runInProcess(userCommand, args, { input, env: { TILIK_DB: path.join(dir, 'cli.db') } });
      const weak = await run(['add', 'budi', '--role', 'admin'], 'password1\n');
      expect(weak.status).toBe(2);
      expect(weak.stderr).toMatch(/the password is one of the most common/);
      const strong = await run(['add', 'budi', '--role', 'admin'], 'kopi tubruk di teras\n');
      expect(strong.status, strong.stderr).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('TILIK_DEMO_PASSWORD must not be weak either', () => {
    expect(() => readConfig({ TILIK_DEMO_PASSWORD: 'admin123' }, ROOT)).toThrow(/TILIK_DEMO_PASSWORD: .*(common|your username)/);
    expect(readConfig({ TILIK_DEMO_PASSWORD: 'tilik demo password' }, ROOT).demoPassword).toBe('tilik demo password');
  });
});
