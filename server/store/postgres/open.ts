/**
 * PostgreSQL through node-postgres: a pool for queries, migrations under an advisory lock, and one
 * more connection that LISTENs, so that every server hears of every change (an event appended, a
 * document opened or closed) as its transaction commits. A lost listening connection is opened
 * again, and its listeners are told to catch up.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema';
import type { ChangeNotice } from '../types';
import { migrate } from './migrations';

// bigint columns (ids, counts, sums) as numbers: Tilik's never pass 2^53
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

const CHANNELS = ['tilik_events', 'tilik_presence'] as const;

export async function openPostgres(url: string): Promise<{
  db: Kysely<Database>;
  listen: (listener: (notice: ChangeNotice) => void) => () => void;
  close: () => Promise<void>;
}> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.TILIK_DATABASE_POOL ?? 10) });
  // an idle connection the server ended (a restart, a failover): the pool makes a new one when
  // needed; without a listener the error would end the process
  pool.on('error', (error) => {
    console.error('[tilik] %s', 'PostgreSQL closed an idle connection', error.message);
  });
  try {
    const setup = await pool.connect();
    try {
      await migrate(setup);
    } finally {
      setup.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });

  const listeners = new Set<(notice: ChangeNotice) => void>();
  let listener: pg.Client | null = null;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const notify = (notice: ChangeNotice) => {
    for (const each of listeners) each(notice);
  };
  const connectListener = async (): Promise<void> => {
    if (closed || listener) return;
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel === 'tilik_presence') {
        notify({ kind: 'presence', documentId: message.payload ? Number(message.payload) : null });
        return;
      }
      let documentId: number | null = null;
      try {
        documentId = (JSON.parse(message.payload ?? '{}') as { documentId?: number | null }).documentId ?? null;
      } catch {
        documentId = null;
      }
      notify({ kind: 'event', documentId });
    });
    const lost = () => {
      if (listener !== client) return;
      listener = null;
      void client.end().catch(() => undefined);
      if (!closed) retry = setTimeout(() => void connectListener().catch(lost), 1000);
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    for (const channel of CHANNELS) await client.query(`LISTEN ${channel}`);
    listener = client;
    // whatever happened while no one listened: everyone reads the log again
    notify({ kind: 'event', documentId: null });
  };

  return {
    db,
    listen: (each) => {
      listeners.add(each);
      if (!listener) void connectListener().catch(() => undefined);
      return () => listeners.delete(each);
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
      await db.destroy();
      // Kysely ends only a pool it has used
      if (!pool.ended) await pool.end();
    },
  };
}
