/**
 * A job thread's own services: the store opened once per thread with the server's configuration
 * (its migrations are the server's, already run), services over it that never check texts (the
 * server's checking thread does that, from the queue the jobs fill).
 */
import { createServices, type Services } from '../services';
import { openStore, type StoreConfig } from '../store';
import type { Store } from '../store/types';

const opened = new Map<string, Promise<Store>>();

/** Services over this thread's store, with the server's clock (`clockOffsetMs` ahead of this one's: tests move it). */
export async function servicesFor(config: StoreConfig, clockOffsetMs = 0): Promise<Services> {
  const key = JSON.stringify(config);
  let store = opened.get(key);
  if (!store) {
    store = openStore(config);
    opened.set(key, store);
  }
  return createServices(await store, () => new Date(Date.now() + clockOffsetMs), {
    checkWork: () => {
      throw new Error('texts are not checked on a job thread');
    },
  });
}
