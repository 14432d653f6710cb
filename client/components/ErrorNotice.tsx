import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/apiClient';
import { useErrorMessage } from '../lib/errors';

interface ErrorNoticeProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/** Says what went wrong in the reader's language, with the server's detail for the curious. */
export function ErrorNotice({ error, onRetry, title }: ErrorNoticeProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (
    <div className="notice notice-error" role="alert">
      {title ? <strong>{title} </strong> : null}
      <span>{describe(error)}</span>
      {isApiError(error) && error.message && error.status > 0 ? (
        <details className="notice-detail">
          <summary>{t('errors.details')}</summary>
          <code>
            {error.status} {error.code}: {error.message}
          </code>
        </details>
      ) : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
