import { memo, useDeferredValue, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionConflictBody, type Segment } from '../../../../shared/schemas';
import { diffWords } from '../../../../shared/text/diff';
import { availableActions } from '../../../../shared/workflow';
import { DiffView } from '../../../components/DiffView';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { StatusChip } from '../../../components/StatusChip';
import { isApiError } from '../../../lib/apiClient';
import { useFormatters } from '../../../lib/format';
import { useSaveRevisionMutation, useStoreSegment, useTransitionMutation } from '../api/mutations';
import { draftStore, useLocalDraft } from '../hooks/draftStore';
import { ConflictNotice } from './ConflictNotice';
import { HistoryPanel } from './HistoryPanel';
import { RejectForm } from './RejectForm';

export type NavigationDirection = -1 | 1;

/** Characters up to which the diff is recomputed synchronously (about 1,000 words). */
const LIVE_DIFF_LIMIT = 6000;

interface SegmentRowProps {
  segment: Segment;
  sourceLang: string;
  targetLang: string;
  isActive: boolean;
  isHistoryOpen: boolean;
  onActivate: (segmentId: number) => void;
  onNavigate: (segmentId: number, direction: NavigationDirection) => void;
  onToggleHistory: (segmentId: number) => void;
  registerEditor: (segmentId: number, element: HTMLTextAreaElement | null) => void;
}

/** One paragraph: source | machine translation | working revision with its live diff. */
export const SegmentRow = memo(function SegmentRow({
  segment,
  sourceLang,
  targetLang,
  isActive,
  isHistoryOpen,
  onActivate,
  onNavigate,
  onToggleHistory,
  registerEditor,
}: SegmentRowProps) {
  const { t, i18n } = useTranslation();
  const uiLang = i18n.resolvedLanguage;
  const { dateTime, language: languageName } = useFormatters();
  const draft = useLocalDraft(segment.id);
  const save = useSaveRevisionMutation();
  const transition = useTransitionMutation();
  const storeSegment = useStoreSegment();
  const [isRejecting, setRejecting] = useState(false);
  const [conflict, setConflict] = useState<VersionConflictBody['current'] | null>(null);

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
  const actions = segment.current ? availableActions(segment.current.state, true) : [];
  const isBusy = save.isPending || transition.isPending;
  const canSave = !isBusy && (isDirty || segment.current === null);

  const handleChange = (value: string) => {
    if (value === serverText) {
      draftStore.remove(segment.id);
      return;
    }
    draftStore.set({
      documentId: segment.documentId,
      segmentId: segment.id,
      text: value,
      baseVersion: draft?.baseVersion ?? segment.version,
      updatedAt: new Date().toISOString(),
    });
  };

  /** Saves the working text; resolves to the segment's new state, or undefined when it failed. */
  const handleSave = async (baseVersion = draft?.baseVersion ?? segment.version): Promise<Segment | undefined> => {
    if (!canSave && !conflict) return isDirty ? undefined : segment;
    const sentText = text;
    try {
      const result = await save.mutateAsync({ segmentId: segment.id, text: sentText, baseVersion });
      setConflict(null);
      const latest = draftStore.get(segment.id);
      if (latest && latest.text !== sentText) {
        // typed on while the save was in flight: keep the newer text, now based on the new version
        draftStore.set({ ...latest, baseVersion: result.segment.version });
      } else {
        draftStore.remove(segment.id);
      }
      return result.segment;
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        const body = VersionConflictBody.safeParse(error.body);
        if (body.success) {
          setConflict(body.data.current);
          storeSegment(body.data.current.segment);
        }
      }
      return undefined;
    }
  };

  const handleSubmit = async () => {
    const saved = isDirty || segment.current === null ? await handleSave() : segment;
    const revision = saved?.current;
    if (!revision || revision.state !== 'draft') return;
    transition.mutate({ revisionId: revision.id, action: 'submit' });
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) void handleSubmit();
      else void handleSave();
    } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      onNavigate(segment.id, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.altKey && event.code === 'KeyH') {
      event.preventDefault();
      onToggleHistory(segment.id);
    }
  };

  const editorId = `segment-${segment.id}-editor`;
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
      className={`segment${isActive ? ' is-active' : ''}${isDirty ? ' is-dirty' : ''}`}
      data-segment-id={segment.id}
      data-position={segment.position}
      aria-labelledby={`segment-${segment.id}-label`}
      onFocusCapture={() => onActivate(segment.id)}
    >
      <div className="segment-meta">
        <span className="segment-number" id={`segment-${segment.id}-label`}>
          <span className="visually-hidden">{t('editor.segment')} </span>
          {segment.position}
        </span>
        <StatusChip status={segment.status} />
      </div>

      <div className="segment-source" lang={sourceLang}>
        <span className="column-label" aria-hidden="true" lang={uiLang}>
          {t('editor.sourceColumn', { language: languageName(sourceLang) })}
        </span>
        {segment.source === '' ? (
          <p className="no-source" lang={uiLang}>
            <strong>{t('editor.noSource')}</strong> {t('editor.noSourceHint')}
          </p>
        ) : (
          <p className="segment-text">{segment.source}</p>
        )}
      </div>

      <div className="segment-mt" lang={targetLang}>
        <span className="column-label" aria-hidden="true" lang={uiLang}>
          {t('editor.mtColumn', { language: languageName(targetLang) })}
        </span>
        {segment.mt === '' ? (
          <p className="no-source" lang={uiLang}>{t('editor.noMt')}</p>
        ) : (
          <p className="segment-text">{segment.mt}</p>
        )}
      </div>

      <div className="segment-work">
        <label htmlFor={editorId} className="visually-hidden">
          {t('editor.revisionLabel', { position: segment.position })}
        </label>
        <textarea
          id={editorId}
          ref={(element) => registerEditor(segment.id, element)}
          className="segment-editor"
          lang={targetLang}
          value={text}
          spellCheck
          onChange={(event) => handleChange(event.target.value)}
          onKeyDown={handleKeyDown}
          aria-describedby={`segment-${segment.id}-state`}
        />
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
            <strong>{t('editor.rejectedBy', { name: segment.current.decidedBy?.name ?? '' })}</strong>{' '}
            <q>{segment.current.comment}</q>
          </p>
        ) : null}
        {segment.approvedText !== null && segment.approvedRevisionId !== segment.current?.id ? (
          <p className="notice notice-info">
            <strong>{t('editor.publishedText')}</strong> <span lang={targetLang}>{segment.approvedText}</span>
          </p>
        ) : null}

        {conflict ? (
          <ConflictNotice
            mine={text}
            theirs={conflict.revision?.text ?? conflict.segment.mt}
            targetLang={targetLang}
            onKeepMine={() => void handleSave(conflict.version)}
            onUseTheirs={() => {
              draftStore.remove(segment.id);
              setConflict(null);
            }}
          />
        ) : null}
        {save.error && !conflict ? <ErrorNotice error={save.error} title={t('editor.saveFailed')} /> : null}
        {transition.error ? <ErrorNotice error={transition.error} /> : null}

        <div className="segment-actions">
          <button type="button" className="button button-primary" disabled={!canSave} onClick={() => void handleSave()}>
            {t('editor.save')}
          </button>
          {actions.includes('submit') || isDirty || segment.current === null ? (
            <button type="button" className="button" disabled={isBusy} onClick={() => void handleSubmit()}>
              {t('editor.submit')}
            </button>
          ) : null}
          {actions.includes('approve') && !isDirty && segment.current ? (
            <button
              type="button"
              className="button button-approve"
              disabled={isBusy}
              onClick={() => segment.current && transition.mutate({ revisionId: segment.current.id, action: 'approve' })}
            >
              {t('editor.approve')}
            </button>
          ) : null}
          {actions.includes('reject') && !isDirty ? (
            <button type="button" className="button button-reject" disabled={isBusy} onClick={() => setRejecting(true)}>
              {t('editor.reject')}
            </button>
          ) : null}
          {text !== segment.mt ? (
            <button type="button" className="button button-quiet" onClick={() => handleChange(segment.mt)}>
              {t('editor.resetToMt')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={isHistoryOpen}
            aria-controls={`segment-${segment.id}-history`}
            onClick={() => onToggleHistory(segment.id)}
          >
            {t('history.toggle')}
          </button>
          <span className="segment-state" id={`segment-${segment.id}-state`} aria-live="polite">
            {stateLine}
          </span>
        </div>
        {isRejecting && segment.current ? (
          <RejectForm
            isPending={transition.isPending}
            onCancel={() => setRejecting(false)}
            onReject={(comment) => {
              if (!segment.current) return;
              transition.mutate(
                { revisionId: segment.current.id, action: 'reject', comment },
                { onSuccess: () => setRejecting(false) },
              );
            }}
          />
        ) : null}
      </div>

      {isHistoryOpen ? (
        <HistoryPanel id={`segment-${segment.id}-history`} segment={segment} targetLang={targetLang} workingText={text} />
      ) : null}
    </article>
  );
});
