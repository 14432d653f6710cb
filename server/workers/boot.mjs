// The entry of a worker thread: TypeScript is loaded through tsx (as `npm start` loads the
// server), then the worker's own module runs. Plain JavaScript, so it starts under plain Node too.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
