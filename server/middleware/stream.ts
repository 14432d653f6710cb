/**
 * Writing a response piece by piece as a job produces it: each piece waits until the client has
 * taken the one before (memory stays bounded), and a client that goes away stops the job.
 */
import { once } from 'node:events';
import type { Response } from 'express';

export async function writeChunk(res: Response, chunk: string | Uint8Array): Promise<void> {
  if (res.destroyed || res.writableEnded) throw new Error('the client went away');
  if (!res.write(chunk)) {
    await Promise.race([once(res, 'drain'), once(res, 'close')]);
    if (res.destroyed) throw new Error('the client went away');
  }
}
