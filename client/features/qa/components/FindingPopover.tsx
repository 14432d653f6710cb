import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/qa';
import { SeverityIcon, useFindingMessage, useRuleName } from './FindingMessage';

interface FindingPopoverProps {
  finding: Finding;
  /** Where to show it, relative to the positioned container. */
  top: number;
  left: number;
  canApply: boolean;
  onApply: () => void;
  /** For reviewers: records the finding as an (MQM) error. */
  onRecord?: (() => void) | undefined;
  /** "Not an error" in this paragraph (absent: the user may not dismiss). */
  onDismiss?: (() => void) | undefined;
  onKeep: () => void;
  onLeave: () => void;
}

/** What a finding in the machine translation means, shown on hover or focus, with its fix. */
export function FindingPopover({ finding, top, left, canApply, onApply, onRecord, onDismiss, onKeep, onLeave }: FindingPopoverProps) {
  const { t } = useTranslation();
  const message = useFindingMessage();
  const ruleName = useRuleName();
  return (
    <div className="finding-popover" role="tooltip" style={{ top, left }} onMouseEnter={onKeep} onMouseLeave={onLeave}>
      <p>
        <SeverityIcon severity={finding.severity} /> {message(finding)}
      </p>
      <p className="muted finding-rule">{ruleName(finding.rule)}</p>
      {finding.suggestion !== null ? (
        <button
          type="button"
          className="button button-small"
          disabled={!canApply}
          onMouseDown={(event) => event.preventDefault()}
          onClick={onApply}
        >
          {finding.suggestion === '' ? t('findings.applyDelete') : t('findings.apply', { suggestion: finding.suggestion })}
        </button>
      ) : null}
      {onRecord ? (
        <button
          type="button"
          className="button button-small button-quiet"
          onMouseDown={(event) => event.preventDefault()}
          onClick={onRecord}
        >
          {t('annotate.fromFinding')}
        </button>
      ) : null}
      {onDismiss ? (
        <button
          type="button"
          className="button button-small button-quiet"
          onMouseDown={(event) => event.preventDefault()}
          onClick={onDismiss}
        >
          {t('dismiss.here')}
        </button>
      ) : null}
    </div>
  );
}
