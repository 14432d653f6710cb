/**
 * A worker thread of the pool: runs one task at a time as the main thread asks, and answers with
 * its output or its error (an AppError keeps its status, code, field and reason).
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { TASKS, type TaskName } from './tasks';

export interface TaskRequest {
  id: number;
  task: TaskName;
  input: unknown;
}

export type SerializedError =
  | { kind: 'app'; status: number; code: AppError['code']; message: string; field?: string | undefined; reason?: string | undefined }
  | { kind: 'error'; name: string; message: string; stack?: string | undefined };

export type TaskAnswer = { id: number; ok: true; output: unknown } | { id: number; ok: false; error: SerializedError };

function serialize(error: unknown): SerializedError {
  if (error instanceof AppError) {
    return { kind: 'app', status: error.status, code: error.code, message: error.message, field: error.field, reason: error.reason };
  }
  if (error instanceof Error) return { kind: 'error', name: error.name, message: error.message, stack: error.stack };
  return { kind: 'error', name: 'Error', message: String(error) };
}

/** Typed arrays an output holds at its top level, each its buffer's whole: moved, not copied. */
function transferables(output: unknown): ArrayBuffer[] {
  if (typeof output !== 'object' || output === null) return [];
  const out: ArrayBuffer[] = [];
  for (const value of Object.values(output)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength) out.push(value.buffer);
  }
  return out;
}

parentPort?.on('message', async (request: TaskRequest) => {
  let answer: TaskAnswer;
  let transfer: ArrayBuffer[] = [];
  try {
    const run = TASKS[request.task] as (input: unknown) => unknown;
    const output = await run(request.input);
    transfer = transferables(output);
    answer = { id: request.id, ok: true, output };
  } catch (error) {
    answer = { id: request.id, ok: false, error: serialize(error) };
  }
  parentPort?.postMessage(answer, transfer);
});
