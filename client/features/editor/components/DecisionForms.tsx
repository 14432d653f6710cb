import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/schemas';
import type { SegmentDecisions } from '../hooks/useSegmentDecisions';
import { PropagateOffer } from './PropagateOffer';
import { ReasonForm } from './ReasonForm';

interface DecisionFormsProps {
  segment: Segment;
  decisions: SegmentDecisions;
  /** The working text differs from the current revision (a resubmission is of the text as saved). */
  isDirty: boolean;
  /** The resubmission was cancelled: the working text takes the focus again. */
  onResubmitCancelled: () => void;
}

/** Under a paragraph's actions: the approval's question, the offer to propagate, the reason for a rejection or a resubmission. */
export function DecisionForms({ segment, decisions, isDirty, onResubmitCancelled }: DecisionFormsProps) {
  const { t } = useTranslation();
  return (
    <>
      {decisions.approvalGuard.dialog}
      {decisions.offerPropagation && segment.status === 'approved' ? (
        <PropagateOffer segmentId={segment.id} repeats={segment.repeats ?? 0} onClose={decisions.closePropagation} />
      ) : null}
      {decisions.isRejecting && segment.current ? (
        <ReasonForm
          label={t('editor.rejectComment')}
          confirm={t('editor.confirmReject')}
          tone="reject"
          isPending={decisions.transition.isPending}
          onCancel={decisions.cancelRejecting}
          onConfirm={decisions.reject}
        />
      ) : null}
      {decisions.isResubmitting && segment.current?.state === 'rejected' && !isDirty ? (
        <ReasonForm
          label={t('editor.resubmitComment')}
          confirm={t('editor.confirmResubmit')}
          tone="plain"
          isPending={decisions.resubmit.isPending}
          onCancel={() => {
            decisions.cancelResubmitting();
            onResubmitCancelled();
          }}
          onConfirm={decisions.resubmitWith}
        />
      ) : null}
    </>
  );
}
