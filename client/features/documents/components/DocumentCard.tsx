import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentSummary } from '../../../../shared/schemas';
import { ProgressBar } from '../../../components/ProgressBar';
import { useFormatters } from '../../../lib/format';

/** One document in the list: title, language pair, size, age and review progress. */
export function DocumentCard({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation();
  const { number, date, language } = useFormatters();
  return (
    <li className="document-card" data-document-id={document.id}>
      <h2>
        <Link to={`/documents/${document.id}`}>{document.title}</Link>
      </h2>
      <p className="muted">
        {t('documents.languagePair', { source: language(document.sourceLang), target: language(document.targetLang) })}
        {' · '}
        {t('documents.segments', { count: document.segmentCount, formatted: number(document.segmentCount) })}
        {' · '}
        {t('documents.created', { date: date(document.createdAt) })}
      </p>
      <ProgressBar counts={document.counts} label={t('documents.progressOf', { title: document.title })} />
    </li>
  );
}
