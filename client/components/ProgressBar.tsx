import { useTranslation } from 'react-i18next';
import type { StatusCounts } from '../../shared/schemas';
import { useFormatters } from '../lib/format';

const ORDER = ['approved', 'submitted', 'draft', 'rejected', 'untouched'] as const;

interface ProgressBarProps {
  counts: StatusCounts;
  label: string;
}

/** Stacked bar of segment statuses, with the approved share as its accessible value. */
export function ProgressBar({ counts, label }: ProgressBarProps) {
  const { t } = useTranslation();
  const { percent, number } = useFormatters();
  const total = ORDER.reduce((sum, status) => sum + counts[status], 0);
  const approvedShare = total === 0 ? 0 : counts.approved / total;
  const summary = ORDER.filter((status) => counts[status] > 0)
    .map((status) => `${t(`status.${status}`)}: ${number(counts[status])}`)
    .join(', ');
  return (
    <div className="progress">
      <div
        className="progress-bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(approvedShare * 100)}
        aria-valuetext={summary}
        title={summary}
      >
        {ORDER.map((status) =>
          counts[status] > 0 ? (
            <span
              key={status}
              className={`progress-part progress-${status}`}
              style={{ flexGrow: counts[status] }}
              data-status={status}
              data-count={counts[status]}
            />
          ) : null,
        )}
      </div>
      <p className="progress-caption">
        {t('documents.approvedShare', { percent: percent(approvedShare) })}
        <span className="progress-detail"> · {summary}</span>
      </p>
    </div>
  );
}
