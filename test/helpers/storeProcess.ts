/**
 * A second connection to a database, in a process of its own: the contract suite's other writer.
 * The child opens the same store (a SQLite file or a PostgreSQL URL) and runs the services it is
 * asked to, so two writers really race, each with its own connection (two SQLite connections in
 * one process would wait for each other's locks on one thread).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { StoreConfig } from '../../server/store';

export interface StoreProcess {
  /** Calls `services[group][method](...args)` in the child and returns its answer. */
  call<T>(group: string, method: string, ...args: unknown[]): Promise<T>;
  stop(): Promise<void>;
}

interface Answer {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

export async function startStoreProcess(config: StoreConfig): Promise<StoreProcess> {
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'storeProcessMain.ts'), [JSON.stringify(config)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  child.on('message', (message: Answer | 'ready') => {
    if (message === 'ready') return;
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiting?.resolve(message.value);
    else waiting?.reject(new Error(message.error));
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', (message) => (message === 'ready' ? resolve() : reject(new Error(String(message)))));
    child.once('exit', (code) => reject(new Error(`the store process stopped (exit ${code})`)));
  });
  return {
    call: <T>(group: string, method: string, ...args: unknown[]) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, group, method, args });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}
