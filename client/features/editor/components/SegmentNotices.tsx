import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/schemas';
import { ErrorNotice } from '../../../components/ErrorNotice';

interface SegmentNoticesProps {
  segment: Segment;
  targetLang: string;
  /** Someone else's save arrived while this person has unsaved text on an older version. */
  movedOn: boolean;
  /** Failures of the row's requests, each shown with what failed. */
  errors: ReadonlyArray<{ error: unknown; title?: string }>;
}

/** What the working column says under the diff: the last decision, the published text, someone else's save, failures. */
export function SegmentNotices({ segment, targetLang, movedOn, errors }: SegmentNoticesProps) {
  const { t } = useTranslation();
  return (
    <>
      {segment.status === 'rejected' && segment.current?.comment ? (
        <p className="notice notice-warning" data-testid="rejection">
          <strong>{t('editor.rejectedBy', { name: segment.current.decidedBy?.name ?? '' })}</strong> <q>{segment.current.comment}</q>
        </p>
      ) : null}
      {segment.approvedText !== null && segment.approvedRevisionId !== segment.current?.id ? (
        <p className="notice notice-info">
          <strong>{t('editor.publishedText')}</strong> <span lang={targetLang}>{segment.approvedText}</span>
        </p>
      ) : null}
      {movedOn ? (
        <p className="notice notice-info" role="status" data-testid="moved-on">
          {t('merge.movedOn', { name: segment.current?.author.name ?? '' })}
        </p>
      ) : null}
      {errors.map(({ error, title }, index) => (error ? <ErrorNotice key={index} error={error} title={title} /> : null))}
    </>
  );
}
