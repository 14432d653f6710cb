import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../../shared/permissions';
import type { DocumentSummary } from '../../../../shared/schemas';
import { ProgressBar } from '../../../components/ProgressBar';
import { useFormatters } from '../../../lib/format';
import { useManageDocumentMutation } from '../api/mutations';
import { DueLine } from '../../../components/DueLine';
import { ManageDocumentDialog } from './ManageDocumentDialog';

/** One document in the list: title, language pair, size, age, deadline and assignee, and review progress. */
export function DocumentCard({ document, archived = false }: { document: DocumentSummary; archived?: boolean }) {
  const { t } = useTranslation();
  const { number, date, language } = useFormatters();
  const [isManaging, setManaging] = useState(false);
  const manage = useManageDocumentMutation(document.id);
  return (
    <li className="document-card" data-document-id={document.id}>
      <div className="document-card-head">
        <h2>
          <Link to={`/documents/${document.id}`}>{document.title}</Link>
        </h2>
        {archived ? (
          <button type="button" className="button button-small" disabled={manage.restore.isPending} onClick={() => manage.restore.mutate()}>
            {t('documents.restore')}
          </button>
        ) : can(document.roles, 'document.manage') ? (
          <button type="button" className="button button-small button-quiet" onClick={() => setManaging(true)}>
            {t('documents.manage')}
          </button>
        ) : null}
      </div>
      <p className="muted">
        {t('documents.languagePair', { source: language(document.sourceLang), target: language(document.targetLang) })}
        {' · '}
        {t('documents.segments', { count: document.segmentCount, formatted: number(document.segmentCount) })}
        {' · '}
        {t('documents.created', { date: date(document.createdAt) })}
        {document.memory ? (
          <>
            {' · '}
            <span data-testid="project-memory">{t('documents.inMemory', { name: document.memory })}</span>
          </>
        ) : null}
      </p>
      <DueLine deadline={document.deadline} assignee={document.assignee} />
      <ProgressBar counts={document.counts} label={t('documents.progressOf', { title: document.title })} />
      {isManaging ? <ManageDocumentDialog document={document} isOpen={isManaging} onClose={() => setManaging(false)} /> : null}
    </li>
  );
}
