/**
 * A worker thread of the pool: runs one task at a time as the main thread asks, and answers with
 * its output or its error (an AppError keeps its status, code, field, reason and params).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors';
import { TASKS, type TaskName } from './tasks';

export interface TaskRequest {
  id: number;
  task: TaskName;
  input: unknown;
}

export type SerializedError =
  | {
      kind: 'app';
      status: number;
      code: AppError['code'];
      message: string;
      field?: string | undefined;
      reason?: string | undefined;
      params?: Record<string, string | number> | undefined;
    }
  | { kind: 'error'; name: string; message: string; stack?: string | undefined };

export type TaskAnswer = { id: number; ok: true; output: unknown } | { id: number; ok: false; error: SerializedError };

/** What a worker says while a task runs: a piece of its output, or how far it has come. */
export type TaskNote = { id: number; kind: 'chunk'; chunk: string | Uint8Array } | { id: number; kind: 'progress'; share: number };

export type WorkerMessage = TaskAnswer | TaskNote;

/** What the main thread says while a task runs: a chunk was taken (or taking it failed). */
interface Ack {
  id: number;
  kind: 'ack';
  error?: string;
}

/** What a task may do besides returning: send its output in pieces, say how far it has come. */
export interface TaskContext {
  /** Sends a piece of output; resolves once the main thread has taken it. */
  emit(chunk: string | Uint8Array): Promise<void>;
  progress(share: number): void;
}

/**
 * Lowers this thread's priority to the nice value given (on Linux the nice value is a thread's
 * own, and the thread's id is the last part of /proc/thread-self). Elsewhere, or refused, the thread
 * runs as the process does.
 */
function beNice(nice: unknown): void {
  if (typeof nice !== 'number' || nice === 0) return;
  try {
    const thread = Number(path.basename(fs.readlinkSync('/proc/thread-self')));
    if (Number.isInteger(thread) && thread > 0) os.setPriority(thread, nice);
  } catch {
    // not Linux: the same priority as the event loop
  }
}

beNice((workerData as { nice?: unknown } | null)?.nice);

const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

function serialize(error: unknown): SerializedError {
  if (error instanceof AppError) {
    return {
      kind: 'app',
      status: error.status,
      code: error.code,
      message: error.message,
      field: error.field,
      reason: error.reason,
      params: error.params,
    };
  }
  if (error instanceof Error) return { kind: 'error', name: error.name, message: error.message, stack: error.stack };
  return { kind: 'error', name: 'Error', message: String(error) };
}

/** Typed arrays an output holds at its top level, each its buffer's whole: moved, not copied. */
function transferables(output: unknown): ArrayBuffer[] {
  if (typeof output !== 'object' || output === null) return [];
  const out: ArrayBuffer[] = [];
  for (const value of Object.values(output)) {
    if (
      ArrayBuffer.isView(value) &&
      value.buffer instanceof ArrayBuffer &&
      value.byteOffset === 0 &&
      value.byteLength === value.buffer.byteLength
    )
      out.push(value.buffer);
  }
  return out;
}

function contextOf(id: number): TaskContext {
  let lastShare = -1;
  return {
    emit: (chunk) =>
      new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        parentPort?.postMessage({ id, kind: 'chunk', chunk } satisfies TaskNote);
      }),
    progress: (share) => {
      // a hundred steps at most: the main thread need not hear every row
      const step = Math.floor(share * 100);
      if (step === lastShare) return;
      lastShare = step;
      parentPort?.postMessage({ id, kind: 'progress', share } satisfies TaskNote);
    },
  };
}

parentPort?.on('message', async (message: TaskRequest | Ack) => {
  if ('kind' in message) {
    const waiter = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error === undefined) waiter?.resolve();
    else waiter?.reject(new Error(message.error));
    return;
  }
  const request = message;
  let answer: TaskAnswer;
  let transfer: ArrayBuffer[] = [];
  try {
    const run = TASKS[request.task] as (input: unknown, context: TaskContext) => unknown;
    const output = await run(request.input, contextOf(request.id));
    transfer = transferables(output);
    answer = { id: request.id, ok: true, output };
  } catch (error) {
    answer = { id: request.id, ok: false, error: serialize(error) };
  }
  parentPort?.postMessage(answer, transfer);
});
