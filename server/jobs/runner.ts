/**
 * Where jobs run: on a pool of job threads, each with a connection of its own to the store (the
 * server's event loop only hands pieces of output on), or, for a store no other thread can open
 * (SQLite in memory), here.
 */
import type { Services } from '../services';
import { WorkerPool } from '../workers/pool';
import { JOBS, type JobInput, type JobName, type JobOutput } from './jobs';

export interface JobOptions {
  /** Takes each piece of output as it comes (the job waits until it has been taken). */
  onChunk?: (chunk: string) => Promise<void> | void;
  onProgress?: (share: number) => void;
}

export class JobRunner {
  constructor(
    private readonly services: Services,
    private readonly pool: WorkerPool | null,
  ) {}

  /** Whether jobs run on other threads (else on this one). */
  get isThreaded(): boolean {
    return this.pool !== null && this.services.store.config.file !== ':memory:';
  }

  async run<K extends JobName>(name: K, input: JobInput<K>, options: JobOptions = {}): Promise<JobOutput<K>> {
    if (!this.isThreaded || !this.pool) {
      const job = JOBS[name] as (services: Services, input: unknown, context: { emit: (chunk: string) => Promise<void>; progress: (share: number) => void }) => Promise<unknown>;
      return job(this.services, input, {
        emit: async (chunk) => {
          await options.onChunk?.(chunk);
        },
        progress: (share) => options.onProgress?.(share),
      }) as Promise<JobOutput<K>>;
    }
    // the job's clock is the server's (tests move it)
    const clockOffsetMs = this.services.now().getTime() - Date.now();
    return (await this.pool.run('job', { config: this.services.store.config, clockOffsetMs, name, input }, options)) as JobOutput<K>;
  }
}

let shared: WorkerPool | undefined;

/** The process's job threads, two of them: a long import does not hold up a comparison. */
export function sharedJobPool(): WorkerPool {
  shared ??= new WorkerPool({ size: 2 });
  return shared;
}
