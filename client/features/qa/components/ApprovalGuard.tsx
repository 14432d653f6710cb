import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { standing, type Finding } from '../../../../shared/qa';
import { Dialog } from '../../../components/Dialog';
import { SeverityIcon, useFindingMessage } from './FindingMessage';

/** The findings that make an approval worth a second thought: major or critical, and not dismissed. */
export function seriousFindings(findings: readonly Finding[]): Finding[] {
  return standing(findings).filter((finding) => finding.severity === 'major' || finding.severity === 'critical');
}

interface Pending {
  /** Paragraphs being approved, and how many of them still have serious findings. */
  paragraphs: number;
  flagged: number;
  /** The serious findings, when one paragraph is approved (listed in the question). */
  findings: Finding[];
  approve: () => void;
}

/**
 * Approving asks first when what is approved still has open major or critical findings: in the
 * editor and the queue alike. `ask` approves at once when there are none.
 */
export function useApprovalGuard(): { ask: (items: ReadonlyArray<readonly Finding[]>, approve: () => void) => void; dialog: ReactNode } {
  const { t } = useTranslation();
  const describe = useFindingMessage();
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback((items: ReadonlyArray<readonly Finding[]>, approve: () => void) => {
    const serious = items.map(seriousFindings);
    const flagged = serious.filter((list) => list.length > 0).length;
    if (flagged === 0) {
      approve();
      return;
    }
    setPending({ paragraphs: items.length, flagged, findings: items.length === 1 ? (serious[0] ?? []) : [], approve });
  }, []);
  const close = () => setPending(null);
  const dialog = (
    <Dialog isOpen={pending !== null} title={t('approval.title')} onClose={close}>
      {pending ? (
        <div data-testid="approval-guard">
          <p>
            {pending.paragraphs === 1
              ? t('approval.one', { count: pending.findings.length })
              : t('approval.many', { count: pending.paragraphs, flagged: pending.flagged })}
          </p>
          {pending.findings.length > 0 ? (
            <ul className="finding-list">
              {pending.findings.map((finding) => (
                <li key={`${finding.rule}:${finding.start}:${finding.end}`} className="finding-item">
                  <SeverityIcon severity={finding.severity} /> <span>{describe(finding)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="dialog-footer">
            <button
              type="button"
              className="button button-approve"
              onClick={() => {
                const { approve } = pending;
                close();
                approve();
              }}
            >
              {t('approval.anyway')}
            </button>
            <button type="button" className="button button-quiet" data-autofocus onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
  return { ask, dialog };
}
