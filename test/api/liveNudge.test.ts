/**
 * A change made through this server reaches open views at once, not at the hub's next poll: with
 * the poll set to an hour, a save still arrives on the live feed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDocument, createHarness, listen, TEST_PASSWORD, type Harness } from '../helpers/api';
import { signIn } from '../helpers/server';

let h: Harness;
let server: Awaited<ReturnType<typeof listen>>;
let url: string;

beforeAll(async () => {
  h = await createHarness({ livePollMs: 3_600_000 });
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
