import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Presence, type LiveState } from '../../live';
import { DocumentTabs } from './DocumentTabs';

/** The head of a document's compare and quality views: the way back, the title, who is here, the tabs. */
export function DocumentViewHeader({ documentId, title, live }: { documentId: number; title: string | null; live: LiveState }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="editor-header">
        <p className="breadcrumb">
          <Link to="/">← {t('nav.documents')}</Link>
        </p>
        <h1>{title ?? t('editor.loading')}</h1>
        <Presence state={live} />
      </header>
      <DocumentTabs documentId={documentId} />
    </>
  );
}
