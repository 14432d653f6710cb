/**
 * A ceiling on a long job's heap. V8 lets its heap grow well past what a job keeps (garbage is
 * collected late, and pages are given back later still, when memory is plentiful): an import that
 * keeps a batch at a time (50 MB in use) held a 160 MB heap and peaked at 400 MB of memory on a
 * 100 MB file. Asked between batches, this collects the garbage when the heap held passes the
 * ceiling (a full collection compacts it and gives pages back): the same import peaks under 300 MB,
 * in the same time.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

/**
 * Collects garbage now if this thread's heap (all it holds, used or not) and the buffers the heap's
 * objects hold outside it come to more than `bytes`.
 */
export function collectGarbageAbove(bytes: number): void {
  const heap = v8.getHeapStatistics();
  if (heap.total_heap_size + heap.external_memory >= bytes) collectGarbage();
}

/**
 * Collects garbage now: where a job has just let go of large buffers (kept outside the heap, so
 * the heap's size does not tell), before it goes on to the next step.
 */
export function collectGarbage(): void {
  if (collect === undefined) {
    // the collector's entry point, exposed to a fresh context (no command-line flag needed)
    v8.setFlagsFromString('--expose-gc');
    collect = (vm.runInNewContext('typeof gc === "function" ? gc : null') as (() => void) | null) ?? null;
  }
  collect?.();
}
