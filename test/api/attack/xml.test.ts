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
import { createHarness, listen, snapshotDatabase, TEST_PASSWORD, type Harness } from '../../helpers/api';
import { signIn } from '../../helpers/server';

const XLIFF_HEAD = '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="id" original="x"><body>';
const XLIFF_TAIL = '</body></file></xliff>';
const unit = (source = 'Hello', attrs = '') => `<trans-unit id="1"${attrs}><source>${source}</source><target>Halo</target></trans-unit>`;
const tmx = (seg: string) =>
  `<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>${seg}</seg></tuv><tuv xml:lang="id"><seg>y</seg></tuv></tu></body></tmx>`;
const tbx = (inner: string) => `<martif type="TBX"><text><body><termEntry>${inner}<langSet xml:lang="en"><tig><term>curb</term></tig></langSet><langSet xml:lang="id"><tig><term>pembatasan</term></tig></langSet></termEntry></body></text></martif>`;

const deep = (open: string, close: string, n: number, inner = 'x') => `${open.repeat(n)}${inner}${close.repeat(n)}`;
const manyAttributes = (n: number) => Array.from({ length: n }, (_, i) => ` a${i}="v"`).join('');
const manyNamespaces = (n: number) => Array.from({ length: n }, (_, i) => ` xmlns:p${i}="urn:x-${i}"`).join('');
const BOMB = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
const EXTERNAL = '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>';
const PARAMETER = '<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>';

type Case = [name: string, kind: 'xliff' | 'tmx' | 'tbx', content: string, message: RegExp];

const CASES: Case[] = [
  ['40,000 nested XLIFF groups', 'xliff', `${XLIFF_HEAD}${deep('<group>', '</group>', 40_000, unit())}${XLIFF_TAIL}`, /nested more than 256 deep/],
  ['100,000 nested XLIFF groups', 'xliff', `${XLIFF_HEAD}${deep('<group>', '</group>', 100_000, unit())}${XLIFF_TAIL}`, /nested more than 256 deep/],
  ['40,000 nested <g> in a source', 'xliff', `${XLIFF_HEAD}${unit(deep('<g id="1">', '</g>', 40_000, 'Hi'))}${XLIFF_TAIL}`, /nested more than 256 deep/],
  ['nested <g> never closed', 'xliff', `${XLIFF_HEAD}${unit('<g>'.repeat(50_000))}`, /nested more than 256 deep/],
  ['an attribute of 1 MB', 'xliff', `${XLIFF_HEAD}${unit('Hi', ` note="${'A'.repeat(1 << 20)}"`)}${XLIFF_TAIL}`, /attribute note is longer than 65536/],
  ['10,000 attributes on one element', 'xliff', `${XLIFF_HEAD}${unit('Hi', manyAttributes(10_000))}${XLIFF_TAIL}`, /more than 256 attributes/],
  ['5,000 namespace declarations on one element', 'xliff', `${XLIFF_HEAD}${unit('Hi', manyNamespaces(5_000))}${XLIFF_TAIL}`, /declares more than 64 namespaces/],
  [
    '2,000 namespaces over the file',
    'xliff',
    `${XLIFF_HEAD}${Array.from({ length: 2_000 }, (_, i) => `<group xmlns:q="urn:y-${i}">${unit()}</group>`).join('')}${XLIFF_TAIL}`,
    /more than 1024 namespaces/,
  ],
  ['an entity bomb', 'xliff', `<?xml version="1.0"?>${BOMB}<xliff version="1.2"><file source-language="en" target-language="id" original="x"><body>${unit('&lol3;')}${XLIFF_TAIL}`, /DOCTYPE is not allowed/],
  ['an external entity', 'xliff', `<?xml version="1.0"?>${EXTERNAL}<xliff version="1.2"><file source-language="en" target-language="id" original="x"><body>${unit('&secret;')}${XLIFF_TAIL}`, /DOCTYPE is not allowed/],
  ['a parameter entity', 'xliff', `<?xml version="1.0"?>${PARAMETER}<xliff version="1.2"/>`, /DOCTYPE is not allowed/],
  ['an undeclared entity', 'xliff', `${XLIFF_HEAD}${unit('&undeclared;')}${XLIFF_TAIL}`, /undefined entity|undeclared/i],
  ['12,000 nested TMX <hi>', 'tmx', tmx(deep('<hi>', '</hi>', 12_000)), /nested more than 256 deep/],
  ['an attribute of 1 MB in TMX', 'tmx', tmx(`<ph x="${'A'.repeat(1 << 20)}"/>`), /longer than 65536/],
  ['an entity bomb in TMX', 'tmx', `<?xml version="1.0"?>${BOMB}${tmx('&lol3;')}`, /DOCTYPE is not allowed/],
  ['12,000 nested TBX notes', 'tbx', tbx(deep('<note>', '</note>', 12_000)), /nested more than 256 deep/],
  ['5,000 namespace declarations in TBX', 'tbx', tbx(`<note${manyNamespaces(5_000)}>n</note>`), /declares more than 64 namespaces/],
  ['an external entity in TBX', 'tbx', `<?xml version="1.0"?>${EXTERNAL}${tbx('&secret;')}`, /DOCTYPE is not allowed/],
];

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ limits: { importFileBytes: 200 * 1024 * 1024, uploadFileBytes: 50 * 1024 * 1024 } });
});
afterAll(() => h.close());

function upload(kind: Case[1], content: string) {
  if (kind === 'tbx') {
    return h.api.post('/api/glossary/import').field({ sourceLang: 'en', targetLang: 'id', mode: 'merge' }).attach('file', Buffer.from(content), 'hostile.tbx');
  }
  return h.api.post('/api/documents/import').attach('file', Buffer.from(content), kind === 'tmx' ? 'hostile.tmx' : 'hostile.xlf');
}

describe('hostile XML', () => {
  it.each(CASES)('%s (%s) is refused with line and column, and nothing is stored', async (_name, kind, content, message) => {
    const before = snapshotDatabase(h.store);
    const response = await upload(kind, content);
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(400);
    const { error } = ApiErrorBody.parse(response.body);
    expect(error.field).toBe('file');
    expect(error.message).toMatch(/line \d+, column \d+/);
    expect(error.message).toMatch(message);
    expect(snapshotDatabase(h.store)).toEqual(before);
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
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.xlf"\r\nContent-Type: application/xml\r\n\r\n`),
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
          { host: '127.0.0.1', port, path: '/api/documents/import', method: 'POST', headers: {
            Cookie: me.cookie, 'X-CSRF-Token': me.csrfToken, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': body.length,
          } },
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
  }, 120_000);
});
