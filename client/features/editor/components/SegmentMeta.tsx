import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/qa';
import type { Segment } from '../../../../shared/schemas';
import { StatusChip } from '../../../components/StatusChip';
import { useFormatters } from '../../../lib/format';

const SEVERITY_RANK = { minor: 1, major: 2, critical: 3 } as const;

interface SegmentMetaProps {
  segment: Segment;
  /** The working text's standing findings (counted, coloured by the worst). */
  findings: readonly Finding[];
  isSaving: boolean;
  isDirty: boolean;
  /** A folded paragraph's comments and recorded errors, counted (its buttons, which count them, are hidden). */
  reviewCount?: number | undefined;
}

/** The paragraph's line above its columns: number, status, findings, and who saved it when. */
export const SegmentMeta = memo(function SegmentMeta({ segment, findings, isSaving, isDirty, reviewCount }: SegmentMetaProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const worst = findings.reduce<Finding['severity'] | null>(
    (current, finding) => (current === null || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[current] ? finding.severity : current),
    null,
  );
  const stateLine = isSaving
    ? t('editor.saving')
    : isDirty
      ? t('editor.unsaved')
      : segment.current
        ? t('editor.savedBy', { name: segment.current.author.name, time: dateTime(segment.current.createdAt) })
        : t('editor.noRevision');
  return (
    <div className="segment-meta">
      <span className="segment-number" id={`segment-${segment.id}-label`}>
        <span className="visually-hidden">{t('editor.segment')} </span>
        {segment.position}
      </span>
      <StatusChip status={segment.status} />
      {findings.length > 0 && worst ? (
        <span className={`finding-count finding-count-${worst}`} data-testid="finding-count">
          {t('findings.count', { count: findings.length })}
        </span>
      ) : null}
      {segment.repeats ? (
        <span className="repeat-badge" title={t('repetitions.badgeHint', { count: segment.repeats })} data-testid="repeats">
          {t('repetitions.badge', { count: segment.repeats })}
        </span>
      ) : segment.repeatedSentences ? (
        <span className="repeat-badge" title={t('repetitions.sentencesHint')} data-testid="repeated-sentences">
          {t('repetitions.sentences', { count: segment.repeatedSentences })}
        </span>
      ) : null}
      {reviewCount ? (
        // a click on it opens the comments too (see SegmentRow); the keyboard reaches them through the
        // paragraph's buttons, which the caret in the paragraph shows
        <span className="review-badge" title={t('editor.reviewBadge', { count: reviewCount })} data-testid="review-badge">
          <span aria-hidden="true">💬 {reviewCount}</span>
          <span className="visually-hidden">{t('editor.reviewBadge', { count: reviewCount })}</span>
        </span>
      ) : null}
      {/* who saved it and when, beside the number (the working column keeps its height for the text);
          a paragraph nobody saved says so to screen readers only: its status chip shows it */}
      <span
        className={segment.current || isSaving || isDirty ? 'segment-state' : 'segment-state visually-hidden'}
        id={`segment-${segment.id}-state`}
        aria-live="polite"
      >
        {stateLine}
      </span>
    </div>
  );
});
