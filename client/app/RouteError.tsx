import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown when a page crashes or the address matches nothing; the rest of the app keeps working. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const isNotFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="page" id="content">
      <h1>{isNotFound ? t('errors.pageNotFound') : t('errors.pageCrashed')}</h1>
      {!isNotFound && error instanceof Error ? <pre className="notice notice-error">{error.message}</pre> : null}
      <p>
        <Link to="/">← {t('nav.documents')}</Link>
      </p>
    </main>
  );
}
