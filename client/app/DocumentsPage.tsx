import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { archivedListQuery, documentListQuery } from '../data/documents';
import { DocumentCard, ImportDialog, NewDocumentDialog } from '../features/documents';
import { useCan } from '../data/session';

/** The start page: every document with its review progress. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const documents = useQuery(documentListQuery());
  const [isCreating, setCreating] = useState(false);
  const [isImporting, setImporting] = useState(false);
  const may = useCan();
  const [showArchive, setShowArchive] = useState(false);
  const archived = useQuery({ ...archivedListQuery(), enabled: showArchive && may('document.restore') });
  return (
    <main className="page" id="content">
      <div className="page-title">
        <h1>{t('documents.title')}</h1>
        {may('document.create') ? (
          <span className="page-actions">
            <button type="button" className="button" onClick={() => setImporting(true)}>
              {t('importFile.open')}
            </button>
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('newDocument.open')}
            </button>
          </span>
        ) : null}
      </div>
      {documents.isPending ? (
        <p className="loading" role="status">
          {t('documents.loading')}
        </p>
      ) : null}
      {documents.isError ? (
        <ErrorNotice error={documents.error} title={t('documents.loadFailed')} onRetry={() => void documents.refetch()} />
      ) : null}
      {documents.isSuccess && documents.data.items.length === 0 ? <p className="empty">{t('documents.empty')}</p> : null}
      {documents.isSuccess ? (
        <ul className="document-list">
          {documents.data.items.map((document) => (
            <DocumentCard key={document.id} document={document} />
          ))}
        </ul>
      ) : null}
      {may('document.restore') ? (
        <details className="archive-panel" open={showArchive} onToggle={(event) => setShowArchive(event.currentTarget.open)}>
          <summary>{t('documents.archivedTitle')}</summary>
          {archived.isError ? <ErrorNotice error={archived.error} /> : null}
          {archived.isSuccess && archived.data.items.length === 0 ? <p className="muted">{t('documents.archivedEmpty')}</p> : null}
          {archived.isSuccess ? (
            <ul className="document-list" data-testid="archived-documents">
              {archived.data.items.map((document) => (
                <DocumentCard key={document.id} document={document} archived />
              ))}
            </ul>
          ) : null}
        </details>
      ) : null}
      <NewDocumentDialog isOpen={isCreating} onClose={() => setCreating(false)} />
      <ImportDialog isOpen={isImporting} onClose={() => setImporting(false)} />
    </main>
  );
}
