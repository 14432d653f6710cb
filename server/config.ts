/**
 * Configuration from the environment, checked once at start so a typo fails loudly instead of
 * running with a surprising default.
 */
import path from 'node:path';
import { z } from 'zod';
import { PASSWORD_MESSAGES, weakPasswordReason } from './auth/passwordPolicy';
import { createServices, type Services } from './services';
import { openStore } from './store';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  TILIK_DB: z.string().min(1).default('./data/tilik.db'),
  TILIK_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL (leave it unset for the embedded SQLite database)' })
    .optional(),
  TILIK_DURABILITY: z.enum(['normal', 'full']).default('normal'),
  TILIK_CLIENT_DIR: z.string().min(1).optional(),
  TILIK_HTTPS: z.enum(['0', '1']).default('0'),
  TILIK_SEED_DEMO: z.enum(['0', '1']).default('1'),
  TILIK_DEMO_PASSWORD: z
    .string()
    .superRefine((value, context) => {
      // the demo accounts are named after their roles: the password may not be one of those
      const reason = weakPasswordReason(value, ['translator', 'editor', 'reviewer', 'admin']);
      if (reason !== null) context.addIssue({ code: 'custom', message: PASSWORD_MESSAGES[reason] });
    })
    .optional(),
  TILIK_TRUST_PROXY: z.string().optional(),
  TILIK_READER_WAIT_MS: z.coerce.number().int().min(0).max(600_000).optional(),
});

export interface Config {
  port: number;
  host: string;
  dbFile: string;
  /** PostgreSQL's URL; SQLite in dbFile when unset. */
  databaseUrl: string | undefined;
  durability: 'normal' | 'full';
  clientDir: string;
  https: boolean;
  seedDemo: boolean;
  demoPassword: string | undefined;
  /** Express's "trust proxy" setting, for the client address behind a reverse proxy. */
  trustProxy: string | undefined;
  /** TILIK_READER_WAIT_MS: how long a page read waits for findings still to be made (default 1,000 ms). */
  readerWaitMs: number | undefined;
}

/** The store the configuration names, opened and migrated, with the services over it. */
export async function openServices(config: Config): Promise<Services> {
  return createServices(
    await openStore({ databaseUrl: config.databaseUrl, file: config.dbFile, durability: config.durability }),
    undefined,
    config.readerWaitMs === undefined ? {} : { readerWaitMs: config.readerWaitMs },
  );
}

export function readConfig(env: NodeJS.ProcessEnv, rootDir: string): Config {
  const result = Env.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid configuration: ${issue?.path.join('.') ?? 'environment'}: ${issue?.message ?? 'invalid'}`);
  }
  const parsed = result.data;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dbFile: parsed.TILIK_DB === ':memory:' ? ':memory:' : path.resolve(parsed.TILIK_DB),
    databaseUrl: parsed.TILIK_DATABASE_URL || undefined,
    durability: parsed.TILIK_DURABILITY,
    clientDir: path.resolve(rootDir, parsed.TILIK_CLIENT_DIR ?? 'dist/client'),
    https: parsed.TILIK_HTTPS === '1',
    seedDemo: parsed.TILIK_SEED_DEMO === '1',
    demoPassword: parsed.TILIK_DEMO_PASSWORD,
    trustProxy: parsed.TILIK_TRUST_PROXY,
    readerWaitMs: parsed.TILIK_READER_WAIT_MS,
  };
}
