import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './constants';
import type { Role } from '../../shared/permissions';
import type { CreateDocumentBody, DocumentSummary } from '../../shared/schemas';
import { EditorPage } from './pages/EditorPage';

export type DemoRole = 'translator' | 'editor' | 'reviewer' | 'admin';

/** Saves, submits and approves a text for a document's paragraph (by its number), as the admin (through the API). */
export async function approveText(request: APIRequestContext, documentId: number, position: number, text: string): Promise<void> {
  const headers = { 'X-CSRF-Token': (await adminRequest(request)).csrf };
  const page = (await (await request.get(`/api/documents/${documentId}/segments?after=${position - 1}&limit=1`)).json()) as {
    items: Array<{ id: number; position: number }>;
  };
  const segment = page.items[0];
  expect(segment?.position).toBe(position);
  const saved = await request.post(`/api/segments/${segment?.id}/revisions`, { data: { text, baseVersion: 0 }, headers });
  expect(saved.status()).toBe(201);
  const revisionId = ((await saved.json()) as { revision: { id: number } }).revision.id;
  expect((await request.post(`/api/revisions/${revisionId}/submit`, { headers })).status()).toBe(200);
  expect((await request.post(`/api/revisions/${revisionId}/approve`, { headers })).status()).toBe(200);
}

/** Signs a browser context in as one of the demo accounts (the cookie lands in the context). */
export async function signIn(context: BrowserContext, role: DemoRole): Promise<void> {
  const response = await context.request.post('/api/session', { data: { username: role, password: DEMO_PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
}

/** The API as an admin (documents created by tests are seen by editors and reviewers too). */
async function adminRequest(request: APIRequestContext): Promise<{ request: APIRequestContext; csrf: string }> {
  const response = await request.post('/api/session', { data: { username: 'admin', password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  return { request, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

interface Options {
  /** Who the test's page is signed in as (admin unless a test says otherwise). */
  role: DemoRole;
}

interface Fixtures {
  editor: EditorPage;
  createDocument: (overrides?: Partial<CreateDocumentBody>) => Promise<DocumentSummary>;
  /** A private copy of the demo article (same language pair, so the demo glossary applies). */
  demoCopy: DocumentSummary;
  /** Gives a demo account a role on one document (done by the admin, through the API). */
  assign: (documentId: number, username: DemoRole, role: Role | null) => Promise<void>;
  /** A page in a browser context of its own, signed in as another person. */
  pageAs: (role: DemoRole) => Promise<Page>;
}

async function postDocument(request: APIRequestContext, body: CreateDocumentBody): Promise<DocumentSummary> {
  const { csrf } = await adminRequest(request);
  const response = await request.post('/api/documents', { data: body, headers: { 'X-CSRF-Token': csrf } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as DocumentSummary;
}

/** Each test that changes data makes its own document, so tests never depend on each other. */
export const test = base.extend<Fixtures & Options>({
  role: ['admin', { option: true }],
  context: async ({ context, role }, use) => {
    await signIn(context, role);
    await use(context);
  },
  demoCopy: async ({ request }, use, testInfo) => {
    await adminRequest(request);
    const demo = await (await request.get('/api/documents/1/segments?limit=500')).json();
    await use(
      await postDocument(request, {
        title: `Demo copy for ${testInfo.title}`,
        sourceLang: 'en',
        targetLang: 'id',
        segments: (demo.items as Array<{ source: string; mt: string }>).map(({ source, mt }) => ({ source, mt })),
      }),
    );
  },
  assign: async ({ request }, use) => {
    await use(async (documentId, username, role) => {
      const { csrf } = await adminRequest(request);
      const users = (await (await request.get('/api/users')).json()) as { items: Array<{ id: number; username: string }> };
      const user = users.items.find((candidate) => candidate.username === username);
      if (!user) throw new Error(`no demo account ${username}`);
      const response = await request.put(`/api/documents/${documentId}/members`, {
        data: { userId: user.id, role },
        headers: { 'X-CSRF-Token': csrf },
      });
      expect(response.status(), await response.text()).toBe(200);
    });
  },
  pageAs: async ({ browser }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    const { baseURL, locale, timezoneId } = testInfo.project.use;
    await use(async (role) => {
      const context = await browser.newContext({ baseURL, locale, timezoneId });
      contexts.push(context);
      await signIn(context, role);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  editor: async ({ page }, use) => {
    await use(new EditorPage(page));
  },
  createDocument: async ({ request }, use, testInfo) => {
    await use((overrides = {}) =>
      postDocument(request, {
        title: `${testInfo.title} (${testInfo.workerIndex}-${Date.now()})`,
        sourceLang: 'en',
        targetLang: 'id',
        segments: [
          { source: 'The export curbs slowed progress.', mt: 'Trotoar ekspor memperlambat kemajuan.' },
          { source: 'Companies rely on users.', mt: 'Perusahaan mengandalkan pengguna.' },
          { source: 'The weather is nice today.', mt: 'Cuaca hari ini bagus.' },
        ],
        ...overrides,
      }),
    );
  },
});

export { expect };
