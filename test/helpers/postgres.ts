/**
 * A real PostgreSQL server for tests and benchmarks: a throwaway cluster in a temporary folder
 * (initdb, pg_ctl on a free loopback port, run as the postgres user when we are root, since the
 * server refuses root), and a fresh database per test file on it. Never a mock.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './server';

export interface Cluster {
  /** A URL of the cluster's `postgres` database, as the superuser. */
  adminUrl: string;
  stop: () => void;
}

/** Where Debian puts the server's programs (`apt-get install -y postgresql`). */
function binaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest)
    throw new Error('PostgreSQL server programs not found in /usr/lib/postgresql/*/bin: install them with "apt-get install -y postgresql"');
  return path.join(root, newest, 'bin');
}

/**
 * Starts a cluster. `fast` turns off what makes commits durable (fsync): right for tests, wrong
 * for benchmarks, which keep PostgreSQL's defaults.
 */
export async function startCluster(options: { fast?: boolean } = {}): Promise<Cluster> {
  const bin = binaries();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    const command = path.join(bin, program);
    if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
    else execFileSync(command, args, { stdio: 'pipe' });
  };
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  // PostgreSQL cannot be given port 0, so a port found free is tried, and another one if something
  // took it before the server bound it
  let port = 0;
  for (let attempt = 1; ; attempt += 1) {
    port = await freePort();
    const settings = [`-c listen_addresses=127.0.0.1`, `-p ${port}`, `-k ${dir}`, '-c max_connections=200'];
    if (options.fast) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
    try {
      run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', '-o', settings.join(' '), 'start']);
      break;
    } catch (error) {
      const log = fs.existsSync(path.join(dir, 'log')) ? fs.readFileSync(path.join(dir, 'log'), 'utf8') : '';
      if (attempt >= 3 || !/could not bind|Address already in use/i.test(log))
        throw new Error(`PostgreSQL did not start: ${String(error)}\n${log}`);
    }
  }
  let stopped = false;
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The cluster the test run started (vitest's global setup), or one of this process's own. */
let own: Promise<Cluster> | undefined;

async function adminUrl(): Promise<string> {
  if (process.env.TILIK_TEST_PG_ADMIN_URL) return process.env.TILIK_TEST_PG_ADMIN_URL;
  own ??= startCluster({ fast: true }).then((cluster) => {
    process.once('exit', () => cluster.stop());
    return cluster;
  });
  return (await own).adminUrl;
}

/** A new, empty database on the test cluster, and how to drop it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = await adminUrl();
  const name = `tilik_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return {
    url: admin.replace(/\/postgres$/, `/${name}`),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
