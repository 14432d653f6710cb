/** The demo article: what it holds, and that it is imported with its accounts on the first start only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoDocument, seedDemoIfEmpty } from '../../server/demo/seed';
import { createServices, type Services } from '../../server/services';
import { openStore } from '../../server/store';

let services: Services;
beforeAll(async () => {
  services = createServices(await openStore({ file: ':memory:' }));
});
afterAll(() => services.store.close());

describe('the demo article', () => {
  it('has 24 segments, the last five without source', () => {
    const demo = readDemoDocument();
    expect(demo.segments).toHaveLength(24);
    expect(demo.segments.slice(19).every((s) => s.source === '')).toBe(true);
    expect(demo.segments.slice(0, 19).every((s) => s.source !== '' && s.mt !== '')).toBe(true);
    expect(demo).toMatchObject({ sourceLang: 'en', targetLang: 'id' });
  });

  it('is imported on the first start only, with one account per role', async () => {
    const seed = await seedDemoIfEmpty(services, { cost: { N: 1024, r: 8, p: 1 } });
    const seeded = seed?.document;
    expect(seeded?.segmentCount).toBe(24);
    expect(seed?.generated).toBe(true);
    expect(seed?.password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    expect(await seedDemoIfEmpty(services)).toBeUndefined();
    expect((await services.people.users()).map((u) => [u.username, u.role])).toEqual([
      ['admin', 'admin'],
      ['editor', 'editor'],
      ['reviewer', 'reviewer'],
      ['translator', 'translator'],
    ]);
    // the translator is assigned the demo article
    const translator = await services.people.userByName('translator');
    expect(await services.people.documentRole(translator?.id ?? 0, seeded?.id ?? 0)).toBe('translator');
    expect((await services.documents.list()).length).toBe(1);
    const segments = await services.documents.segments(seeded?.id ?? 0);
    expect(segments.find((s) => s.position === 8)?.mt).toContain('trotoar ekspor');
    expect(segments.filter((s) => s.source === '').map((s) => s.position)).toEqual([20, 21, 22, 23, 24]);
  });
});
