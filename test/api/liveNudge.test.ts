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

interface Change {
  type: string;
  segment: { id: number; check: unknown } | null;
}

/** A reviewer's live feed of a document, open once its first presence has come: each change as it arrives. */
async function openFeed(
  documentId: number,
): Promise<{ received: () => string; change: (type: string) => Promise<Change>; close: () => void }> {
  const { cookie } = await signIn(url, 'reviewer', TEST_PASSWORD);
  const controller = new AbortController();
  const response = await fetch(`${url}/api/documents/${documentId}/live`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let received = '';
  const until = async <T>(found: () => T | undefined, what: string): Promise<T> => {
    for (;;) {
      const answer = found();
      if (answer !== undefined) return answer;
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`feed ended before ${what}: ${received}`);
      received += decoder.decode(chunk.value, { stream: true });
    }
  };
  await until(() => (/event: presence/.test(received) ? true : undefined), 'presence');
  return {
    received: () => received,
    change: (type) =>
      until(() => {
        const block = received.split('\n\n').find((each) => each.includes('event: change') && each.includes(`"type":"${type}"`));
        return block === undefined ? undefined : (JSON.parse(block.slice(block.indexOf('data: ') + 'data: '.length)) as Change);
      }, type),
    close: () => controller.abort(),
  };
}

it('delivers a save made through the API without waiting for the poll', async () => {
  const { document, segments } = await buildDocument(h.services);
  const feed = await openFeed(document.id);
  const translator = await h.as('translator');
  const segment = segments[0];
  if (!segment) throw new Error('no segment');
  const saved = await translator
    .post(`/api/segments/${segment.id}/revisions`)
    .send({ text: 'Pembatasan ekspor.', baseVersion: segment.version });
  expect(saved.status).toBe(201);
  const change = await feed.change('revision.saved');
  expect(change.segment?.id).toBe(segment.id);
  expect(feed.received()).toContain('"text":"Pembatasan ekspor."');
  feed.close();
});

it('sends a segment nothing had checked with its findings, checked for the feed', async () => {
  const { document, segments } = await buildDocument(h.services);
  const segment = segments[1];
  if (!segment) throw new Error('no segment');
  expect((await h.services.store.read.checks.stored([segment.id])).size).toBe(0);
  const feed = await openFeed(document.id);
  const translator = await h.as('translator');
  const posted = await translator.post(`/api/segments/${segment.id}/comments`).send({ body: 'Is this term right?' });
  expect(posted.status).toBe(201);
  const commented = await feed.change('comment.created');
  expect(commented.segment?.id).toBe(segment.id);
  expect(commented.segment?.check).not.toBeNull();
  feed.close();
});
