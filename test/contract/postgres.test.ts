/** The store contract on a real PostgreSQL server (a fresh database on the test run's cluster). */
import pg from 'pg';
import { createTestDatabase } from '../helpers/postgres';
import { describeStoreContract } from './storeContract';

describeStoreContract('PostgreSQL', 'postgres', async () => {
  const database = await createTestDatabase();
  return {
    config: { databaseUrl: database.url },
    raw: async (sql) => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
    drop: database.drop,
  };
});
