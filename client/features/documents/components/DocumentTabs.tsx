import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { documentQuery } from '../../../data/documents';

/** The views of one document (editing it, comparing its versions, its quality and effort) and its export. */
export function DocumentTabs({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const fileFormat = useQuery(documentQuery(documentId)).data?.fileFormat ?? null;
  const formats = [...(fileFormat?.startsWith('xliff') ? (['xliff'] as const) : []), 'tmx', 'csv', 'txt'] as const;
  return (
    <div className="document-tabs-row">
      <nav className="document-tabs" aria-label={t('documentTabs.label')}>
        <NavLink to={`/documents/${documentId}`} end>
          {t('documentTabs.edit')}
        </NavLink>
        <NavLink to={`/documents/${documentId}/compare`}>{t('documentTabs.compare')}</NavLink>
        <NavLink to={`/documents/${documentId}/quality`}>{t('documentTabs.quality')}</NavLink>
      </nav>
      <details className="export-menu">
        <summary className="button button-small">{t('exportFile.label')}</summary>
        <ul aria-label={t('exportFile.choose')}>
          {formats.map((format) => (
            <li key={format}>
              <a href={`/api/documents/${documentId}/export?format=${format}`} download data-format={format}>
                {t(`exportFile.${format}`)}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
