import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { documentQuery } from '../../../data/documents';

/** The views of one document (editing it, comparing its versions, its quality and effort) and its export. */
export function DocumentTabs({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const document = useQuery(documentQuery(documentId)).data;
  const fileFormat = document?.fileFormat ?? null;
  // a file of several language pairs: one document each, and the whole file with all their work
  const pairs = document?.fileSet?.length ?? 0;
  // the file it came from, reviewed (an XLIFF file, an HTML page), then the formats every document has
  const own = fileFormat?.startsWith('xliff')
    ? (['xliff'] as const)
    : fileFormat === 'html'
      ? (['html'] as const)
      : fileFormat === 'docx'
        ? (['docx'] as const)
        : fileFormat === 'markdown'
          ? (['md'] as const)
          : [];
  const formats = [...own, 'tmx', 'csv', 'txt'] as const;
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
          {pairs > 1 ? (
            <li>
              <a href={`/api/documents/${documentId}/export?format=xliff&set=true`} download data-format="xliff-set">
                {t('exportFile.xliffSet', { count: pairs })}
              </a>
            </li>
          ) : null}
        </ul>
      </details>
    </div>
  );
}
