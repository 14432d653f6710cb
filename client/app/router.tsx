import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { RuleIdSchema, SegmentFilter } from '../../shared/schemas';
import { documentListQuery, documentQuery } from '../data/documents';
import { parseFindingsFilter, segmentPageQuery, type SegmentListParams } from '../data/segments';
import { findingsQuery } from '../features/qa';
import { sessionQuery } from '../data/session';
import { prewarmLanguageNames } from '../lib/format';
import { i18n } from '../lib/i18n';
import { queryClient } from '../lib/queryClient';
import { DocumentsPage } from './DocumentsPage';
import { EditorPage } from './EditorPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/**
 * Who is signed in, asked once (the layout's loader and a page's ask together; the query is
 * shared). A page's data is asked for only once someone is: signed out, the sign-in form shows
 * and nothing else is requested (no 401 in the console).
 */
async function signedIn(): Promise<boolean> {
  try {
    return (await queryClient.ensureQueryData(sessionQuery())) !== null;
  } catch {
    return false; // the layout shows why the session could not be asked for, with a retry
  }
}

/**
 * Loaders start the page's requests as soon as the route matches (and the session is known), in
 * parallel with rendering; they never wait for them (the pages show their own loading and error
 * states).
 */
async function prefetchEditor({ params, request }: LoaderFunctionArgs) {
  if (!(await signedIn())) return null;
  const documentId = Number(params.documentId);
  if (!Number.isInteger(documentId) || documentId <= 0) return null;
  prewarmLanguageNames(i18n.resolvedLanguage ?? i18n.language);
  const search = new URL(request.url).searchParams;
  const status = SegmentFilter.safeParse(search.get('status') ?? 'all');
  void queryClient.prefetchQuery(documentQuery(documentId));
  const rule = RuleIdSchema.safeParse(search.get('rule'));
  const listParams: SegmentListParams = {
    status: status.success ? status.data : 'all',
    q: search.get('q') ?? '',
    findings: parseFindingsFilter(search.get('findings')),
    rule: rule.success ? rule.data : undefined,
  };
  // the first page (with its findings) and the document's findings in numbers, side by side
  void queryClient.prefetchQuery(segmentPageQuery(queryClient, documentId, listParams, 0));
  void queryClient.prefetchQuery(findingsQuery(documentId));
  return null;
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // who is signed in, known before the first render (a direct load shows this meanwhile)
    loader: async () => {
      await signedIn();
      return null;
    },
    hydrateFallbackElement: <p className="loading">…</p>,
    children: [
      {
        index: true,
        element: <DocumentsPage />,
        errorElement: <RouteError />,
        loader: async () => {
          if (await signedIn()) void queryClient.prefetchQuery(documentListQuery());
          return null;
        },
      },
      { path: 'documents/:documentId', element: <EditorPage />, errorElement: <RouteError />, loader: prefetchEditor },
      {
        path: 'documents/:documentId/compare',
        lazy: async () => ({ Component: (await import('./ComparePage')).ComparePage }),
        errorElement: <RouteError />,
      },
      {
        path: 'documents/:documentId/quality',
        lazy: async () => ({ Component: (await import('./QualityPage')).QualityPage }),
        errorElement: <RouteError />,
      },
      // pages a translator rarely opens load on demand, so the editor starts with less to parse
      { path: 'glossary', lazy: async () => ({ Component: (await import('./GlossaryPage')).GlossaryPage }), errorElement: <RouteError /> },
      { path: 'queue', lazy: async () => ({ Component: (await import('./QueuePage')).QueuePage }), errorElement: <RouteError /> },
      { path: 'people', lazy: async () => ({ Component: (await import('./PeoplePage')).PeoplePage }), errorElement: <RouteError /> },
      {
        path: '*',
        element: <RouteError />,
        loader: () => {
          throw new Response('Not found', { status: 404 });
        },
      },
    ],
  },
]);
