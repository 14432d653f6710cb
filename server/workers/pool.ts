/**
 * A small pool of worker threads for the work that must not run on the request's event loop
 * (see tasks.ts). Workers start when first needed and stay for the next task until they have been
 * idle a while (each holds about 50 MB: a server at rest keeps none); tasks beyond the pool's size
 * wait in line. A worker that dies (out of memory on a hostile file, say) fails only
 * the task it was running, with a 413, and is replaced.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import type { TaskInput, TaskName, TaskOutput } from './tasks';
import type { SerializedError, TaskRequest, WorkerMessage } from './worker';

export interface RunOptions {
  /**
   * Background work ('low') waits while anything a person waits for ('high', the default) is in
   * line; and that waits for what is 'urgent' (a save's own check: small, and what the person
   * saving waits for), which goes first.
   */
  priority?: 'urgent' | 'high' | 'low';
  /**
   * Takes each piece of output a streaming task sends as it goes (the task waits until this has
   * finished with it: memory stays bounded however much it sends).
   */
  onChunk?: (chunk: string | Uint8Array) => Promise<void> | void;
  /** Told how far the task has come (0 to 1), now and then. */
  onProgress?: (share: number) => void;
  /**
   * A task that may never end (a person's regular expression): after `ms` of running, its thread
   * is stopped (and replaced when next needed) and the task fails with `error()`.
   */
  timeout?: { ms: number; error: () => Error };
  /**
   * The thread stops once the task is done, its memory given back at once rather than after the
   * pool's idle time (a task that held a large input: a million-paragraph import leaves its
   * thread's heap at a hundred megabytes).
   */
  retire?: boolean;
}

/** Runs a task somewhere other than the caller's event loop. */
export interface TaskRunner {
  run<K extends TaskName>(task: K, input: TaskInput<K>, options?: RunOptions): Promise<TaskOutput<K>>;
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  /** Threads at most (default: one fewer than the cores, at least one). */
  size?: number;
  /** Heap of each worker, in MB: a file that needs more fails its import, not the server. */
  maxHeapMb?: number;
  /** Young generation of each worker, in MB (larger: fewer collections for work that allocates a lot). */
  youngMb?: number;
  /** How long a worker may stay idle before it is stopped (a new one starts, in about a second, when next needed). */
  idleMs?: number;
  /**
   * The threads' nice value (Linux, where it is a thread's own; elsewhere they run as the process
   * does). A server's threads take WORKER_NICE: see there.
   */
  nice?: number;
}

/**
 * The nice value of a server's worker threads. Checking, imports, exports and page reads yield the
 * processor to the event loop (every request, every save's transaction) and to the database while
 * both want it, and have it all when nothing else does: on 2 cores with a 100,000-segment document
 * unchecked and 50 editors at work on PostgreSQL, saves took 104 ms at the median and 255 ms at
 * p95 with the checking thread as favoured as the event loop, and 82–92 and 183–189 ms at nice 10
 * (readers every 3 s); each statement of a save's transaction waited for a core between round trips.
 */
export const WORKER_NICE = 10;

/** A worker's idle time before it stops, unless the pool says otherwise. */
const IDLE_MS = 60_000;

interface Pending {
  id: number;
  task: TaskName;
  input: unknown;
  options: RunOptions;
  resolve: (output: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  /** Whether the thread has answered a task (it has loaded what its tasks need). */
  answered?: boolean;
  timer?: ReturnType<typeof setTimeout> | undefined;
  /** Stops the worker once it has been idle for the pool's idleMs. */
  idle?: ReturnType<typeof setTimeout> | undefined;
}

const BOOT = new URL('./boot.mjs', import.meta.url);
const ENTRY = new URL('./worker.ts', import.meta.url).href;

/**
 * Where the code runs as a bundle (server/cli/bundled.mjs), the workers' own bundle, beside it: a
 * worker starts from it under plain Node, without tsx.
 */
declare const TILIK_WORKER_BUNDLE: string | undefined;
const WORKER_BUNDLE = typeof TILIK_WORKER_BUNDLE === 'string' ? new URL(TILIK_WORKER_BUNDLE, import.meta.url) : null;

function revive(error: SerializedError): Error {
  if (error.kind === 'app')
    return new AppError(error.status, error.code, error.message, error.field, undefined, error.reason, error.params);
  const revived = new Error(error.message);
  revived.name = error.name;
  if (error.stack) revived.stack = error.stack;
  return revived;
}

export class WorkerPool implements TaskRunner {
  private readonly size: number;
  private readonly maxHeapMb: number;
  private readonly youngMb: number | undefined;
  private readonly idleMs: number;
  private readonly nice: number;
  private readonly slots = new Set<Slot>();
  private readonly urgent: Pending[] = [];
  private readonly queue: Pending[] = [];
  private readonly background: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: WorkerPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? os.availableParallelism() - 1);
    this.maxHeapMb = options.maxHeapMb ?? 2048;
    this.youngMb = options.youngMb;
    this.idleMs = options.idleMs ?? IDLE_MS;
    this.nice = options.nice ?? 0;
  }

  /** Worker threads running now, busy or idle. */
  get threads(): number {
    return this.slots.size;
  }

  /** Threads that have answered a task: loaded, where a new one takes seconds to load the app. */
  get readyThreads(): number {
    return [...this.slots].filter((slot) => slot.answered).length;
  }

  run<K extends TaskName>(task: K, input: TaskInput<K>, options: RunOptions = {}): Promise<TaskOutput<K>> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      const line = options.priority === 'low' ? this.background : options.priority === 'urgent' ? this.urgent : this.queue;
      line.push({ id: this.nextId++, task, input, options, resolve: resolve as (output: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Starts every thread now (they take a moment to load), so that the first tasks need not wait. */
  warm(): void {
    while (!this.closed && this.slots.size < this.size) this.spawn();
  }

  private dispatch(): void {
    while (this.urgent.length + this.queue.length + this.background.length > 0) {
      let slot = [...this.slots].find((candidate) => candidate.current === null);
      if (!slot && this.slots.size < this.size) slot = this.spawn();
      if (!slot) return;
      const next = (this.urgent.shift() ?? this.queue.shift() ?? this.background.shift()) as Pending;
      clearTimeout(slot.idle);
      slot.current = next;
      slot.worker.ref();
      const request: TaskRequest = { id: next.id, task: next.task, input: next.input };
      slot.worker.postMessage(request);
      const { timeout } = next.options;
      if (timeout) {
        const running = slot;
        running.timer = setTimeout(() => {
          if (running.current !== next) return;
          // the thread is stuck in the task: stopped, and the task told why
          this.slots.delete(running);
          running.current = null;
          void running.worker.terminate();
          next.reject(timeout.error());
          this.dispatch();
        }, timeout.ms);
      }
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_BUNDLE ?? BOOT, {
      workerData: { entry: ENTRY, nice: this.nice },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb, ...(this.youngMb ? { maxYoungGenerationSizeMb: this.youngMb } : {}) },
      // the worker's output goes where the server's does
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, current: null };
    this.slots.add(slot);
    this.idleFrom(slot);
    worker.on('message', (message: WorkerMessage) => {
      const pending = slot.current;
      if (!pending || pending.id !== message.id) return;
      if ('kind' in message) {
        if (message.kind === 'progress') {
          pending.options.onProgress?.(message.share);
          return;
        }
        // a chunk: handed on, and the task told to go on once it has been taken
        Promise.resolve()
          .then(() => pending.options.onChunk?.(message.chunk))
          .then(
            () => worker.postMessage({ id: message.id, kind: 'ack' }),
            (error: unknown) =>
              worker.postMessage({ id: message.id, kind: 'ack', error: error instanceof Error ? error.message : String(error) }),
          );
        return;
      }
      const answer = message;
      clearTimeout(slot.timer);
      slot.current = null;
      slot.answered = true;
      if (pending.options.retire) {
        this.slots.delete(slot);
        clearTimeout(slot.idle);
        void worker.terminate();
      } else {
        // an idle worker does not keep the process alive, nor its memory for long
        worker.unref();
        this.idleFrom(slot);
      }
      if (answer.ok) pending.resolve(answer.output);
      else pending.reject(revive(answer.error));
      this.dispatch();
    });
    const fail = (error: unknown) => {
      clearTimeout(slot.timer);
      clearTimeout(slot.idle);
      this.slots.delete(slot);
      const pending = slot.current;
      slot.current = null;
      if (pending) {
        const outOfMemory = error instanceof Error && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        pending.reject(
          outOfMemory
            ? new AppError(413, 'payload_too_large', `file: needs more than the ${this.maxHeapMb} MB of memory an import may use`, 'file')
            : error,
        );
      }
      if (!this.closed) this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.slots.has(slot)) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
    return slot;
  }

  /** From now on, the idle worker of `slot` stops after idleMs unless a task comes first. */
  private idleFrom(slot: Slot): void {
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      if (slot.current !== null || !this.slots.has(slot)) return;
      this.slots.delete(slot);
      void slot.worker.terminate();
    }, this.idleMs);
    slot.idle.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of [...this.urgent.splice(0), ...this.queue.splice(0), ...this.background.splice(0)])
      pending.reject(new Error('the worker pool is closed'));
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) clearTimeout(slot.idle);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}

let shared: WorkerPool | undefined;
let checks: WorkerPool | undefined;

/** The process's pool, made on first use: every app in a process shares its threads. */
export function sharedWorkerPool(): WorkerPool {
  shared ??= new WorkerPool({ nice: WORKER_NICE });
  return shared;
}

let finds: WorkerPool | undefined;

/**
 * The process's thread for find and replace: a person's regular expression runs there, where one
 * that never ends can be stopped without stopping anything else.
 */
export function sharedFindPool(): WorkerPool {
  finds ??= new WorkerPool({ size: 1, maxHeapMb: 256, nice: WORKER_NICE });
  return finds;
}

/**
 * The process's thread for checking texts: a save's check goes ahead of the background's batches,
 * and no import or export in the other pool delays it. It stays a quarter of an hour when idle: a
 * new thread, and the glossary and names sent to it again, made the first save after a minute of
 * reading take half a second.
 */
export function sharedCheckPool(): WorkerPool {
  checks ??= new WorkerPool({ size: 1, maxHeapMb: 1024, idleMs: 15 * 60_000, nice: WORKER_NICE });
  return checks;
}
