import { useTranslation } from 'react-i18next';
import type { RevisionAction } from '../../../../shared/workflow';

interface SegmentActionsProps {
  /** What the person's roles allow on this document. */
  may: { edit: boolean; submit: boolean; decide: boolean; annotate: boolean };
  /** The actions the current revision's state allows. */
  actions: readonly RevisionAction[];
  hasRevision: boolean;
  isDirty: boolean;
  isBusy: boolean;
  canSave: boolean;
  /** The working text differs from the machine translation. */
  differsFromMt: boolean;
  isResubmitting: boolean;
  segmentId: number;
  isReviewOpen: boolean;
  isHistoryOpen: boolean;
  commentCount: number;
  annotationCount: number;
  onSave: () => void;
  onSubmit: () => void;
  onResubmit: () => void;
  onApprove: () => void;
  onReject: () => void;
  onResetToMt: () => void;
  onAnnotate: () => void;
  onToggleReview: () => void;
  onToggleHistory: () => void;
}

/** A paragraph's buttons: only what the person's roles and the revision's state allow. */
export function SegmentActions(props: SegmentActionsProps) {
  const { t } = useTranslation();
  const { may, actions, isDirty, isBusy, hasRevision, segmentId } = props;
  return (
    <div className="segment-actions">
      {may.edit ? (
        <button type="button" className="button button-primary" disabled={!props.canSave} onClick={props.onSave}>
          {t('editor.save')}
        </button>
      ) : null}
      {may.submit && (actions.includes('submit') || isDirty || !hasRevision) ? (
        <button type="button" className="button" disabled={isBusy} onClick={props.onSubmit}>
          {t('editor.submit')}
        </button>
      ) : null}
      {may.submit && actions.includes('resubmit') && !isDirty && !props.isResubmitting ? (
        <button type="button" className="button" disabled={isBusy} onClick={props.onResubmit}>
          {t('editor.resubmit')}
        </button>
      ) : null}
      {may.decide && actions.includes('approve') && !isDirty && hasRevision ? (
        <button type="button" className="button button-approve" disabled={isBusy} onClick={props.onApprove}>
          {t('editor.approve')}
        </button>
      ) : null}
      {may.decide && actions.includes('reject') && !isDirty ? (
        <button type="button" className="button button-reject" disabled={isBusy} onClick={props.onReject}>
          {t('editor.reject')}
        </button>
      ) : null}
      {may.edit && props.differsFromMt ? (
        <button type="button" className="button button-quiet" onClick={props.onResetToMt}>
          {t('editor.resetToMt')}
        </button>
      ) : null}
      {may.annotate ? (
        <button type="button" className="button button-quiet" onClick={props.onAnnotate}>
          {t('annotate.open')}
        </button>
      ) : null}
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={props.isReviewOpen}
        aria-controls={`segment-${segmentId}-review`}
        onClick={props.onToggleReview}
      >
        {t('comments.toggle', { count: props.commentCount })}
        {props.annotationCount > 0 ? ` · ${t('annotate.count', { count: props.annotationCount })}` : ''}
      </button>
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={props.isHistoryOpen}
        aria-controls={`segment-${segmentId}-history`}
        onClick={props.onToggleHistory}
      >
        {t('history.toggle')}
      </button>
    </div>
  );
}
