import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/qa';

/** A finding's message in the reader's language (the engine sends a code and parameters). */
export function useFindingMessage(): (finding: Finding) => string {
  const { t } = useTranslation();
  // The key is one of qa.* (typed by RuleId); each message takes different parameters, which the
  // typed t() cannot see through a union, so the parameters are passed as a plain record.
  const translate = t as unknown as (key: `qa.${Finding['rule']}`, params: Record<string, string | number>) => string;
  return useCallback((finding: Finding) => translate(`qa.${finding.rule}`, finding.params), [translate]);
}

const ICONS = { critical: '■', major: '▲', minor: '●' } as const;

export function SeverityIcon({ severity }: { severity: Finding['severity'] }) {
  const { t } = useTranslation();
  return (
    <span className={`severity severity-${severity}`} title={t(`findings.severity.${severity}`)}>
      <span aria-hidden="true">{ICONS[severity]}</span>
      <span className="visually-hidden">{t(`findings.severity.${severity}`)}</span>
    </span>
  );
}
