import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DismissalScope, Finding } from '../../../../shared/qa';
import type { DiffPart } from '../../../../shared/text/diff';
import { DiffView } from '../../../components/DiffView';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FindingList, SeverityIcon, useFindingMessage } from '../../qa';
import { useStableHandler } from '../../../lib/useStableHandler';
import type { useRowFindings } from '../hooks/useRowFindings';
import { RevisionEditor } from './RevisionEditor';

type RowFindings = ReturnType<typeof useRowFindings>;

interface WorkCellProps {
  segmentId: number;
  position: number;
  editorId: string;
  text: string;
  targetLang: string;
  /** The working text's findings, dismissed ones, and what the person may dismiss. */
  rowFindings: RowFindings;
  /** The editor's search, marked where it matches. */
  matches: ReadonlyArray<{ start: number; end: number }> | undefined;
  isReadOnly: boolean;
  /** The finding list and the buttons under it show (the row is open). */
  isOpen: boolean;
  /** The word diff against the MT, when the text differs from it. */
  diff: readonly DiffPart[] | null;
  /** A draft kept in the browser was put back: the notice, with a way to drop it. */
  onDiscardRestoredDraft: (() => void) | null;
  onChange: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  /** The caret moved to an offset of the working text. */
  onCaret: (offset: number) => void;
  /** The person selected some of the working text (what an error may be recorded on). */
  onSelectSpan: (span: { start: number; end: number }) => void;
  registerEditor: (element: HTMLTextAreaElement | null) => void;
  onApply: ((finding: Finding) => void) | undefined;
  onRecord: ((finding: Finding) => void) | undefined;
  onSelectFinding: (finding: Finding) => void;
  /** A finding of the list was focused or pointed at (null: none any more). */
  onFocusFinding: (finding: Finding | null) => void;
  /** What goes under the text: notices, the actions, the forms of a decision. */
  children: ReactNode;
}

/**
 * The working column of a paragraph: the revision being written with its findings underlined, the
 * finding under the caret named, the list of findings with their fixes, and the word diff against
 * the machine translation.
 */
export function WorkCell({
  segmentId,
  position,
  editorId,
  text,
  targetLang,
  rowFindings,
  matches,
  isReadOnly,
  isOpen,
  diff,
  onDiscardRestoredDraft,
  onChange,
  onKeyDown,
  onCaret,
  onSelectSpan,
  registerEditor,
  onApply,
  onRecord,
  onSelectFinding,
  onFocusFinding,
  children,
}: WorkCellProps) {
  const { t } = useTranslation();
  const describe = useFindingMessage();
  const { findings, dismissed, dismissScopes, dismiss, restore } = rowFindings;
  const [caret, setCaret] = useState<number | null>(null);
  // the finding under the caret is named below the text: focus, not only the pointer, explains
  // the list is memoised: its handlers stay the same functions from one keystroke to the next
  const dismissFinding = useStableHandler((finding: Finding, scope: DismissalScope) => dismiss.mutate({ finding, scope, segmentId }));
  const restoreFinding = useStableHandler((finding: Finding) => {
    const scope = finding.dismissed?.scope;
    if (finding.dismissed && scope && dismissScopes.includes(scope)) restore.mutate(finding.dismissed.id);
  });
  const caretFinding = caret === null ? undefined : findings.find((f) => f.end > f.start && f.start <= caret && caret <= f.end);

  return (
    <div
      className="segment-work"
      onSelect={(event) => {
        const target = event.target;
        if (target instanceof HTMLTextAreaElement && target.selectionEnd > target.selectionStart)
          onSelectSpan({ start: target.selectionStart, end: target.selectionEnd });
      }}
    >
      <label htmlFor={editorId} className="visually-hidden">
        {t('editor.revisionLabel', { position })}
      </label>
      <RevisionEditor
        id={editorId}
        text={text}
        lang={targetLang}
        findings={findings}
        matches={matches}
        isReadOnly={isReadOnly}
        describedBy={`segment-${segmentId}-state`}
        onChange={onChange}
        onKeyDown={onKeyDown}
        onCaret={(at) => {
          setCaret(at);
          onCaret(at);
        }}
        registerEditor={registerEditor}
      />
      {caretFinding ? (
        <p className="caret-finding" role="status" data-testid="caret-finding">
          <SeverityIcon severity={caretFinding.severity} /> {describe(caretFinding)}
          {caretFinding.suggestion !== null ? <span className="muted"> {t('findings.fixHint')}</span> : null}
        </p>
      ) : null}
      {isOpen ? (
        <FindingList
          findings={findings}
          dismissed={dismissed}
          onApply={onApply}
          onRecord={onRecord}
          onSelect={onSelectFinding}
          onFocusFinding={onFocusFinding}
          dismissScopes={dismissScopes}
          onDismiss={dismissFinding}
          onRestore={restoreFinding}
          isBusy={dismiss.isPending || restore.isPending}
        />
      ) : null}
      {dismiss.error ? <ErrorNotice error={dismiss.error} title={t('dismiss.failed')} /> : null}
      {restore.error ? <ErrorNotice error={restore.error} /> : null}
      {onDiscardRestoredDraft ? (
        <p className="notice notice-info" role="status">
          {t('editor.restoredDraft')}{' '}
          <button type="button" className="link-button" onClick={onDiscardRestoredDraft}>
            {t('editor.discardDraft')}
          </button>
        </p>
      ) : null}
      {diff ? <DiffView parts={diff} label={t('diff.againstMt')} className="segment-diff" /> : null}
      {children}
    </div>
  );
}
