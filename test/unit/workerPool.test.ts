import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../server/workers/pool';

const pool = new WorkerPool({ size: 1, idleMs: 50 });
afterAll(() => pool.close());

const glossary = {
  filename: 'terms.csv',
  text: 'source,target\nexport curbs,pembatasan ekspor\n',
  pair: { sourceLang: 'en', targetLang: 'id' },
};

/** Resolves once `pool` runs no thread (the test's own timeout bounds the wait). */
async function untilStopped(of: WorkerPool): Promise<void> {
  while (of.threads > 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Each thread of this process with its nice value, as Linux reports them (the 19th field of its stat). */
function niceOfThreads(): Map<number, number> {
  const out = new Map<number, number>();
  for (const thread of fs.readdirSync('/proc/self/task')) {
    const stat = fs.readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
    // after the command's name, in brackets, the fields from the third on
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(thread), Number(fields[19 - 3]));
  }
  return out;
}

describe('the worker pool', () => {
  it('stops a worker that has been idle, and starts one again for the next task', async () => {
    const first = await pool.run('readGlossaryFile', glossary);
    expect(first.terms.map((term) => term.source)).toEqual(['export curbs']);
    expect(pool.threads).toBe(1);
    await untilStopped(pool);
    expect(pool.threads).toBe(0);
    const again = await pool.run('readGlossaryFile', glossary);
    expect(again.terms.map((term) => term.target)).toEqual(['pembatasan ekspor']);
    expect(pool.threads).toBe(1);
  });

  it('stops the thread of a task run to retire it as soon as the task is done, and serves the next task on a new one', async () => {
    // idle for an hour: only retiring stops it
    const lasting = new WorkerPool({ size: 1, idleMs: 3_600_000 });
    try {
      await lasting.run('readGlossaryFile', glossary);
      expect(lasting.threads).toBe(1);
      const retired = await lasting.run('readGlossaryFile', glossary, { retire: true });
      expect(retired.terms.map((term) => term.source)).toEqual(['export curbs']);
      expect(lasting.threads).toBe(0);
      const next = await lasting.run('readGlossaryFile', glossary);
      expect(next.terms.map((term) => term.target)).toEqual(['pembatasan ekspor']);
      expect(lasting.threads).toBe(1);
    } finally {
      await lasting.close();
    }
  });
  it("runs what a person waits for before the background's tasks in line (never before the one already running)", async () => {
    const one = new WorkerPool({ size: 1 });
    try {
      const finished: string[] = [];
      const task = (name: string, priority: 'high' | 'low') =>
        one
          .run('readGlossaryFile', { ...glossary, text: `source,target\n${name},${name}\n` }, { priority })
          .then((result) => finished.push(result.terms[0]?.source ?? '?'));
      await Promise.all([task('low one', 'low'), task('low two', 'low'), task('low three', 'low'), task('high', 'high')]);
      expect(finished).toEqual(['low one', 'high', 'low two', 'low three']);
    } finally {
      await one.close();
    }
  });

  it("runs a save's urgent task before the readers' tasks in line (never before the one already running)", async () => {
    const one = new WorkerPool({ size: 1 });
    try {
      const finished: string[] = [];
      const task = (name: string, priority: 'urgent' | 'high' | 'low') =>
        one
          .run('readGlossaryFile', { ...glossary, text: `source,target\n${name},${name}\n` }, { priority })
          .then((result) => finished.push(result.terms[0]?.source ?? '?'));
      const running = task('first', 'high');
      const rest = [task('reader one', 'high'), task('background', 'low'), task('reader two', 'high')];
      const urgent = task('save', 'urgent');
      await Promise.all([running, ...rest, urgent]);
      expect(finished).toEqual(['first', 'save', 'reader one', 'reader two', 'background']);
    } finally {
      await one.close();
    }
  });

  it('runs its threads at the nice value asked for, and this thread as it was', async () => {
    const polite = new WorkerPool({ size: 1, nice: 7 });
    try {
      const self = Number(path.basename(fs.readlinkSync('/proc/thread-self')));
      const before = niceOfThreads();
      await polite.run('readGlossaryFile', glossary);
      const after = niceOfThreads();
      const started = [...after].filter(([thread]) => !before.has(thread));
      expect(started.filter(([, nice]) => nice === 7)).toHaveLength(1);
      expect(after.get(self)).toBe(before.get(self));
      expect(after.get(self)).not.toBe(7);
    } finally {
      await polite.close();
    }
  });
});
