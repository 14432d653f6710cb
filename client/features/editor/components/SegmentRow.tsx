import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, type Role } from '../../../../shared/permissions';
import { analyze, applySuggestion, sourceOfTargetWord, type Finding } from '../../../../shared/qa';
import { categoryOfRule } from '../../../../shared/mqm';
import type { Annotation, MemoryMatch, Segment, SegmentComment } from '../../../../shared/schemas';
import { useQuery } from '@tanstack/react-query';
import { matchesQuery } from '../../../data/memory';
import { MatchList, SHOWN_MATCHES } from '../../memory';
import { diffWords } from '../../../../shared/text/diff';
import { availableActions } from '../../../../shared/workflow';
import { CodesContext, codesByChar } from '../../../components/Placeholders';
import { placeholdersIn } from '../../../../shared/text/placeholders';
import { searchMatches } from '../../../lib/searchMatches';
import { useStableHandler } from '../../../lib/useStableHandler';
import { useFindingMessage, FindingPopover, type QaContextValue } from '../../qa';
import { type AnnotationStart, SegmentReview, useEditingClock } from '../../review';
import { useSegmentShortcuts } from '../hooks/segmentShortcuts';
import { useFindingPopover } from '../hooks/useFindingPopover';
import { useSaveSegment } from '../hooks/useSaveSegment';
import { useSegmentDraft } from '../hooks/useSegmentDraft';
import { useRowFindings } from '../hooks/useRowFindings';
import { useSegmentDecisions } from '../hooks/useSegmentDecisions';
import { useWorkingEdits } from '../hooks/useWorkingEdits';
import { useEveryRowOpen } from '../hooks/editorSettings';
import { MergeNotice } from './MergeNotice';
import { MtCell } from './MtCell';
import { SegmentActions } from './SegmentActions';
import { SegmentMeta } from './SegmentMeta';
import { SegmentNotices } from './SegmentNotices';
import { SourceCell } from './SourceCell';
import { HistoryPanel } from './HistoryPanel';
import { DecisionForms } from './DecisionForms';
import { WorkCell } from './WorkCell';

export type NavigationDirection = -1 | 1;

const NO_MATCHES: readonly MemoryMatch[] = [];

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
  const may = {
    edit: can(roles, 'revision.save'),
    submit: can(roles, 'revision.submit'),
    decide: can(roles, 'revision.decide'),
    annotate: can(roles, 'annotation.write'),
  };
  const { t } = useTranslation();
  const working = useSegmentDraft(segment);
  const { draft, text, serverText, isDirty } = working;
  const saving = useSaveSegment(segment, working);
  const { conflict } = saving;
  const rowRef = useRef<HTMLElement | null>(null);
  const popover = useFindingPopover(rowRef);
  const edits = useWorkingEdits(working, { mayEdit: may.edit, hasCodes: Boolean(segment.codes), onFixApplied: popover.close });
  const { editorRef, editText, applyFinding, insertCode, handleChipClick } = edits;
  const [annotating, setAnnotating] = useState<AnnotationStart | null>(null);
  /** The last text the reader selected in this row, to record an error on. */
  const lastSelection = useRef<AnnotationStart | null>(null);
  // the word of the translation last clicked (in the MT or the working text): the source words it
  // renders are marked in the source column
  const [pointer, setPointer] = useState<{ where: 'mt' | 'work'; offset: number } | null>(null);
  useEditingClock(editorRef, segment.id, may.edit);

  // The diff follows every keystroke in the same frame; only very long texts let React defer it,
  // so that typing itself never waits for a diff. (A short text is never handed to the deferred
  // value: each change of it would cost the row a second, deferred render.)
  const isLong = text.length > LIVE_DIFF_LIMIT;
  const deferredText = useDeferredValue(isLong ? text : null);
  const diffedText = isLong && deferredText !== null ? deferredText : text;
  const parts = useMemo(() => diffWords(segment.mt, diffedText, { lang: targetLang }), [segment.mt, diffedText, targetLang]);
  const rowFindings = useRowFindings(segment, { text: diffedText, serverText, sourceLang, targetLang }, qa, roles);
  const { findings, mtFindings, dismiss, dismissScopes } = rowFindings;
  const decisions = useSegmentDecisions(segment, findings, may.edit);
  // the search the list is filtered by, marked where it stands in each column
  const sourceMatches = useMemo(
    () => (searchQuery ? searchMatches(segment.source, searchQuery) : undefined),
    [segment.source, searchQuery],
  );
  const mtMatches = useMemo(() => (searchQuery ? searchMatches(segment.mt, searchQuery) : undefined), [segment.mt, searchQuery]);
  const workMatches = useMemo(() => (searchQuery ? searchMatches(text, searchQuery) : undefined), [text, searchQuery]);
  const describe = useFindingMessage();
  // the source is analysed once while something is pointed at, not again at every keystroke
  const isPointing = pointer !== null;
  const analysedSource = useMemo(
    () => (isPointing && segment.source !== '' ? analyze(segment.source, sourceLang) : null),
    [isPointing, segment.source, sourceLang],
  );
  const alignedSpan = useMemo(() => {
    if (!pointer || !analysedSource) return null;
    const targetText = pointer.where === 'mt' ? segment.mt : text;
    return sourceOfTargetWord(analysedSource, analyze(targetText, targetLang), pointer.offset);
  }, [pointer, analysedSource, segment.mt, text, targetLang]);
  // the same span object while the caret stays on the same word: the source column is not redrawn
  const alignedStart = alignedSpan?.start ?? -1;
  const alignedEnd = alignedSpan?.end ?? -1;
  const aligned = useMemo(() => (alignedStart < 0 ? null : { start: alignedStart, end: alignedEnd }), [alignedStart, alignedEnd]);
  // a finding the caret stands in (or the word clicked in the MT) marks the source words it concerns,
  // before the words the pointed word aligns to: F8 or the arrows onto "den vollen Preis" mark "free"
  const pointedSource = useMemo(() => {
    if (!pointer) return null;
    const list = pointer.where === 'work' ? findings : mtFindings;
    const at = pointer.offset;
    return list.find((f) => f.source !== null && f.end > f.start && f.start <= at && at <= f.end)?.source ?? null;
  }, [pointer, findings, mtFindings]);
  // (a row left behind marks nothing: only the paragraph being worked on points at its source)
  useEffect(() => {
    if (!isActive) setPointer(null);
  }, [isActive]);
  /** The caret or a click moved to a word of the translation (the same place again changes nothing). */
  const pointAt = useCallback((where: 'mt' | 'work', offset: number | null) => {
    setPointer((current) => (offset === null ? null : current?.where === where && current.offset === offset ? current : { where, offset }));
  }, []);
  const pointAtMt = useCallback((offset: number | null) => pointAt('mt', offset), [pointAt]);
  const rememberMtSelection = useCallback((span: { start: number; end: number }) => {
    lastSelection.current = { versionKey: 'mt', ...span };
  }, []);
  const actions = segment.current ? availableActions(segment.current.state, true) : [];
  const isBusy = saving.mutation.isPending || decisions.isPending;
  // someone else's save reached this tab (live) while this person has unsaved text on an older version
  const movedOn = !conflict && isDirty && draft !== undefined && draft.baseVersion < segment.version && !saving.mutation.isPending;
  const canSave = may.edit && !isBusy && (isDirty || segment.current === null);
  /** Which stored version the working text is, if it is one (annotations judge stored text only). */
  const storedVersion: 'current' | 'mt' | null =
    segment.current && text === segment.current.text ? 'current' : text === segment.mt && !segment.current ? 'mt' : null;

  /** Saves the working text; resolves to the segment's new state, or undefined when it failed. */
  const handleSave = async (): Promise<Segment | undefined> => (canSave ? saving.save() : isDirty ? undefined : segment);

  const handleSubmit = async () => {
    // a rejected text submitted again unchanged needs a reply to the rejection first
    if (!isDirty && segment.current?.state === 'rejected') {
      decisions.startResubmitting();
      return;
    }
    const saved = isDirty || segment.current === null ? await handleSave() : segment;
    const revision = saved?.current;
    if (!revision || revision.state !== 'draft') return;
    decisions.submit(revision);
  };

  // the translation memory's matches for this source (none asked for a paragraph without one)
  const memoryMatches = useQuery({ ...matchesQuery(segment.id), enabled: segment.source.trim() !== '' }).data?.items ?? NO_MATCHES;
  const onUseMatch = may.edit ? edits.replaceAll : undefined;
  // made once per change of its own inputs: the source column (memoised) skips a keystroke's render
  const matchList = useMemo(
    () => <MatchList matches={memoryMatches} source={segment.source} sourceLang={sourceLang} targetLang={targetLang} onUse={onUseMatch} />,
    [memoryMatches, segment.source, sourceLang, targetLang, onUseMatch],
  );
  const matchHandler = (index: number) => () => {
    const match = memoryMatches[index];
    if (may.edit && match && index < SHOWN_MATCHES) edits.replaceAll(match.adapted?.text ?? match.target);
  };

  const handleKeyDown = useSegmentShortcuts({
    match1: matchHandler(0),
    match2: matchHandler(1),
    match3: matchHandler(2),
    applyFix: (event) => {
      if (!may.edit) return;
      // the fix of the finding at the caret, or else the first one that has a fix
      const at = event.currentTarget.selectionStart;
      const fixable = findings.filter((finding) => finding.suggestion !== null);
      const target = fixable.find((finding) => finding.start <= at && at <= finding.end) ?? fixable[0];
      if (target) applyFinding(target);
    },
    ...(segment.codes
      ? {
          insertCode: () => {
            // the first inline code of the source that the working text lacks
            const code = placeholdersIn(segment.source).find(({ char }) => !text.includes(char))?.char;
            if (code) insertCode(code);
          },
        }
      : {}),
    submit: () => {
      if (may.submit) void handleSubmit();
    },
    confirm: () => {
      // confirm: saved (or already as saved), then the page may move on to the next paragraph
      if (may.edit) void handleSave().then((saved) => saved && onConfirmed(segment.id));
    },
    next: () => onNavigate(segment.id, 1),
    previous: () => onNavigate(segment.id, -1),
    history: () => onToggleHistory(segment.id),
  });

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

  // the finding list under the working text is memoised: these stay the same functions
  const recordWorkFinding = useStableHandler((finding: Finding) => recordFinding(finding, 'work'));
  const { show: showFinding } = popover;
  const focusWorkFinding = useCallback((finding: Finding | null) => showFinding(finding, 'work'), [showFinding]);

  // Only the paragraph being worked on (or one with something under way: unsaved text, a form, a
  // panel, a conflict) shows its finding list and buttons; the others are as tall as their text, so
  // that a screen holds more of them. Their findings stay underlined and counted, and a click or
  // the caret anywhere in the paragraph opens it. A setting opens every one.
  const [everyRowOpen] = useEveryRowOpen();
  const isOpen =
    everyRowOpen ||
    isActive ||
    isDirty ||
    isHistoryOpen ||
    isReviewOpen ||
    decisions.isRejecting ||
    decisions.isResubmitting ||
    conflict !== null ||
    decisions.offerPropagation ||
    isBusy;

  const editorId = `segment-${segment.id}-editor`;
  const codes = useMemo(() => codesByChar(segment.codes), [segment.codes]);
  const active = popover.active;

  return (
    <article
      ref={rowRef}
      className={`segment${isActive ? ' is-active' : ''}${isDirty ? ' is-dirty' : ''}${isOpen ? '' : ' is-folded'}`}
      data-segment-id={segment.id}
      data-position={segment.position}
      aria-labelledby={`segment-${segment.id}-label`}
      aria-posinset={posInSet}
      aria-setsize={setSize}
      onFocusCapture={() => onActivate(segment.id)}
      onClick={(event) => {
        if (!isActive) onActivate(segment.id);
        // the count of a folded paragraph's comments opens them
        if (event.target instanceof Element && event.target.closest('.review-badge')) onToggleReview(segment.id, true);
      }}
    >
      <CodesContext.Provider value={codes}>
        {/* a save refused because someone saved first: at the top of the paragraph, in view */}
        {conflict ? (
          <div className="segment-merge">
            <MergeNotice
              base={draft?.baseText ?? null}
              mine={text}
              theirs={saving.conflictText ?? ''}
              theirAuthor={conflict.revision?.author.name ?? ''}
              targetLang={targetLang}
              isSaving={saving.mutation.isPending}
              onSave={saving.merge.save}
              onEdit={(merged) => {
                saving.merge.edit(merged);
                editorRef.current?.focus();
              }}
              onUseTheirs={saving.merge.useTheirs}
            />
          </div>
        ) : null}
        <SegmentMeta
          segment={segment}
          findings={findings}
          isSaving={saving.mutation.isPending}
          isDirty={isDirty}
          reviewCount={isOpen ? undefined : comments.length + annotations.length}
        />

        <SourceCell
          segment={segment}
          sourceLang={sourceLang}
          related={active?.finding.source ?? pointedSource ?? aligned}
          matches={sourceMatches}
          onChipClick={handleChipClick}
        >
          {matchList}
        </SourceCell>
        <MtCell
          segment={segment}
          targetLang={targetLang}
          findings={mtFindings}
          matches={mtMatches}
          describe={describe}
          onHoldFinding={popover.hold}
          onReleaseFinding={popover.release}
          onCloseFinding={popover.close}
          onChipClick={handleChipClick}
          onPointer={pointAtMt}
          onSelectSpan={rememberMtSelection}
        />

        <WorkCell
          segmentId={segment.id}
          position={segment.position}
          editorId={editorId}
          text={text}
          targetLang={targetLang}
          rowFindings={rowFindings}
          matches={workMatches}
          isReadOnly={!may.edit}
          isOpen={isOpen}
          diff={diffedText !== segment.mt ? parts : null}
          onDiscardRestoredDraft={draft?.restored && isDirty && !saving.mutation.isPending ? working.discard : null}
          onChange={working.change}
          onKeyDown={handleKeyDown}
          onCaret={(at) => pointAt('work', at)}
          onSelectSpan={(span) => {
            if (storedVersion !== null) lastSelection.current = { versionKey: storedVersion, ...span };
          }}
          registerEditor={(element) => {
            editorRef.current = element;
            registerEditor(segment.id, element);
          }}
          onApply={may.edit ? applyFinding : undefined}
          onRecord={may.annotate && storedVersion !== null ? recordWorkFinding : undefined}
          onSelectFinding={edits.selectFinding}
          onFocusFinding={focusWorkFinding}
        >
          <SegmentNotices
            segment={segment}
            targetLang={targetLang}
            movedOn={movedOn}
            errors={[
              { error: conflict ? null : saving.mutation.error, title: t('editor.saveFailed') },
              { error: decisions.transition.error },
              { error: decisions.resubmit.error },
            ]}
          />

          {isOpen ? (
            <SegmentActions
              may={may}
              actions={actions}
              hasRevision={segment.current !== null}
              isDirty={isDirty}
              isBusy={isBusy}
              canSave={canSave}
              differsFromMt={text !== segment.mt}
              isResubmitting={decisions.isResubmitting}
              segmentId={segment.id}
              isReviewOpen={isReviewOpen}
              isHistoryOpen={isHistoryOpen}
              commentCount={comments.length}
              annotationCount={annotations.length}
              onSave={() => void handleSave()}
              onSubmit={() => void handleSubmit()}
              onResubmit={decisions.startResubmitting}
              onApprove={decisions.approve}
              onReject={decisions.startRejecting}
              onResetToMt={() => editText({ start: 0, end: text.length, insert: segment.mt })}
              onAnnotate={() => openAnnotation(lastSelection.current ?? { versionKey: storedVersion ?? 'mt' })}
              onToggleReview={() => onToggleReview(segment.id)}
              onToggleHistory={() => onToggleHistory(segment.id)}
            />
          ) : null}
          <DecisionForms segment={segment} decisions={decisions} isDirty={isDirty} onResubmitCancelled={() => editorRef.current?.focus()} />
        </WorkCell>

        {active?.where === 'mt' ? (
          <FindingPopover
            finding={active.finding}
            top={active.top}
            left={active.left}
            canApply={may.edit && applySuggestion(text, active.finding) !== null}
            onApply={() => applyFinding(active.finding)}
            onRecord={may.annotate ? () => recordFinding(active.finding, 'mt') : undefined}
            onDismiss={
              dismissScopes.includes('segment')
                ? () => {
                    dismiss.mutate({ finding: active.finding, scope: 'segment', segmentId: segment.id });
                    popover.close();
                  }
                : undefined
            }
            onKeep={popover.keep}
            onLeave={() => popover.release('pointer')}
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
