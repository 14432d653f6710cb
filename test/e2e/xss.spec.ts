import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The attacker's XSS pass: a payload in every field a person or a file can set (titles, source and
 * MT, revisions, decision comments, comments, annotations, glossary terms and notes, display
 * names, an imported file's notes and inline codes), then every page rendered in Chromium. Any
 * script that runs, any dialog, any element a payload makes, or any attempt the content security
 * policy has to block, fails the test.
 */

/** A payload that announces itself three ways: an element with a known id, a handler, a script. */
const payload = (name: string) => `"'><img src=x id="xss-${name}" onerror="__xss('${name}')"><script>__xss('${name}s')</script>`;
/** Short enough for an 80-character display name. */
const shortPayload = (name: string) => `<img src=x id=xss-${name} onerror=__xss(1)>`;

interface Api {
  request: APIRequestContext;
  csrf: string;
}

async function api(page: Page): Promise<Api> {
  const request = page.context().request;
  const session = await request.get('/api/session');
  expect(session.status()).toBe(200);
  return { request, csrf: ((await session.json()) as { csrfToken: string }).csrfToken };
}

async function send(api: Api, method: 'post' | 'put' | 'patch', url: string, data: unknown, status = [200, 201, 204]) {
  const response = await api.request[method](url, { data, headers: { 'X-CSRF-Token': api.csrf } });
  expect(status, `${method} ${url}: ${await response.text()}`).toContain(response.status());
  return response.status() === 204 ? null : ((await response.json()) as Record<string, unknown>);
}

/** Watches a page for every sign of script running or markup injected. */
async function guard(page: Page): Promise<() => Promise<string[]>> {
  const signs: string[] = [];
  page.on('dialog', (dialog) => {
    signs.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const hits: string[] = [];
    Object.defineProperty(window, '__xss', { value: (name: unknown) => hits.push(`script ran: ${String(name)}`) });
    Object.defineProperty(window, '__xssHits', { value: hits });
    document.addEventListener('securitypolicyviolation', (event) =>
      hits.push(`blocked by CSP: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
    );
  });
  return async () => {
    const found = await page.evaluate(() => {
      const hits = [...((window as unknown as { __xssHits?: string[] }).__xssHits ?? [])];
      for (const element of document.querySelectorAll('[id^="xss-"], script:not([src]), [onerror], [onload]')) {
        hits.push(`injected: <${element.tagName.toLowerCase()} id="${element.id}">`);
      }
      return hits;
    });
    return [...signs, ...found];
  };
}

test('no payload in any field runs or becomes markup, on any page', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const admin = await api(page);
  const stamp = `${testInfo.workerIndex}-${Date.now()}`;

  // a person whose name is a payload, who edits
  const username = `xss${stamp.replace(/\D/g, '').slice(-10)}`;
  const person = await send(admin, 'post', '/api/users', {
    username,
    displayName: shortPayload('name'),
    role: 'editor',
    password: 'kopi tubruk di teras',
  });
  expect(person).not.toBeNull();

  // glossary: source, rendering, forbidden rendering and note
  await send(
    admin,
    'post',
    '/api/glossary/terms',
    {
      sourceLang: 'en',
      targetLang: 'id',
      source: `curbs ${stamp}`,
      target: payload('gt').slice(0, 190),
      forbidden: ['trotoar'],
      note: payload('gn'),
    },
    [201, 409],
  );
  await send(
    admin,
    'post',
    '/api/glossary/terms',
    { sourceLang: 'en', targetLang: 'id', source: payload('gs').slice(0, 190), target: 'x' },
    [201, 409],
  );

  const document = (await send(admin, 'post', '/api/documents', {
    title: payload('title'),
    sourceLang: 'en',
    targetLang: 'id',
    segments: [
      { source: `The export curbs ${stamp} rose. ${payload('src')}`, mt: `Trotoar ekspor naik. ${payload('mt')}` },
      { source: 'OpenAI released GPT-4 in 2023.', mt: `Openai merilis GPT -4 pada 2024. ${payload('mt2')}` },
      { source: 'The weather is nice.', mt: 'Cuacanya bagus.' },
    ],
  })) as { id: number };
  const segments = (
    (await (await admin.request.get(`/api/documents/${document.id}/segments`)).json()) as { items: Array<{ id: number; version: number }> }
  ).items;
  const [first, second, third] = segments as [
    { id: number; version: number },
    { id: number; version: number },
    { id: number; version: number },
  ];

  // the person saves and submits with payloads; the admin rejects one and approves another, with payloads
  const personContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const signedIn = await personContext.request.post('/api/session', { data: { username, password: 'kopi tubruk di teras' } });
  expect(signedIn.status()).toBe(200);
  const personApi: Api = { request: personContext.request, csrf: ((await signedIn.json()) as { csrfToken: string }).csrfToken };
  const saved1 = (await send(personApi, 'post', `/api/segments/${first.id}/revisions`, {
    text: `Pembatasan ekspor naik. ${payload('rev1')}`,
    baseVersion: first.version,
  })) as { revision: { id: number } };
  await send(personApi, 'post', `/api/revisions/${saved1.revision.id}/submit`, { comment: payload('submit') });
  await send(admin, 'post', `/api/revisions/${saved1.revision.id}/reject`, { comment: payload('reject') });
  const saved2 = (await send(personApi, 'post', `/api/segments/${second.id}/revisions`, {
    text: `OpenAI merilis GPT-4 pada 2023. ${payload('rev2')}`,
    baseVersion: second.version,
  })) as { revision: { id: number } };
  await send(personApi, 'post', `/api/revisions/${saved2.revision.id}/submit`, {});
  await send(admin, 'post', `/api/revisions/${saved2.revision.id}/approve`, { comment: payload('approve') });
  const saved3 = (await send(personApi, 'post', `/api/segments/${third.id}/revisions`, {
    text: `Cuaca cerah. ${payload('rev3')}`,
    baseVersion: third.version,
  })) as { revision: { id: number } };
  await send(personApi, 'post', `/api/revisions/${saved3.revision.id}/submit`, { comment: payload('queue') });
  await send(personApi, 'post', `/api/segments/${first.id}/comments`, { body: payload('comment') });
  await send(admin, 'post', `/api/segments/${second.id}/annotations`, {
    revisionId: null,
    start: 0,
    end: 6,
    category: 'terminology',
    severity: 'major',
    comment: payload('annotation'),
  });
  await send(admin, 'put', `/api/documents/${document.id}/members`, {
    userId: (person as { user: { id: number } }).user.id,
    role: 'translator',
  });

  // a file whose notes and inline codes carry payloads
  const label = payload('code').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const xliff =
    '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="id" original="x.html"><body>' +
    `<trans-unit id="1"><source>Click <x id="${label}"/> to <g id="${label}b">start</g>.</source><target>Klik <x id="${label}"/> untuk <g id="${label}b">mulai</g>.</target>` +
    `<note>${payload('note').replace(/&/g, '&amp;').replace(/</g, '&lt;')}</note></trans-unit></body></file></xliff>`;
  const imported = await admin.request.post('/api/documents/import', {
    headers: { 'X-CSRF-Token': admin.csrf },
    multipart: {
      title: payload('filetitle').slice(0, 200),
      file: { name: 'x.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xliff) },
    },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  const importedId = ((await imported.json()) as { id: number }).id;

  const check = await guard(page);
  const visit = async (url: string, ready: () => Promise<void>) => {
    await page.goto(url);
    await ready();
    expect(await check(), url).toEqual([]);
  };

  await visit('/', () => expect(page.locator(`a[href="/documents/${document.id}"]`).first()).toBeVisible());
  await visit(`/documents/${document.id}`, async () => {
    await expect(page.locator('.segment').first()).toBeVisible();
    await expect(page.locator('.finding').first()).toBeVisible();
  });
  // the history, the comments and annotations, a finding's explanation, the activity
  const row = page.locator('.segment[data-position="1"]');
  await row.locator('.segment-number').click();
  await row.getByRole('button', { name: 'History' }).click();
  await expect(row.locator('.history')).toContainText('xss-reject');
  await row.getByRole('button', { name: /comment/ }).click();
  await expect(row).toContainText('xss-comment');
  await page.locator('.finding').first().hover();
  await page.locator('.segment[data-position="2"] .segment-number').click();
  await page
    .locator('.segment[data-position="2"]')
    .getByRole('button', { name: /comment|Review/ })
    .first()
    .click();
  expect(await check(), 'editor panels').toEqual([]);

  await visit(`/documents/${document.id}/compare?from=mt&to=current&all=1`, () => expect(page.locator('main')).toContainText('xss-rev3'));
  await visit(`/documents/${document.id}/quality`, () => expect(page.locator('main')).toContainText('xss-annotation'));
  await visit('/glossary?source=en&target=id', () => expect(page.locator('main')).toContainText('xss-gn'));
  await visit('/people', () => expect(page.locator('main')).toContainText('xss-name'));
  await visit('/queue', () => expect(page.locator('main')).toContainText('xss-rev3'));
  await visit(`/documents/${importedId}`, async () => {
    await expect(page.locator('.segment').first()).toBeVisible();
    await expect(page.locator('main')).toContainText('xss-note');
  });

  // the translator's view: the rejection comment, presence of a person named by a payload
  const translatorPage = await personContext.newPage();
  const checkTranslator = await guard(translatorPage);
  await translatorPage.goto(`/documents/${document.id}`);
  await expect(translatorPage.locator('.segment').first()).toBeVisible();
  await expect(translatorPage.locator('main')).toContainText('xss-reject');
  await page.goto(`/documents/${document.id}`);
  await expect(page.locator('.presence')).toContainText('xss-name');
  expect(await checkTranslator(), 'translator').toEqual([]);
  expect(await check(), 'presence').toEqual([]);
  await personContext.close();
});
