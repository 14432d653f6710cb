import { useTranslation } from 'react-i18next';
import { SEVERITIES, type RuleId } from '../../../../shared/qa';
import type { DocumentFindings } from '../../../../shared/schemas';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormatters } from '../../../lib/format';
import { SeverityIcon, useRuleName } from './FindingMessage';

interface FindingsSummaryProps {
  findings: DocumentFindings | undefined;
  error: unknown;
  segmentCount: number;
  activeRule: RuleId | undefined;
  onRule: (rule: RuleId) => void;
  onRetry: () => void;
}

/** Findings of the whole document per rule and severity; a rule's row filters the segments. */
export function FindingsSummary({ findings, error, segmentCount, activeRule, onRule, onRetry }: FindingsSummaryProps) {
  const { t } = useTranslation();
  const ruleName = useRuleName();
  const { number } = useFormatters();
  if (error) return <ErrorNotice error={error} title={t('findings.loadFailed')} onRetry={onRetry} />;
  if (!findings) return <p className="muted findings-summary">{t('findings.loading')}</p>;
  const total = SEVERITIES.reduce((sum, severity) => sum + findings.summary.bySeverity[severity], 0);
  const dismissed = Object.values(findings.summary.dismissedByRule).reduce((sum, n) => sum + n, 0);
  const rules = Object.entries(findings.summary.byRule).sort(
    ([, a], [, b]) => b.critical - a.critical || b.major - a.major || b.minor - a.minor,
  ) as Array<[RuleId, DocumentFindings['summary']['bySeverity']]>;
  return (
    <details className="findings-summary" open={total > 0 ? undefined : false}>
      <summary>
        <strong>{t('findings.summaryTitle')}</strong>{' '}
        {total === 0
          ? t('findings.summaryEmpty')
          : t('findings.summary', {
              count: total,
              formatted: number(total),
              segments: number(findings.summary.segmentsWithFindings),
              total: number(segmentCount),
            })}{' '}
        {SEVERITIES.filter((severity) => findings.summary.bySeverity[severity] > 0).map((severity) => (
          <span key={severity} className={`summary-severity summary-${severity}`}>
            <SeverityIcon severity={severity} /> {number(findings.summary.bySeverity[severity])}
          </span>
        ))}
        {dismissed > 0 ? (
          <span className="muted summary-dismissed" data-testid="summary-dismissed">
            {' '}
            {t('dismiss.inSummary', { count: dismissed, formatted: number(dismissed) })}
          </span>
        ) : null}
        {findings.summary.pending > 0 ? (
          <span className="muted summary-pending" role="status">
            {' '}
            {t('findings.pending', { count: findings.summary.pending, formatted: number(findings.summary.pending) })}
          </span>
        ) : null}
      </summary>
      {rules.length > 0 ? (
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">{t('findings.rule')}</th>
              {SEVERITIES.map((severity) => (
                <th scope="col" key={severity}>
                  {t(`findings.severity.${severity}`)}
                </th>
              ))}
              <th scope="col">{t('findings.total')}</th>
            </tr>
          </thead>
          <tbody>
            {rules.map(([rule, counts]) => (
              <tr key={rule} className={activeRule === rule ? 'is-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    data-rule={rule}
                    onClick={() => onRule(rule)}
                    title={t('findings.filterByRule')}
                  >
                    {ruleName(rule)}
                  </button>
                </th>
                {SEVERITIES.map((severity) => (
                  <td key={severity}>{counts[severity] > 0 ? number(counts[severity]) : ''}</td>
                ))}
                <td>{number(counts.critical + counts.major + counts.minor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
