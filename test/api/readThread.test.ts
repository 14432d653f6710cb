/**
 * Pages of segments read on the readers' thread (its own connection to the store), on both
 * databases: the first read starts the thread and is answered here; once the thread is up, pages
 * come from it, exactly as this thread would have written them; a page whose findings are not
 * current (the glossary changed) is checked and answered here as the thread read it (not read
 * again), with the new findings.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SegmentPage } from '../../shared/schemas';
import type { JobPools } from '../../server/jobs/runner';
import { WorkerPool } from '../../server/workers/pool';
import { buildDocument, createHarness, type Harness } from '../helpers/api';

describe.each(['sqlite', 'postgres'] as const)('pages read on the readers’ thread, on %s', (database) => {
  let h: Harness;
  // threads of this server's own, none started yet
  const pools: JobPools = {
    whole: new WorkerPool({ size: 1 }),
    streaming: new WorkerPool({ size: 1 }),
    reads: new WorkerPool({ size: 1 }),
  };
  beforeAll(async () => {
    h = await createHarness({ database, jobPools: pools });
  });
  afterAll(async () => {
    await h.close();
    await Promise.all([pools.whole.close(), pools.streaming.close(), pools.reads.close()]);
  });

  it('answers pages from the thread once it is up, as this thread would, and checks stale ones here', { timeout: 120_000 }, async () => {
    const { document } = await buildDocument(h.services, {
      title: `Read thread ${database}`,
      sourceLang: 'en',
      targetLang: 'id',
      segments: [
        { source: 'Take 2 tablets every 8 hours.', mt: 'Minum 3 tablet setiap 8 jam.' },
        { source: 'Keep out of reach of children.', mt: 'Jauhkan dari jangkauan anak-anak.' },
        { source: 'Keep out of reach of children.', mt: 'Jauhkan dari anak.' },
        { source: 'Store the syringe in a refrigerator.', mt: 'Simpan jarum suntik di lemari es.' },
      ],
    });
    await h.services.checks.drain(document.id);
    const read = async () => {
      const response = await h.api.get(`/api/documents/${document.id}/segments`).query({ limit: 50 });
      expect(response.status).toBe(200);
      return response.body as unknown;
    };
    const decorate = vi.spyOn(h.services.checks, 'decorate');
    const reads = pools.reads;

    // no thread yet: read here, and one started
    const here = await read();
    expect(decorate).toHaveBeenCalledTimes(1);
    while (reads.readyThreads === 0) await new Promise((resolve) => setTimeout(resolve, 50));

    // from the thread: the same answer, and nothing decorated here
    decorate.mockClear();
    const there = await read();
    expect(decorate).not.toHaveBeenCalled();
    expect(there).toEqual(here);
    const items = SegmentPage.parse(there).items;
    expect(items.map((item) => item.repeats ?? 0)).toEqual([0, 1, 1, 0]);
    expect(items[0]?.check?.mt.map((finding) => finding.rule)).toContain('numbers.changed');

    // a glossary term makes every stored check stale (the background, which would check them
    // again, stopped): checked here, answered with its finding
    await h.services.checks.stop();
    const term = await h.api.post('/api/glossary/terms').send({
      sourceLang: 'en',
      targetLang: 'id',
      source: 'syringe',
      target: 'spuit',
      forbidden: [],
      note: '',
      doNotTranslate: false,
      caseSensitive: false,
    });
    expect(term.status).toBe(201);
    decorate.mockClear();
    const pageRead = vi.spyOn(h.services.documents, 'page');
    const after = SegmentPage.parse(await read()).items;
    expect(decorate).toHaveBeenCalledTimes(1);
    // the page the thread read is checked, not read again
    expect(pageRead).not.toHaveBeenCalled();
    expect(after[3]?.check?.mt.map((finding) => finding.rule)).toContain('glossary.missing');
  });
});
