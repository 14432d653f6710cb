import { memo, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { can, type Role } from '../../../../shared/permissions';
import {
  analyze,
  applySuggestion,
  sourceOfTargetWord,
  standing,
  suggestionEdit,
  type DismissalScope,
  type Finding,
  type TextEdit,
} from '../../../../shared/qa';
import { categoryOfRule } from '../../../../shared/mqm';
import { VersionConflictBody, type Annotation, type Segment, type SegmentComment } from '../../../../shared/schemas';
import { diffWords } from '../../../../shared/text/diff';
import { availableActions } from '../../../../shared/workflow';
import { DiffView } from '../../../components/DiffView';
import { CodesContext, codesByChar } from '../../../components/Placeholders';
import { placeholdersIn } from '../../../../shared/text/placeholders';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { StatusChip } from '../../../components/StatusChip';
import { isApiError } from '../../../lib/apiClient';
import { searchMatches } from '../../../lib/searchMatches';
import { editAsTyped } from '../../../lib/textEdit';
import { useFormatters } from '../../../lib/format';
import { useDismissMutation, useRestoreMutation } from '../../qa/api/mutations';
import { useApprovalGuard } from '../../qa/components/ApprovalGuard';
import { FindingList } from '../../qa/components/FindingList';
import { SeverityIcon, useFindingMessage } from '../../qa/components/FindingMessage';
import { FindingPopover } from '../../qa/components/FindingPopover';
import { HighlightedText } from '../../qa/components/HighlightedText';
import { useLiveFindings, useMtFindings } from '../../qa/hooks/useLiveFindings';
import type { QaContextValue } from '../../qa/hooks/useQaContext';
import { caretWithin, selectionWithin } from '../../../lib/selection';
import type { AnnotationStart } from '../../review/components/AnnotationForm';
import { SegmentReview } from '../../review/components/SegmentReview';
import { useResubmitMutation } from '../../review/api/review';
import { useEditingClock } from '../../review/hooks/useEditingClock';
import { useSaveRevisionMutation, useStoreSegment, useTransitionMutation } from '../api/mutations';
import { draftStore, useLocalDraft } from '../hooks/draftStore';
import { afterConflict, afterSave } from '../saveProtocol';
import { MergeNotice } from './MergeNotice';
import { HistoryPanel } from './HistoryPanel';
import { ReasonForm } from './ReasonForm';
import { RevisionEditor } from './RevisionEditor';

export type NavigationDirection = -1 | 1;

/** Characters up to which the diff is recomputed synchronously (about 1,000 words). */
const LIVE_DIFF_LIMIT = 6000;

interface SegmentRowProps {
  segment: Segment;
  /** Where the row stands in the list (1-based), and how many rows there are (for assistive technology). */
  posInSet: number;
  setSize: number;
  sourceLang: string;
  targetLang: string;
  isActive: boolean;
  isHistoryOpen: boolean;
  onActivate: (segmentId: number) => void;
  onNavigate: (segmentId: number, direction: NavigationDirection) => void;
  /** The editor's search, marked where it matches in each column. */
  searchQuery: string;
  /** Ctrl+Enter saved the paragraph (or it was saved as it stands). */
  onConfirmed: (segmentId: number) => void;
  onToggleHistory: (segmentId: number) => void;
  registerEditor: (segmentId: number, element: HTMLTextAreaElement | null) => void;
  /** The document's glossary and facts for live checks (undefined while loading). */
  qa: QaContextValue | undefined;
  /** The roles the user holds on this document: what none of them allows is not offered. */
  roles: readonly Role[];
  /** MQM errors recorded on this segment, and its comment thread. */
  annotations: readonly Annotation[];
  comments: readonly SegmentComment[];
  isReviewOpen: boolean;
  onToggleReview: (segmentId: number, open?: boolean) => void;
}

/** A finding in focus: in the machine translation (with the mark it came from) or the revision. */
interface ActiveFinding {
  finding: Finding;
  where: 'mt' | 'work';
  top: number;
  left: number;
}

const SEVERITY_RANK = { minor: 1, major: 2, critical: 3 } as const;

/** One paragraph: source | machine translation | working revision with its live diff. */
export const SegmentRow = memo(function SegmentRow({
  segment,
  posInSet,
  setSize,
  sourceLang,
  targetLang,
  isActive,
  isHistoryOpen,
  onActivate,
  onNavigate,
  onConfirmed,
  searchQuery,
  onToggleHistory,
  registerEditor,
  qa,
  roles,
  annotations,
  comments,
  isReviewOpen,
  onToggleReview,
}: SegmentRowProps) {
  const mayEdit = can(roles, 'revision.save');
  const maySubmit = can(roles, 'revision.submit');
  const mayDecide = can(roles, 'revision.decide');
  const mayAnnotate = can(roles, 'annotation.write');
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage;
  const { dateTime, language: languageName } = useFormatters();
  const draft = useLocalDraft(segment.id);
  const save = useSaveRevisionMutation();
  const transition = useTransitionMutation();
  const resubmit = useResubmitMutation(segment.documentId);
  const approvalGuard = useApprovalGuard();
  // the search the list is filtered by, marked where it stands in each column
  const sourceMatches = useMemo(
    () => (searchQuery ? searchMatches(segment.source, searchQuery) : undefined),
    [segment.source, searchQuery],
  );
  const mtMatches = useMemo(() => (searchQuery ? searchMatches(segment.mt, searchQuery) : undefined), [segment.mt, searchQuery]);
  const storeSegment = useStoreSegment();
  const [isRejecting, setRejecting] = useState(false);
  // answering a rejection: the same text submitted again, with a reply
  const [isResubmitting, setResubmitting] = useState(false);
  const [conflict, setConflict] = useState<VersionConflictBody['current'] | null>(null);
  const [annotating, setAnnotating] = useState<AnnotationStart | null>(null);
  /** The last text the reader selected in this row, to record an error on. */
  const lastSelection = useRef<AnnotationStart | null>(null);
  const mtTextRef = useRef<HTMLDivElement | null>(null);

  const serverText = segment.current?.text ?? segment.mt;
  const text = draft?.text ?? serverText;
  const isDirty = draft !== undefined && draft.text !== serverText;
  useEffect(() => {
    // a kept draft that the server now holds anyway (saved from another tab) is no longer unsaved
    if (draft && !isDirty) draftStore.remove(segment.id);
  }, [draft, isDirty, segment.id]);
  // The diff follows every keystroke in the same frame; only very long texts let React defer it,
  // so that typing itself never waits for a diff.
  const deferredText = useDeferredValue(text);
  const diffedText = text.length > LIVE_DIFF_LIMIT ? deferredText : text;
  const parts = useMemo(() => diffWords(segment.mt, diffedText, { lang: targetLang }), [segment.mt, diffedText, targetLang]);
  const hasChanges = diffedText !== segment.mt;
  const markedFindings = useLiveFindings(segment.id, segment.source, diffedText, serverText, segment.check, sourceLang, targetLang, qa);
  const markedMtFindings = useMtFindings(segment.id, segment.source, segment.mt, segment.check, sourceLang, targetLang, qa);
  // findings dismissed as not an error are listed apart, never underlined
  const findings = useMemo(() => standing(markedFindings), [markedFindings]);
  const workMatches = useMemo(() => (searchQuery ? searchMatches(text, searchQuery) : undefined), [text, searchQuery]);
  const dismissedFindings = useMemo(() => markedFindings.filter((finding) => finding.dismissed), [markedFindings]);
  const mtFindings = useMemo(() => standing(markedMtFindings), [markedMtFindings]);
  const dismiss = useDismissMutation(segment.documentId);
  const restore = useRestoreMutation(segment.documentId);
  const dismissScopes = useMemo<DismissalScope[]>(
    () => [
      ...(can(roles, 'finding.dismiss') ? (['segment'] as const) : []),
      ...(can(roles, 'checks.configure') ? (['term', 'rule'] as const) : []),
    ],
    [roles],
  );
  const describe = useFindingMessage();
  const [active, setActive] = useState<ActiveFinding | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  // the word of the translation last clicked (in the MT or the working text): the source words it
  // renders are marked in the source column
  const [pointer, setPointer] = useState<{ where: 'mt' | 'work'; offset: number } | null>(null);
  const aligned = useMemo(() => {
    if (!pointer || segment.source === '') return null;
    const targetText = pointer.where === 'mt' ? segment.mt : text;
    return sourceOfTargetWord(analyze(segment.source, sourceLang), analyze(targetText, targetLang), pointer.offset);
  }, [pointer, segment.source, segment.mt, text, sourceLang, targetLang]);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const rowRef = useRef<HTMLElement | null>(null);
  const editorRef = useRef<HTMLTextAreaElement | null>(null);
  useEditingClock(editorRef, segment.id, mayEdit);
  // the finding under the caret is named below the text: focus, not only the pointer, explains
  const caretFinding = caret === null ? undefined : findings.find((f) => f.end > f.start && f.start <= caret && caret <= f.end);
  const worst = findings.reduce<Finding['severity'] | null>(
    (current, finding) => (current === null || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[current] ? finding.severity : current),
    null,
  );
  const actions = segment.current ? availableActions(segment.current.state, true) : [];
  const isBusy = save.isPending || transition.isPending || resubmit.isPending;
  const conflictText = conflict ? (conflict.revision?.text ?? conflict.segment.mt) : null;
  // someone else's save reached this tab (live) while this person has unsaved text on an older version
  const movedOn = !conflict && isDirty && draft !== undefined && draft.baseVersion < segment.version && !save.isPending;
  const canSave = mayEdit && !isBusy && (isDirty || segment.current === null);

  const handleChange = (value: string) => {
    if (value === serverText) {
      draftStore.remove(segment.id);
      return;
    }
    // the text this draft started from: the base of a three-way merge if someone saves meanwhile
    const baseText = draft ? draft.baseText : serverText;
    draftStore.set({
      documentId: segment.documentId,
      segmentId: segment.id,
      text: value,
      baseVersion: draft?.baseVersion ?? segment.version,
      ...(baseText === undefined ? {} : { baseText }),
      updatedAt: new Date().toISOString(),
    });
  };

  /**
   * Saves the working text (or `override.text`); resolves to the segment's new state, or undefined
   * when it failed. On a 409 the merge notice takes over, except when only the segment's state moved
   * on (its text is still the one this draft started from): then the save simply goes again.
   */
  const handleSave = async (override: { text?: string; baseVersion?: number } = {}): Promise<Segment | undefined> => {
    if (override.text === undefined && !canSave) return isDirty ? undefined : segment;
    const sentText = override.text ?? text;
    const baseVersion = override.baseVersion ?? draft?.baseVersion ?? segment.version;
    try {
      const result = await save.mutateAsync({ segmentId: segment.id, text: sentText, baseVersion });
      setConflict(null);
      const latest = draftStore.get(segment.id);
      if (latest && afterSave({ latestText: latest.text, sentText }) === 'keep-newer') {
        // typed on while the save was in flight: keep the newer text, now based on the new version
        draftStore.set({ ...latest, baseVersion: result.segment.version, baseText: sentText });
      } else {
        draftStore.remove(segment.id);
      }
      return result.segment;
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        const body = VersionConflictBody.safeParse(error.body);
        if (body.success) {
          const current = body.data.current;
          storeSegment(current.segment);
          const theirs = current.revision?.text ?? current.segment.mt;
          const base = draftStore.get(segment.id)?.baseText;
          if (afterConflict({ base, theirs, retried: override.baseVersion !== undefined }) === 'retry') {
            return handleSave({ text: sentText, baseVersion: current.version });
          }
          setConflict(current);
        }
      }
      return undefined;
    }
  };

  /** Replaces the draft with `value`, now based on the version the server holds (after a merge). */
  const rebaseDraft = (value: string, version: number, baseText: string) => {
    draftStore.set({
      documentId: segment.documentId,
      segmentId: segment.id,
      text: value,
      baseVersion: version,
      baseText,
      updatedAt: new Date().toISOString(),
    });
  };

  const handleSubmit = async () => {
    // a rejected text submitted again unchanged needs a reply to the rejection first
    if (!isDirty && segment.current?.state === 'rejected') {
      setResubmitting(true);
      return;
    }
    const saved = isDirty || segment.current === null ? await handleSave() : segment;
    const revision = saved?.current;
    if (!revision || revision.state !== 'draft') return;
    transition.mutate({ revisionId: revision.id, action: 'submit' });
  };

  /** Makes an edit in the working text as one step that Ctrl+Z undoes (see textEdit.ts). */
  const editText = (edit: TextEdit) => {
    const editor = editorRef.current;
    if (editor && editor.value === text && editAsTyped(editor, edit)) return;
    handleChange(text.slice(0, edit.start) + edit.insert + text.slice(edit.end));
  };

  const applyFinding = (finding: Finding) => {
    const edit = suggestionEdit(text, finding);
    if (edit !== null) editText(edit);
    setActive(null);
  };

  /** Ctrl+. applies the fix of the finding at the caret (or the first one that has a fix). */
  const applyAtCaret = (caret: number) => {
    const fixable = findings.filter((finding) => finding.suggestion !== null);
    const target = fixable.find((finding) => finding.start <= caret && caret <= finding.end) ?? fixable[0];
    if (target) applyFinding(target);
  };

  const showFinding = (finding: Finding | null, where: ActiveFinding['where'], element?: HTMLElement) => {
    clearTimeout(closeTimer.current);
    if (!finding) {
      // a moment's grace, so the pointer can travel into the popover to press its button
      closeTimer.current = setTimeout(() => setActive(null), 250);
      return;
    }
    const row = rowRef.current?.getBoundingClientRect();
    const mark = element?.getBoundingClientRect();
    setActive({
      finding,
      where,
      top: row && mark ? mark.bottom - row.top + 4 : 0,
      left: row && mark ? Math.max(0, mark.left - row.left) : 0,
    });
  };

  /** Puts an inline code (a placeholder) at the caret of the working text, as typing would. */
  const insertCode = (char: string) => {
    const editor = editorRef.current;
    if (!mayEdit || !editor) return;
    const start = editor.selectionStart;
    const end = editor.selectionEnd;
    editText({ start, end, insert: char });
    requestAnimationFrame(() => {
      editor.focus();
      editor.setSelectionRange(start + char.length, start + char.length);
    });
  };
  /** The first inline code of the source that the working text lacks. */
  const missingCode = () => placeholdersIn(segment.source).find(({ char }) => !text.includes(char))?.char;
  /** A click on a chip of the source or the MT inserts that code. */
  const handleChipClick = (event: MouseEvent<HTMLElement>) => {
    const chip = event.target instanceof Element ? event.target.closest('.ph-chip') : null;
    if (chip?.textContent) insertCode(chip.textContent);
  };

  const selectFinding = (finding: Finding) => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.focus();
    editor.setSelectionRange(finding.start, finding.end);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === '.') {
      event.preventDefault();
      if (mayEdit) applyAtCaret(event.currentTarget.selectionStart);
      return;
    }
    if (event.altKey && event.code === 'KeyI' && segment.codes) {
      event.preventDefault();
      const code = missingCode();
      if (code) insertCode(code);
      return;
    }
    if (mod && event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) {
        if (maySubmit) void handleSubmit();
      } else if (mayEdit) {
        // confirm: saved (or already as saved), then the page may move on to the next paragraph
        void handleSave().then((saved) => {
          if (saved) onConfirmed(segment.id);
        });
      }
    } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      onNavigate(segment.id, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.altKey && event.code === 'KeyH') {
      event.preventDefault();
      onToggleHistory(segment.id);
    }
  };

  /** Which stored version the working text is, if it is one (annotations judge stored text only). */
  const storedVersion: 'current' | 'mt' | null =
    segment.current && text === segment.current.text ? 'current' : text === segment.mt && !segment.current ? 'mt' : null;

  const openAnnotation = (start: AnnotationStart) => {
    setAnnotating(start);
    onToggleReview(segment.id, true);
  };

  const recordFinding = (finding: Finding, where: 'mt' | 'work') => {
    const versionKey = where === 'mt' ? 'mt' : storedVersion;
    if (versionKey === null) return;
    openAnnotation({
      versionKey,
      start: finding.start,
      end: finding.end,
      category: categoryOfRule(finding.rule),
      severity: finding.severity,
      origin: `finding:${finding.rule}`,
    });
  };

  const rememberMtSelection = () => {
    const container = mtTextRef.current?.querySelector('.segment-text');
    const span = container instanceof HTMLElement ? selectionWithin(container) : null;
    if (span) lastSelection.current = { versionKey: 'mt', ...span };
  };

  const editorId = `segment-${segment.id}-editor`;
  const codes = useMemo(() => codesByChar(segment.codes), [segment.codes]);
  const stateLine = (() => {
    if (save.isPending) return t('editor.saving');
    if (isDirty) return t('editor.unsaved');
    if (segment.current) {
      return t('editor.savedBy', { name: segment.current.author.name, time: dateTime(segment.current.createdAt) });
    }
    return t('editor.noRevision');
  })();

  return (
    <article
      ref={rowRef}
      className={`segment${isActive ? ' is-active' : ''}${isDirty ? ' is-dirty' : ''}`}
      data-segment-id={segment.id}
      data-position={segment.position}
      aria-labelledby={`segment-${segment.id}-label`}
      aria-posinset={posInSet}
      aria-setsize={setSize}
      onFocusCapture={() => onActivate(segment.id)}
    >
      <CodesContext.Provider value={codes}>
        {/* a save refused because someone saved first: at the top of the paragraph, in view */}
        {conflict ? (
          <div className="segment-merge">
            <MergeNotice
              base={draft?.baseText ?? null}
              mine={text}
              theirs={conflictText ?? ''}
              theirAuthor={conflict.revision?.author.name ?? ''}
              targetLang={targetLang}
              isSaving={save.isPending}
              onSave={(merged) => {
                if (merged === conflictText) {
                  draftStore.remove(segment.id);
                  setConflict(null);
                  return;
                }
                rebaseDraft(merged, conflict.version, conflictText ?? '');
                void handleSave({ text: merged, baseVersion: conflict.version });
              }}
              onEdit={(merged) => {
                rebaseDraft(merged, conflict.version, conflictText ?? '');
                setConflict(null);
                editorRef.current?.focus();
              }}
              onUseTheirs={() => {
                draftStore.remove(segment.id);
                setConflict(null);
              }}
            />
          </div>
        ) : null}
        <div className="segment-meta">
          <span className="segment-number" id={`segment-${segment.id}-label`}>
            <span className="visually-hidden">{t('editor.segment')} </span>
            {segment.position}
          </span>
          <StatusChip status={segment.status} />
          {findings.length > 0 && worst ? (
            <span className={`finding-count finding-count-${worst}`} data-testid="finding-count">
              {t('findings.count', { count: findings.length })}
            </span>
          ) : null}
          {/* who saved it and when, beside the number (the working column keeps its height for the text) */}
          <span className="segment-state" id={`segment-${segment.id}-state`} aria-live="polite">
            {stateLine}
          </span>
        </div>

        <div className="segment-source" lang={sourceLang} onClick={segment.codes ? handleChipClick : undefined}>
          <span className="column-label" aria-hidden="true" lang={uiLang}>
            {t('editor.sourceColumn', { language: languageName(sourceLang) })}
          </span>
          {segment.source === '' ? (
            <p className="no-source" lang={uiLang}>
              <strong>{t('editor.noSource')}</strong> {t('editor.noSourceHint')}
            </p>
          ) : (
            <HighlightedText
              className="segment-text"
              text={segment.source}
              findings={[]}
              related={active?.finding.source ?? aligned}
              matches={sourceMatches}
            />
          )}
          {segment.notes ? (
            <ul className="segment-notes" aria-label={t('editor.notes')} lang={undefined}>
              {segment.notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          ) : null}
        </div>

        <div
          className="segment-mt"
          lang={targetLang}
          ref={mtTextRef}
          onMouseUp={rememberMtSelection}
          onKeyUp={rememberMtSelection}
          onClick={(event) => {
            if (segment.codes) handleChipClick(event);
            const container = mtTextRef.current?.querySelector('.segment-text');
            const offset = container instanceof HTMLElement ? caretWithin(container) : null;
            setPointer(offset === null ? null : { where: 'mt', offset });
          }}
        >
          <span className="column-label" aria-hidden="true" lang={uiLang}>
            {t('editor.mtColumn', { language: languageName(targetLang) })}
          </span>
          {segment.mt === '' ? (
            <p className="no-source" lang={uiLang}>
              {t('editor.noMt')}
            </p>
          ) : (
            <HighlightedText
              className="segment-text"
              text={segment.mt}
              findings={mtFindings}
              matches={mtMatches}
              describe={describe}
              onActivate={(index, element) => showFinding(mtFindings[index] ?? null, 'mt', element)}
              onDeactivate={() => showFinding(null, 'mt')}
            />
          )}
        </div>

        <div
          className="segment-work"
          onSelect={(event) => {
            const target = event.target;
            if (!(target instanceof HTMLTextAreaElement) || target.selectionEnd <= target.selectionStart || storedVersion === null) return;
            lastSelection.current = { versionKey: storedVersion, start: target.selectionStart, end: target.selectionEnd };
          }}
        >
          <label htmlFor={editorId} className="visually-hidden">
            {t('editor.revisionLabel', { position: segment.position })}
          </label>
          <RevisionEditor
            id={editorId}
            text={text}
            lang={targetLang}
            findings={findings}
            matches={workMatches}
            isReadOnly={!mayEdit}
            describedBy={`segment-${segment.id}-state`}
            onChange={handleChange}
            onKeyDown={handleKeyDown}
            onCaret={(at) => {
              setCaret(at);
              setPointer({ where: 'work', offset: at });
            }}
            registerEditor={(element) => {
              editorRef.current = element;
              registerEditor(segment.id, element);
            }}
          />
          {caretFinding ? (
            <p className="caret-finding" role="status" data-testid="caret-finding">
              <SeverityIcon severity={caretFinding.severity} /> {describe(caretFinding)}
              {caretFinding.suggestion !== null ? <span className="muted"> {t('findings.fixHint')}</span> : null}
            </p>
          ) : null}
          <FindingList
            findings={findings}
            dismissed={dismissedFindings}
            onApply={mayEdit ? applyFinding : undefined}
            onRecord={mayAnnotate && storedVersion !== null ? (finding) => recordFinding(finding, 'work') : undefined}
            onSelect={selectFinding}
            onFocusFinding={(finding) => showFinding(finding, 'work')}
            dismissScopes={dismissScopes}
            onDismiss={(finding, scope) => dismiss.mutate({ finding, scope, segmentId: segment.id })}
            onRestore={(finding) => {
              const scope = finding.dismissed?.scope;
              if (finding.dismissed && scope && dismissScopes.includes(scope)) restore.mutate(finding.dismissed.id);
            }}
            isBusy={dismiss.isPending || restore.isPending}
          />
          {dismiss.error ? <ErrorNotice error={dismiss.error} title={t('dismiss.failed')} /> : null}
          {restore.error ? <ErrorNotice error={restore.error} /> : null}
          {draft?.restored && isDirty && !save.isPending ? (
            <p className="notice notice-info" role="status">
              {t('editor.restoredDraft')}{' '}
              <button type="button" className="link-button" onClick={() => draftStore.remove(segment.id)}>
                {t('editor.discardDraft')}
              </button>
            </p>
          ) : null}
          {hasChanges ? <DiffView parts={parts} label={t('diff.againstMt')} className="segment-diff" /> : null}

          {segment.status === 'rejected' && segment.current?.comment ? (
            <p className="notice notice-warning" data-testid="rejection">
              <strong>{t('editor.rejectedBy', { name: segment.current.decidedBy?.name ?? '' })}</strong> <q>{segment.current.comment}</q>
            </p>
          ) : null}
          {segment.approvedText !== null && segment.approvedRevisionId !== segment.current?.id ? (
            <p className="notice notice-info">
              <strong>{t('editor.publishedText')}</strong> <span lang={targetLang}>{segment.approvedText}</span>
            </p>
          ) : null}

          {movedOn ? (
            <p className="notice notice-info" role="status" data-testid="moved-on">
              {t('merge.movedOn', { name: segment.current?.author.name ?? '' })}
            </p>
          ) : null}
          {save.error && !conflict ? <ErrorNotice error={save.error} title={t('editor.saveFailed')} /> : null}
          {transition.error ? <ErrorNotice error={transition.error} /> : null}
          {resubmit.error ? <ErrorNotice error={resubmit.error} /> : null}

          <div className="segment-actions">
            {mayEdit ? (
              <button type="button" className="button button-primary" disabled={!canSave} onClick={() => void handleSave()}>
                {t('editor.save')}
              </button>
            ) : null}
            {maySubmit && (actions.includes('submit') || isDirty || segment.current === null) ? (
              <button type="button" className="button" disabled={isBusy} onClick={() => void handleSubmit()}>
                {t('editor.submit')}
              </button>
            ) : null}
            {maySubmit && actions.includes('resubmit') && !isDirty && !isResubmitting ? (
              <button type="button" className="button" disabled={isBusy} onClick={() => setResubmitting(true)}>
                {t('editor.resubmit')}
              </button>
            ) : null}
            {mayDecide && actions.includes('approve') && !isDirty && segment.current ? (
              <button
                type="button"
                className="button button-approve"
                disabled={isBusy}
                onClick={() => {
                  const current = segment.current;
                  if (current) approvalGuard.ask([findings], () => transition.mutate({ revisionId: current.id, action: 'approve' }));
                }}
              >
                {t('editor.approve')}
              </button>
            ) : null}
            {mayDecide && actions.includes('reject') && !isDirty ? (
              <button type="button" className="button button-reject" disabled={isBusy} onClick={() => setRejecting(true)}>
                {t('editor.reject')}
              </button>
            ) : null}
            {mayEdit && text !== segment.mt ? (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => editText({ start: 0, end: text.length, insert: segment.mt })}
              >
                {t('editor.resetToMt')}
              </button>
            ) : null}
            {mayAnnotate ? (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => openAnnotation(lastSelection.current ?? { versionKey: storedVersion ?? 'mt' })}
              >
                {t('annotate.open')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={isReviewOpen}
              aria-controls={`segment-${segment.id}-review`}
              onClick={() => onToggleReview(segment.id)}
            >
              {t('comments.toggle', { count: comments.length })}
              {annotations.length > 0 ? ` · ${t('annotate.count', { count: annotations.length })}` : ''}
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={isHistoryOpen}
              aria-controls={`segment-${segment.id}-history`}
              onClick={() => onToggleHistory(segment.id)}
            >
              {t('history.toggle')}
            </button>
          </div>
          {approvalGuard.dialog}
          {isRejecting && segment.current ? (
            <ReasonForm
              label={t('editor.rejectComment')}
              confirm={t('editor.confirmReject')}
              tone="reject"
              isPending={transition.isPending}
              onCancel={() => setRejecting(false)}
              onConfirm={(comment) => {
                if (!segment.current) return;
                transition.mutate({ revisionId: segment.current.id, action: 'reject', comment }, { onSuccess: () => setRejecting(false) });
              }}
            />
          ) : null}
          {isResubmitting && segment.current?.state === 'rejected' && !isDirty ? (
            <ReasonForm
              label={t('editor.resubmitComment')}
              confirm={t('editor.confirmResubmit')}
              tone="plain"
              isPending={resubmit.isPending}
              onCancel={() => {
                setResubmitting(false);
                editorRef.current?.focus();
              }}
              onConfirm={(comment) => {
                if (!segment.current) return;
                resubmit.mutate({ revisionId: segment.current.id, comment }, { onSuccess: () => setResubmitting(false) });
              }}
            />
          ) : null}
        </div>

        {active?.where === 'mt' ? (
          <FindingPopover
            finding={active.finding}
            top={active.top}
            left={active.left}
            canApply={mayEdit && applySuggestion(text, active.finding) !== null}
            onApply={() => applyFinding(active.finding)}
            onRecord={mayAnnotate ? () => recordFinding(active.finding, 'mt') : undefined}
            onDismiss={
              dismissScopes.includes('segment')
                ? () => {
                    dismiss.mutate({ finding: active.finding, scope: 'segment', segmentId: segment.id });
                    setActive(null);
                  }
                : undefined
            }
            onKeep={() => clearTimeout(closeTimer.current)}
            onLeave={() => showFinding(null, 'mt')}
          />
        ) : null}

        {isHistoryOpen ? (
          <HistoryPanel id={`segment-${segment.id}-history`} segment={segment} targetLang={targetLang} workingText={text} />
        ) : null}
        {isReviewOpen ? (
          <SegmentReview
            id={`segment-${segment.id}-review`}
            segment={segment}
            targetLang={targetLang}
            roles={roles}
            annotations={annotations}
            comments={comments}
            annotating={annotating}
            onAnnotating={setAnnotating}
          />
        ) : null}
      </CodesContext.Provider>
    </article>
  );
});
