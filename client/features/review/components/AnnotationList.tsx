import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/schemas';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormatters } from '../../../lib/format';
import { SeverityIcon } from '../../qa';
import { useWithdrawAnnotationMutation } from '../api/review';

interface AnnotationListProps {
  documentId: number;
  annotations: readonly Annotation[];
  /** Names the judged version ("Machine translation", "Revision 2"). */
  versionName: (annotation: Annotation) => string;
  /** May withdraw this one (one's own; editors and admins anyone's). */
  mayWithdraw: (annotation: Annotation) => boolean;
  lang: string;
  /** On a document-wide list: the segment's number. */
  positionOf?: (segmentId: number) => number | undefined;
}

/** Errors recorded on a segment or a document, with who judged them and on which version. */
export function AnnotationList({ documentId, annotations, versionName, mayWithdraw, lang, positionOf }: AnnotationListProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const withdraw = useWithdrawAnnotationMutation(documentId);
  if (annotations.length === 0) return null;
  return (
    <>
      <ul className="annotation-list" aria-label={t('annotate.listLabel', { count: annotations.length })}>
        {annotations.map((annotation) => (
          <li key={annotation.id} className={`annotation-item annotation-${annotation.severity}`} data-annotation-id={annotation.id}>
            <SeverityIcon severity={annotation.severity} /> <span className="annotation-category">{t(`mqm.${annotation.category}`)}</span>{' '}
            <q lang={lang}>{annotation.quote}</q>
            {annotation.comment ? <span className="annotation-comment-text"> — {annotation.comment}</span> : null}
            <span className="muted annotation-meta">
              {' '}
              {positionOf ? `${t('quality.segmentShort', { position: positionOf(annotation.segmentId) ?? '?' })} · ` : null}
              {versionName(annotation)} · {annotation.author.name} ·{' '}
              <time dateTime={annotation.createdAt}>{dateTime(annotation.createdAt)}</time>
            </span>
            {mayWithdraw(annotation) ? (
              <button type="button" className="link-button" disabled={withdraw.isPending} onClick={() => withdraw.mutate(annotation.id)}>
                {t('annotate.withdraw')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {withdraw.error ? <ErrorNotice error={withdraw.error} /> : null}
    </>
  );
}
