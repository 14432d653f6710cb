/**
 * A change made through this server reaches open views at once, not at the hub's next poll: with
 * the poll set to an hour, a save still arrives on the live feed; and a segment it carries comes
 * with its findings even when nothing had checked it yet.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDocument, createHarness, listen, TEST_PASSWORD, type Harness } from '../helpers/api';
import { signIn } from '../helpers/server';

let h: Harness;
let server: Awaited<ReturnType<typeof listen>>;
let url: string;

beforeAll(async () => {
  // (nothing checked in the background: a segment is checked only when something asks for it)
  h = await createHarness({ livePollMs: 3_600_000, checkInBackground: false });
  server = await listen(h.app);
  url = server.url;
});
afterAll(async () => {
  await server.close();
  await h.close();
});

it('delivers a save made through the API without waiting for the poll', async () => {
  const { document, segments } = await buildDocument(h.services);
  const { cookie } = await signIn(url, 'reviewer', TEST_PASSWORD);
  const controller = new AbortController();
  const response = await fetch(`${url}/api/documents/${document.id}/live`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let received = '';
  const next = async (pattern: RegExp) => {
    while (!pattern.test(received)) {
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`feed ended before ${pattern}: ${received}`);
      received += decoder.decode(chunk.value, { stream: true });
    }
  };
  await next(/event: presence/);

  const translator = await h.as('translator');
  const segment = segments[0];
  if (!segment) throw new Error('no segment');
  const saved = await translator
    .post(`/api/segments/${segment.id}/revisions`)
    .send({ text: 'Pembatasan ekspor.', baseVersion: segment.version });
  expect(saved.status).toBe(201);
  await next(/id: \d+\nevent: change\ndata: .*"type":"revision\.saved"/);
  expect(received).toContain('"text":"Pembatasan ekspor."');
  controller.abort();
});

it('sends a segment nothing had checked with its findings, checked for the feed', async () => {
  const { document, segments } = await buildDocument(h.services);
  const segment = segments[1];
  if (!segment) throw new Error('no segment');
  expect((await h.services.store.read.checks.stored([segment.id])).size).toBe(0);
  const { cookie } = await signIn(url, 'reviewer', TEST_PASSWORD);
  const controller = new AbortController();
  const response = await fetch(`${url}/api/documents/${document.id}/live`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let received = '';
  const change = async (type: string): Promise<{ segment: { id: number; check: unknown } | null }> => {
    for (;;) {
      const found = received.split('\n\n').find((block) => block.includes('event: change') && block.includes(`"type":"${type}"`));
      if (found)
        return JSON.parse(found.slice(found.indexOf('data: ') + 'data: '.length)) as { segment: { id: number; check: unknown } | null };
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`feed ended before ${type}: ${received}`);
      received += decoder.decode(chunk.value, { stream: true });
    }
  };
  const translator = await h.as('translator');
  const posted = await translator.post(`/api/segments/${segment.id}/comments`).send({ body: 'Is this term right?' });
  expect(posted.status).toBe(201);
  const commented = await change('comment.created');
  expect(commented.segment?.id).toBe(segment.id);
  expect(commented.segment?.check).not.toBeNull();
  controller.abort();
});
