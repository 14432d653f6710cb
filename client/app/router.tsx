import { createBrowserRouter } from 'react-router';
import { DocumentsPage } from './DocumentsPage';
import { EditorPage } from './EditorPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DocumentsPage />, errorElement: <RouteError /> },
      { path: 'documents/:documentId', element: <EditorPage />, errorElement: <RouteError /> },
      { path: '*', element: <RouteError />, loader: () => { throw new Response('Not found', { status: 404 }); } },
    ],
  },
]);
