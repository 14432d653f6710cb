/**
 * Vitest's global setup: one throwaway PostgreSQL cluster for the whole run (test files each make a
 * database of their own on it), stopped at the end.
 */
import { startCluster, type Cluster } from './postgres';

let cluster: Cluster | undefined;

export async function setup(): Promise<void> {
  cluster = await startCluster({ fast: true });
  process.env.TILIK_TEST_PG_ADMIN_URL = cluster.adminUrl;
}

export function teardown(): void {
  cluster?.stop();
}
