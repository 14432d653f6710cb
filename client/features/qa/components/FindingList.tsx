import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/qa';
import { SeverityIcon, useFindingMessage } from './FindingMessage';

interface FindingListProps {
  findings: readonly Finding[];
  /** Absent when the user may not change the text: the fixes are not offered. */
  onApply: ((finding: Finding) => void) | undefined;
  onFocusFinding: (finding: Finding | null) => void;
  onSelect: (finding: Finding) => void;
  /** For reviewers: turns the finding into a recorded (MQM) error. */
  onRecord?: ((finding: Finding) => void) | undefined;
}

/** The working revision's findings, recomputed as the translator types, each with its fix. */
export function FindingList({ findings, onApply, onFocusFinding, onSelect, onRecord }: FindingListProps) {
  const { t } = useTranslation();
  const message = useFindingMessage();
  if (findings.length === 0) return null;
  return (
    <ul className="finding-list" aria-label={t('findings.listLabel', { count: findings.length })}>
      {findings.map((finding) => (
        <li
          key={`${finding.rule}:${finding.start}:${finding.end}:${finding.params.term ?? ''}`}
          className={`finding-item finding-item-${finding.severity}`}
          data-rule={finding.rule}
          onMouseEnter={() => onFocusFinding(finding)}
          onMouseLeave={() => onFocusFinding(null)}
        >
          <SeverityIcon severity={finding.severity} />
          <button
            type="button"
            className="link-button finding-text"
            onFocus={() => onFocusFinding(finding)}
            onBlur={() => onFocusFinding(null)}
            onClick={() => onSelect(finding)}
            title={t('findings.select')}
          >
            {message(finding)}
          </button>
          {finding.suggestion !== null && onApply ? (
            <button type="button" className="button button-small" onClick={() => onApply(finding)}>
              {finding.suggestion === '' ? t('findings.applyDelete') : t('findings.apply', { suggestion: finding.suggestion })}
            </button>
          ) : null}
          {onRecord ? (
            <button type="button" className="button button-small button-quiet" onClick={() => onRecord(finding)}>
              {t('annotate.fromFinding')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
