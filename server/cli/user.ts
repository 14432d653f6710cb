/**
 * `npm run user -- add NAME --role ROLE [--display-name TEXT]`: accounts from the command line,
 * for the first admin of a new installation and for scripts. The password is read from standard
 * input when it is piped in, else generated and printed once. Also `passwd NAME`, `role NAME
 * ROLE|none`, `disable NAME`, `enable NAME` and `list`. Works on the database of TILIK_DB.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../shared/permissions';
import { Password, Username } from '../../shared/schemas';
import { generatePassword, hashPassword } from '../auth/passwords';
import { PASSWORD_MESSAGES, weakPasswordReason } from '../auth/passwordPolicy';
import { openServices, readConfig } from '../config';
import { SYSTEM_USER_ID } from '../store/types';
import { readInput, ROOT, runIfMain, UsageError, write, type CliIo, type Command } from './io';

const USAGE = `Usage: npm run user -- add NAME --role ROLE [--display-name TEXT]
       npm run user -- passwd NAME
       npm run user -- role NAME ROLE|none
       npm run user -- disable NAME | enable NAME
       npm run user -- list

Roles: ${ROLES.join(', ')}. A password piped to standard input is used; otherwise one is generated
and printed once. The database is TILIK_DB (default ./data/tilik.db).`;

function parseRole(value: string | undefined): Role | null {
  if (value === undefined) throw new UsageError('a role is required');
  if (value === 'none') return null;
  if (!(ROLES as readonly string[]).includes(value)) throw new UsageError(`"${value}" is not a role (${ROLES.join(', ')}, none)`);
  return value as Role;
}

function parseName(value: string | undefined): string {
  const parsed = Username.safeParse(value);
  if (!parsed.success) throw new UsageError(`NAME ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  return parsed.data;
}

async function choosePassword(io: CliIo, personal: readonly string[]): Promise<{ password: string; generated: boolean }> {
  const piped = await readInput(io);
  if (piped === undefined) return { password: generatePassword(), generated: true };
  const parsed = Password.safeParse(piped);
  if (!parsed.success) throw new UsageError(`the password ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  const reason = weakPasswordReason(parsed.data, personal);
  if (reason !== null) throw new UsageError(`the password ${PASSWORD_MESSAGES[reason]}`);
  return { password: parsed.data, generated: false };
}

async function run(argv: string[], io: CliIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { role: { type: 'string' }, 'display-name': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [command, name, extra] = parsed.positionals;
  if (!command) throw new UsageError('a command is required');
  const config = readConfig(io.env, ROOT);
  const services = await openServices(config);
  try {
    if (command === 'list') {
      for (const user of await services.people.users()) {
        await write(
          io.stdout,
          `${user.username.padEnd(20)} ${(user.role ?? '-').padEnd(11)} ${user.disabled ? 'disabled ' : ''}${user.displayName}\n`,
        );
      }
      return;
    }
    const username = parseName(name);
    if (command === 'add') {
      const role = parseRole(parsed.values.role);
      const { password, generated } = await choosePassword(io, [username, parsed.values['display-name'] ?? '']);
      const outcome = await services.people.createUser(
        { username, displayName: parsed.values['display-name'] ?? username, role, passwordHash: await hashPassword(password) },
        SYSTEM_USER_ID,
      );
      if (outcome.kind === 'duplicate') throw new UsageError(`the username "${username}" is taken`);
      await write(io.stdout, `created ${username} (${role ?? 'no global role'})\n`);
      if (generated) await write(io.stdout, `password (shown this once): ${password}\n`);
      return;
    }
    const user = await services.people.userByName(username);
    if (!user || user.passwordHash === null) throw new UsageError(`no user "${username}"`);
    if (command === 'passwd') {
      const { password, generated } = await choosePassword(io, [user.username, user.displayName]);
      await services.people.setPasswordHash(user.id, await hashPassword(password), SYSTEM_USER_ID);
      await write(io.stdout, `new password set for ${username}; their sessions are ended\n`);
      if (generated) await write(io.stdout, `password (shown this once): ${password}\n`);
    } else if (command === 'role') {
      const role = parseRole(extra);
      await services.people.updateUser(user.id, { role }, SYSTEM_USER_ID);
      await write(io.stdout, `${username} is now ${role ?? 'without a global role'}\n`);
    } else if (command === 'disable' || command === 'enable') {
      await services.people.updateUser(user.id, { disabled: command === 'disable' }, SYSTEM_USER_ID);
      await write(io.stdout, `${username} ${command}d\n`);
    } else {
      throw new UsageError(`unknown command "${command}"`);
    }
  } finally {
    await services.store.close();
  }
}

export const userCommand: Command = { name: 'user', usage: USAGE, run };

runIfMain(import.meta.url, userCommand);
