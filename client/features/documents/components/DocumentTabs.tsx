import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The views of one document: editing it, comparing its versions, its quality and effort. */
export function DocumentTabs({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  return (
    <nav className="document-tabs" aria-label={t('documentTabs.label')}>
      <NavLink to={`/documents/${documentId}`} end>
        {t('documentTabs.edit')}
      </NavLink>
      <NavLink to={`/documents/${documentId}/compare`}>{t('documentTabs.compare')}</NavLink>
      <NavLink to={`/documents/${documentId}/quality`}>{t('documentTabs.quality')}</NavLink>
    </nav>
  );
}
