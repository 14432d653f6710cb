/**
 * JSON answers go out compressed to clients that accept it (a page of segments is mostly
 * repeated keys); the live feed never is (a compressor would hold its events back), and small
 * answers are not worth it.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDocument, createHarness, listen, TEST_PASSWORD, type Harness } from '../helpers/api';
import { signIn } from '../helpers/server';

let h: Harness;
let server: Awaited<ReturnType<typeof listen>>;
let cookie: string;

beforeAll(async () => {
  h = await createHarness();
  server = await listen(h.app);
  cookie = (await signIn(server.url, 'reviewer', TEST_PASSWORD)).cookie;
});
afterAll(async () => {
  await server.close();
  await h.close();
});

/** A raw GET: the response's headers and its first bytes (all of them unless `first`). */
function get(path: string, encoding: string, first = false): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.url}${path}`, { headers: { cookie, 'accept-encoding': encoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (first) {
          request.destroy();
          resolve({ headers: response.headers, body: Buffer.concat(chunks) });
        }
      });
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', (error) => (first ? undefined : reject(error)));
  });
}

it('compresses a page of segments for a client that takes gzip or Brotli, and sends it plain to one that does not', async () => {
  const sources = Array.from({ length: 300 }, (_, k) => ({
    source: `Paragraph ${k} of a long document about export controls.`,
    mt: `Paragraf ${k} dari dokumen panjang tentang kontrol ekspor.`,
  }));
  const { document } = await buildDocument(h.services, { segments: sources });
  const path = `/api/documents/${document.id}/segments?limit=300`;

  const plain = await get(path, 'identity');
  expect(plain.headers['content-encoding']).toBeUndefined();
  const page = JSON.parse(plain.body.toString('utf8')) as { items: unknown[] };
  expect(page.items).toHaveLength(300);

  const gzip = await get(path, 'gzip');
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gzip.headers.vary).toMatch(/accept-encoding/i);
  expect(zlib.gunzipSync(gzip.body).toString('utf8')).toBe(plain.body.toString('utf8'));
  expect(gzip.body.length).toBeLessThan(plain.body.length / 4);

  const brotli = await get(path, 'br');
  expect(brotli.headers['content-encoding']).toBe('br');
  expect(zlib.brotliDecompressSync(brotli.body).toString('utf8')).toBe(plain.body.toString('utf8'));
});

it('leaves small answers and the live feed uncompressed', async () => {
  const { document } = await buildDocument(h.services);
  const health = await get('/api/health', 'gzip');
  expect(health.headers['content-encoding']).toBeUndefined();
  expect(JSON.parse(health.body.toString('utf8'))).toMatchObject({ ok: true });

  const live = await get(`/api/documents/${document.id}/live`, 'gzip, br', true);
  expect(live.headers['content-type']).toMatch(/^text\/event-stream/);
  expect(live.headers['content-encoding']).toBeUndefined();
  // the first event arrives readable, at once
  expect(live.body.toString('utf8')).toMatch(/^(:|event:|id:|retry:)/);
});
