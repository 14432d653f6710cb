import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { RULE_IDS, type Finding, type RuleId } from '../../../../shared/qa';

const KNOWN_RULES: ReadonlySet<string> = new Set(RULE_IDS);
const isRuleId = (rule: string): rule is RuleId => KNOWN_RULES.has(rule);

/** A finding's message in the reader's language (the engine sends a code and parameters). */
export function useFindingMessage(): (finding: Finding) => string {
  const { t } = useTranslation();
  // The key is one of qa.* (typed by RuleId); each message takes different parameters, which the
  // typed t() cannot see through a union, so the parameters are passed as a plain record.
  const translate = t as unknown as (key: `qa.${Finding['rule']}`, params: Record<string, string | number>) => string;
  return useCallback((finding: Finding) => translate(`qa.${finding.rule}`, finding.params), [translate]);
}

/** A check's name in the reader's language ("Negation dropped"), for tables, filters and menus; an unknown id as it is. */
export function useRuleName(): (rule: string) => string {
  const { t } = useTranslation();
  return useCallback((rule: string) => (isRuleId(rule) ? t(`findings.ruleName.${rule}`) : rule), [t]);
}

const ICONS = { critical: '■', major: '▲', minor: '●' } as const;

export const SeverityIcon = memo(function SeverityIcon({ severity }: { severity: Finding['severity'] }) {
  const { t } = useTranslation();
  return (
    <span className={`severity severity-${severity}`} title={t(`findings.severity.${severity}`)}>
      <span aria-hidden="true">{ICONS[severity]}</span>
      <span className="visually-hidden">{t(`findings.severity.${severity}`)}</span>
    </span>
  );
});
