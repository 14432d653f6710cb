/**
 * A paragraph's decisions on its current revision: submitting it, approving it (asking first while
 * major or critical findings stand), rejecting it with a reason, and resubmitting a rejected text
 * unchanged with a reply; then, after an approval of a repeated source, the offer to use the
 * translation in the repetitions. What is under way is state here; DecisionForms shows it.
 */
import { useState } from 'react';
import type { Finding } from '../../../../shared/qa';
import type { Revision, Segment } from '../../../../shared/schemas';
import { useTransitionMutation } from '../../../data/segments';
import { useApprovalGuard } from '../../qa';
import { useResubmitMutation } from '../../review';

export function useSegmentDecisions(segment: Segment, findings: readonly Finding[], mayPropagate: boolean) {
  const transition = useTransitionMutation();
  const resubmit = useResubmitMutation(segment.documentId);
  const approvalGuard = useApprovalGuard();
  const [isRejecting, setRejecting] = useState(false);
  // answering a rejection: the same text submitted again, with a reply
  const [isResubmitting, setResubmitting] = useState(false);
  // approved here, its source repeated elsewhere in the document: offer to use the translation there
  const [offerPropagation, setOfferPropagation] = useState(false);

  return {
    transition,
    resubmit,
    approvalGuard,
    isPending: transition.isPending || resubmit.isPending,
    isRejecting,
    isResubmitting,
    offerPropagation,
    submit: (revision: Revision) => transition.mutate({ revisionId: revision.id, action: 'submit' }),
    approve: () => {
      const current = segment.current;
      if (!current) return;
      approvalGuard.ask([findings], () =>
        transition.mutate(
          { revisionId: current.id, action: 'approve' },
          { onSuccess: () => setOfferPropagation((segment.repeats ?? 0) > 0 && mayPropagate) },
        ),
      );
    },
    startRejecting: () => setRejecting(true),
    reject: (comment: string) => {
      if (segment.current)
        transition.mutate({ revisionId: segment.current.id, action: 'reject', comment }, { onSuccess: () => setRejecting(false) });
    },
    cancelRejecting: () => setRejecting(false),
    startResubmitting: () => setResubmitting(true),
    resubmitWith: (comment: string) => {
      if (segment.current) resubmit.mutate({ revisionId: segment.current.id, comment }, { onSuccess: () => setResubmitting(false) });
    },
    cancelResubmitting: () => setResubmitting(false),
    closePropagation: () => setOfferPropagation(false),
  };
}

export type SegmentDecisions = ReturnType<typeof useSegmentDecisions>;
