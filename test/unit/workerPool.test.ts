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
});
