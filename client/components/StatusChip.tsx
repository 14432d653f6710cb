import { useTranslation } from 'react-i18next';
import type { SegmentStatus } from '../../shared/schemas';

const ICONS: Record<SegmentStatus, string> = {
  untouched: '○',
  draft: '✎',
  submitted: '➜',
  approved: '✓',
  rejected: '✕',
};

/** A segment's workflow status as a labelled chip (icon + word, never colour alone). */
export function StatusChip({ status }: { status: SegmentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`chip chip-${status}`} data-status={status}>
      <span aria-hidden="true">{ICONS[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
