import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { RuleIdSchema, SegmentFilter } from '../../shared/schemas';
import { documentListQuery, documentQuery } from '../features/documents/api/queries';
import { parseFindingsFilter, segmentPageQuery, type SegmentListParams } from '../features/editor/api/queries';
import { findingsQuery } from '../features/qa/api/queries';
import { sessionQuery } from '../features/session/api/session';
import { prewarmLanguageNames } from '../lib/format';
import { i18n } from '../lib/i18n';
import { queryClient } from '../lib/queryClient';
import { DocumentsPage } from './DocumentsPage';
import { EditorPage } from './EditorPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/**
 * Loaders start the page's requests as soon as the route matches, in parallel with rendering;
 * they never wait for them (the pages show their own loading and error states).
 */
function prefetchEditor({ params, request }: LoaderFunctionArgs) {
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
    // who is signed in, asked together with the page's own data rather than after the first render
    loader: () => {
      void queryClient.prefetchQuery(sessionQuery());
      return null;
    },
    children: [
      {
        index: true,
        element: <DocumentsPage />,
        errorElement: <RouteError />,
        loader: () => {
          void queryClient.prefetchQuery(documentListQuery());
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
