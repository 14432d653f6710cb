/** The child of storeProcess.ts: opens the store it is given and runs the service calls it is sent. */
import { createServices } from '../../server/services';
import { openStore, type StoreConfig } from '../../server/store';

const config = JSON.parse(process.argv[2] ?? '{}') as StoreConfig;
const services = createServices(await openStore(config));
const groups = services as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;

process.on('message', (message: { id: number; group: string; method: string; args: unknown[] } | 'stop') => {
  if (message === 'stop') {
    void services.store.close().then(() => process.exit(0));
    return;
  }
  const target = groups[message.group];
  const method = target?.[message.method];
  if (!target || !method) {
    process.send?.({ id: message.id, ok: false, error: `no service ${message.group}.${message.method}` });
    return;
  }
  method.apply(target, message.args).then(
    (value) => process.send?.({ id: message.id, ok: true, value }),
    (error: unknown) => process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.send?.('ready');
