import { test as base, expect, type APIRequestContext } from '@playwright/test';
import type { CreateDocumentBody, DocumentSummary } from '../../shared/schemas';
import { EditorPage } from './pages/EditorPage';

interface Fixtures {
  editor: EditorPage;
  createDocument: (overrides?: Partial<CreateDocumentBody>) => Promise<DocumentSummary>;
  /** A private copy of the demo article (same language pair, so the demo glossary applies). */
  demoCopy: DocumentSummary;
}

async function postDocument(request: APIRequestContext, body: CreateDocumentBody): Promise<DocumentSummary> {
  const response = await request.post('/api/documents', { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as DocumentSummary;
}

/** Each test that changes data makes its own document, so tests never depend on each other. */
export const test = base.extend<Fixtures>({
  demoCopy: async ({ request }, use, testInfo) => {
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
