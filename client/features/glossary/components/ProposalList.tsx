import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryProposal } from '../../../../shared/schemas';
import { diffWords } from '../../../../shared/text/diff';
import { DiffView } from '../../../components/DiffView';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormatters } from '../../../lib/format';
import { useAcceptProposalMutation, useDeclineProposalMutation } from '../api/mutations';
import { TermForm } from './TermForm';

interface ProposalListProps {
  proposals: readonly GlossaryProposal[];
  /** Whether the person may accept and decline (editors, admins); others only read. */
  mayDecide: boolean;
}

/**
 * Terms learned from approved corrections, most often made first: the source term, the approved
 * rendering, the machine translation's rendering (to be forbidden), how often the correction was
 * made, and the corrections themselves as word diffs. Accept, edit then accept, or decline.
 */
export function ProposalList({ proposals, mayDecide }: ProposalListProps) {
  const { t } = useTranslation();
  const accept = useAcceptProposalMutation();
  const decline = useDeclineProposalMutation();
  const [editing, setEditing] = useState<number | null>(null);
  const pending = accept.isPending || decline.isPending;
  return (
    <>
      {accept.error ? <ErrorNotice error={accept.error} title={t('glossary.decideFailed')} /> : null}
      {decline.error ? <ErrorNotice error={decline.error} title={t('glossary.decideFailed')} /> : null}
      <ol className="proposal-list">
        {proposals.map((proposal) => (
          <li key={proposal.id} className="proposal" data-proposal={proposal.source}>
            {editing === proposal.id ? (
              <TermForm
                initial={{ ...proposal, note: '', doNotTranslate: false, caseSensitive: false }}
                offerDoNotTranslate={false}
                submitLabel={t('glossary.acceptEdited')}
                isPending={accept.isPending}
                onCancel={() => setEditing(null)}
                onSubmit={({ source, target, forbidden, note, caseSensitive }) =>
                  accept.mutate(
                    { id: proposal.id, edits: { source, target, forbidden, note, caseSensitive } },
                    { onSuccess: () => setEditing(null) },
                  )
                }
              />
            ) : (
              <ProposalCard
                proposal={proposal}
                actions={
                  mayDecide ? (
                    <div className="proposal-actions">
                      <button
                        type="button"
                        className="button button-small button-approve"
                        disabled={pending}
                        onClick={() => accept.mutate({ id: proposal.id })}
                      >
                        {t('glossary.accept')}
                      </button>
                      <button type="button" className="button button-small" disabled={pending} onClick={() => setEditing(proposal.id)}>
                        {t('glossary.editAccept')}
                      </button>
                      <button
                        type="button"
                        className="button button-small button-reject"
                        disabled={pending}
                        onClick={() => decline.mutate(proposal.id)}
                      >
                        {t('glossary.decline')}
                      </button>
                    </div>
                  ) : null
                }
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function ProposalCard({ proposal, actions }: { proposal: GlossaryProposal; actions: ReactNode }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  return (
    <>
      <div className="proposal-head">
        <span className="proposal-term">
          <strong lang={proposal.sourceLang}>{proposal.source}</strong>
          <span aria-hidden="true"> → </span>
          <strong lang={proposal.targetLang}>{proposal.target}</strong>
        </span>
        <span className="proposal-forbidden muted">
          {t('glossary.machineHad')}{' '}
          {proposal.forbidden.map((forbidden) => (
            <del key={forbidden} className="forbidden" lang={proposal.targetLang}>
              {forbidden}
            </del>
          ))}
        </span>
        <span className="tag">{t('glossary.occurrences', { count: proposal.occurrences })}</span>
        {actions}
      </div>
      <ul className="proposal-evidence">
        {proposal.evidence.slice(0, 2).map((evidence) => (
          <li key={evidence.revisionId}>
            <p className="proposal-source" lang={proposal.sourceLang}>
              <MarkedTerm text={evidence.source} term={proposal.source} />
            </p>
            <div className="proposal-diff" lang={proposal.targetLang}>
              <DiffView parts={diffWords(evidence.mt, evidence.approved, { lang: proposal.targetLang })} label={t('diff.againstMt')} />
            </div>
            <p className="muted proposal-who">
              {t('glossary.evidence', {
                title: evidence.documentTitle,
                position: evidence.position,
                name: evidence.approvedBy ?? '—',
                when: dateTime(evidence.approvedAt),
              })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The text with each occurrence of the term marked (case aside), as text, never as HTML. */
function MarkedTerm({ text, term }: { text: string; term: string }) {
  const lower = text.toLocaleLowerCase();
  const needle = term.toLocaleLowerCase();
  // folding that changes the length (ß, İ) would shift offsets: then the text is shown plain
  if (needle === '' || lower.length !== text.length) return <>{text}</>;
  const pieces: ReactNode[] = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    pieces.push(text.slice(from, at), <mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  pieces.push(text.slice(from));
  return <>{pieces}</>;
}
