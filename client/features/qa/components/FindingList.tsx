import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingTerm, type DismissalScope, type Finding } from '../../../../shared/qa';
import { useFormatters } from '../../../lib/format';
import { SeverityIcon, useFindingMessage, useRuleName } from './FindingMessage';

interface FindingListProps {
  /** The findings that stand (dismissed ones go in `dismissed`). */
  findings: readonly Finding[];
  /** Findings dismissed as not an error, shown apart (with who and when) to be restored. */
  dismissed?: readonly Finding[];
  /** Absent when the user may not change the text: the fixes are not offered. */
  onApply: ((finding: Finding) => void) | undefined;
  onFocusFinding: (finding: Finding | null) => void;
  onSelect: (finding: Finding) => void;
  /** For reviewers: turns the finding into a recorded (MQM) error. */
  onRecord?: ((finding: Finding) => void) | undefined;
  /** "Not an error", in the scopes the user may use (none: not offered). */
  onDismiss?: ((finding: Finding, scope: DismissalScope) => void) | undefined;
  dismissScopes?: readonly DismissalScope[];
  onRestore?: ((finding: Finding) => void) | undefined;
  isBusy?: boolean;
}

/**
 * A key for each finding that survives typing elsewhere in the paragraph: its rule and term, and
 * which of the findings alike it is, never its offsets (they move with every character typed before
 * it, and a key that changes remounts the item).
 */
function findingKeys(findings: readonly Finding[]): Map<Finding, string> {
  const keys = new Map<Finding, string>();
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const base = `${finding.rule}:${finding.params.term ?? finding.text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keys.set(finding, `${base}:${n}`);
  }
  return keys;
}

/** The working revision's findings, recomputed as the translator types, each with its fix. */
const SHOWN_AT_FIRST = 4;

export const FindingList = memo(function FindingList({
  findings,
  dismissed = [],
  onApply,
  onFocusFinding,
  onSelect,
  onRecord,
  onDismiss,
  dismissScopes = [],
  onRestore,
  isBusy = false,
}: FindingListProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const message = useFindingMessage();
  const ruleName = useRuleName();
  // a long list would make the paragraph tall: the first few, and the rest on request (the MT's
  // underlines and F8 reach every one)
  const [isExpanded, setExpanded] = useState(false);
  if (findings.length === 0 && dismissed.length === 0) return null;
  const scopeLabel = (finding: Finding, scope: DismissalScope) =>
    scope === 'segment'
      ? t('dismiss.segment')
      : scope === 'term'
        ? t('dismiss.term', { term: finding.params.term ?? finding.params.name ?? findingTerm(finding) })
        : t('dismiss.rule', { rule: ruleName(finding.rule) });
  // findings that read alike (the same term named twice in the paragraph) say which words each is
  // about, and which occurrence
  const keys = findingKeys(findings);
  const dismissedKeys = findingKeys(dismissed);
  const occurrences = new Map<Finding, { number: number; count: number }>();
  const byMessage = new Map<string, Finding[]>();
  const messages = new Map<Finding, string>();
  for (const finding of findings) {
    const text = message(finding);
    messages.set(finding, text);
    const alike = byMessage.get(text);
    if (alike) alike.push(finding);
    else byMessage.set(text, [finding]);
  }
  for (const alike of byMessage.values()) {
    if (alike.length < 2) continue;
    [...alike].sort((a, b) => a.start - b.start).forEach((finding, k) => occurrences.set(finding, { number: k + 1, count: alike.length }));
  }
  return (
    <>
      {findings.length > 0 ? (
        <ul className="finding-list" aria-label={t('findings.listLabel', { count: findings.length })}>
          {(isExpanded ? findings : findings.slice(0, SHOWN_AT_FIRST)).map((finding) => (
            <li
              key={keys.get(finding)}
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
                {messages.get(finding)}
                {occurrences.has(finding) ? (
                  <span className="finding-where" data-testid="finding-occurrence">
                    {' '}
                    {t('findings.occurrence', { text: finding.text, ...(occurrences.get(finding) as { number: number; count: number }) })}
                  </span>
                ) : null}
              </button>
              <span className="finding-actions">
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
                {onDismiss && dismissScopes.length > 0 ? (
                  <details className="dismiss-menu">
                    <summary className="button button-small button-quiet">{t('dismiss.open')}</summary>
                    <div className="dismiss-choices" role="group" aria-label={t('dismiss.choose')}>
                      {dismissScopes.map((scope) => (
                        <button
                          key={scope}
                          type="button"
                          className="button button-small"
                          data-scope={scope}
                          disabled={isBusy}
                          onClick={(event) => {
                            event.currentTarget.closest('details')?.removeAttribute('open');
                            onDismiss(finding, scope);
                          }}
                        >
                          {scopeLabel(finding, scope)}
                        </button>
                      ))}
                    </div>
                  </details>
                ) : null}
              </span>
            </li>
          ))}
          {findings.length > SHOWN_AT_FIRST ? (
            <li className="finding-more">
              <button type="button" className="link-button" aria-expanded={isExpanded} onClick={() => setExpanded((open) => !open)}>
                {isExpanded ? t('findings.fewer') : t('findings.more', { count: findings.length - SHOWN_AT_FIRST })}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
      {dismissed.length > 0 ? (
        <details className="dismissed-findings" data-testid="dismissed-findings">
          <summary>{t('dismiss.summary', { count: dismissed.length })}</summary>
          <ul>
            {dismissed.map((finding) => (
              <li key={dismissedKeys.get(finding)} className="dismissed-item" data-rule={finding.rule}>
                <span className="dismissed-message">{message(finding)}</span>{' '}
                {finding.dismissed ? (
                  <span className="muted">
                    {t(`dismiss.by.${finding.dismissed.scope}`, { name: finding.dismissed.by, time: dateTime(finding.dismissed.at) })}
                  </span>
                ) : null}{' '}
                {onRestore ? (
                  <button type="button" className="button button-small button-quiet" disabled={isBusy} onClick={() => onRestore(finding)}>
                    {t('dismiss.restore')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
});
