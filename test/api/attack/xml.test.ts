/**
 * Hostile XML against every reader of uploaded files (XLIFF and TMX imports, TBX glossaries):
 * nesting, attributes, namespaces, entities. Each is refused with a 400 that says line and column,
 * quickly, leaving the database as it was; and while a large file is read, other people's requests
 * are answered (the reading runs in a worker thread).
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../../shared/schemas';
import { bigXliff } from '../../helpers/bigXliff';
import { HOSTILE_XML, deep, unit, XLIFF_HEAD, XLIFF_TAIL, type HostileKind } from '../../helpers/hostileXml';
import { createHarness, listen, snapshotDatabase, TEST_PASSWORD, type Harness } from '../../helpers/api';
import { signIn } from '../../helpers/server';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ limits: { importFileBytes: 200 * 1024 * 1024, uploadFileBytes: 50 * 1024 * 1024 } });
});
afterAll(() => h.close());

function upload(kind: HostileKind, content: string) {
  if (kind === 'tbx') {
    return h.api
      .post('/api/glossary/import')
      .field({ sourceLang: 'en', targetLang: 'id', mode: 'merge' })
      .attach('file', Buffer.from(content), 'hostile.tbx');
  }
  return h.api.post('/api/documents/import').attach('file', Buffer.from(content), kind === 'tmx' ? 'hostile.tmx' : 'hostile.xlf');
}

describe('hostile XML', () => {
  it.each(HOSTILE_XML)('%s (%s) is refused with line and column, and nothing is stored', async (_name, kind, content, message) => {
    const before = await snapshotDatabase(h.store);
    const response = await upload(kind, content);
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(400);
    const { error } = ApiErrorBody.parse(response.body);
    expect(error.field).toBe('file');
    expect(error.message).toMatch(/line \d+, column \d+/);
    expect(error.message).toMatch(message);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('still reads the real-world file nested 65 levels deep', async () => {
    const content = `${XLIFF_HEAD}${deep('<group>', '</group>', 65, unit(deep('<g id="1">', '</g>', 60, 'Hi')))}${XLIFF_TAIL}`;
    const response = await upload('xliff', content);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  });

  it('logged nothing', () => {
    expect(h.logged).toEqual([]);
  });
});

describe('while a large file is read', () => {
  it('other requests are answered, not made to wait for it', async () => {
    const server = await listen(h.app);
    try {
      const me = await signIn(server.url, 'admin', TEST_PASSWORD);
      const { text } = bigXliff(20 * 1024 * 1024);
      const boundary = 'b0undary';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.xlf"\r\nContent-Type: application/xml\r\n\r\n`,
        ),
        Buffer.from(text),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const order: string[] = [];
      const { port } = new URL(server.url);
      let markSent: () => void = () => undefined;
      const sent = new Promise<void>((resolve) => (markSent = resolve));
      // the whole upload is sent first; once it has left, the server is reading it
      const importing = new Promise<void>((resolve, reject) => {
        const request = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/documents/import',
            method: 'POST',
            headers: {
              Cookie: me.cookie,
              'X-CSRF-Token': me.csrfToken,
              'Content-Type': `multipart/form-data; boundary=${boundary}`,
              'Content-Length': body.length,
            },
          },
          (response) => {
            response.resume();
            response.on('end', () => {
              order.push(`import ${response.statusCode}`);
              resolve();
            });
          },
        );
        request.on('error', reject);
        request.end(body);
        request.on('finish', () => markSent());
      });
      await sent;
      await new Promise((resolve) => setTimeout(resolve, 200));
      const others = Array.from({ length: 5 }, async () => {
        const response = await fetch(`${server.url}/api/health`);
        order.push(`health ${response.status}`);
        await response.arrayBuffer();
      });
      await Promise.all([importing, ...others]);
      expect(order).toEqual([...Array(5).fill('health 200'), 'import 201']);
    } finally {
      await server.close();
    }
    // (what is tested is the order, never how long the import takes: about 10 s on a quiet 2-core
    // machine, over 120 s on a busy one, where this test once timed out)
  }, 900_000);
});
