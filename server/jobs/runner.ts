/**
 * Where jobs run: on a pool of job threads, each with a connection of its own to the store (the
 * server's event loop only hands pieces of output on), or, for a store no other thread can open
 * (SQLite in memory), here.
 */
import type { Services } from '../services';
import { WorkerPool, WORKER_NICE } from '../workers/pool';
import { JOBS, type JobInput, type JobName, type JobOutput } from './jobs';

export interface JobOptions {
  /** Takes each piece of output as it comes (the job waits until it has been taken). */
  onChunk?: (chunk: string | Uint8Array) => Promise<void> | void;
  onProgress?: (share: number) => void;
  /**
   * The job holds a piece of its input at a time, whatever its length (an XLIFF import): it runs
   * on a thread with a small heap.
   */
  streaming?: boolean;
  /** The job's thread stops when it is done (its input was large: see RunOptions.retire). */
  retire?: boolean;
  /** The job reads what people wait for (a page of segments): it runs on the readers' thread. */
  reading?: boolean;
}

export interface JobPools {
  /** For jobs that hold a whole document (compare, quality, effort, revert). */
  whole: WorkerPool;
  /** For jobs that hold a piece at a time (imports of XLIFF). */
  streaming: WorkerPool;
  /** For reads people wait for (pages of segments), kept off the event loop that saves and the live feeds need. */
  reads: WorkerPool;
}

export class JobRunner {
  constructor(
    private readonly services: Services,
    private readonly pools: JobPools | null,
  ) {}

  /** Whether jobs run on other threads (else on this one). */
  get isThreaded(): boolean {
    return this.pools !== null && this.services.store.config.file !== ':memory:';
  }

  async run<K extends JobName>(name: K, input: JobInput<K>, options: JobOptions = {}): Promise<JobOutput<K>> {
    if (!this.isThreaded || !this.pools) {
      const job = JOBS[name] as (
        services: Services,
        input: unknown,
        context: { emit: (chunk: string | Uint8Array) => Promise<void>; progress: (share: number) => void },
      ) => Promise<unknown>;
      return job(this.services, input, {
        emit: async (chunk) => {
          await options.onChunk?.(chunk);
        },
        progress: (share) => options.onProgress?.(share),
      }) as Promise<JobOutput<K>>;
    }
    // the job's clock is the server's (tests move it)
    const clockOffsetMs = this.services.now().getTime() - Date.now();
    const pool = options.reading ? this.pools.reads : options.streaming ? this.pools.streaming : this.pools.whole;
    return (await pool.run('job', { config: this.services.store.config, clockOffsetMs, name, input }, options)) as JobOutput<K>;
  }

  /**
   * Whether a reading job would run on a thread now: only on a thread that has loaded the app (a
   * new one takes seconds, longer than reading here). When none has, one is started for the next
   * read, and this one is read here.
   */
  readsThreaded(): boolean {
    if (!this.isThreaded || !this.pools) return false;
    const reads = this.pools.reads;
    if (reads.readyThreads > 0) return true;
    if (reads.threads === 0) void this.run('warmUp', undefined, { reading: true }).catch(() => undefined);
    return false;
  }
}

let shared: JobPools | undefined;

/**
 * The process's job threads, started when first needed: two for whole-document work, and two for
 * streamed imports, whose heap is kept small (what one holds at once is a piece of the file and a
 * batch of segments, under 100 MB; a larger heap only lets garbage pile up before it is collected:
 * a million-segment import then took the server past 550 MB), and so is their young generation
 * (a paragraph's strings are garbage at once; V8's default held 30 MB more of them at a million paragraphs).
 */
export function sharedJobPools(): JobPools {
  // a job thread loads the whole app (two seconds): one stays five minutes idle before it stops,
  // not the minute of the lighter threads, so that a page asked for now and then does not wait
  const idleMs = 5 * 60_000;
  shared ??= {
    whole: new WorkerPool({ size: 2, idleMs, nice: WORKER_NICE }),
    streaming: new WorkerPool({ size: 2, maxHeapMb: 256, youngMb: 8, idleMs, nice: WORKER_NICE }),
    // one: the other core is the checking thread's and the event loop's
    reads: new WorkerPool({ size: 1, maxHeapMb: 512, idleMs: 15 * 60_000, nice: WORKER_NICE }),
  };
  return shared;
}
