import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REPLACE_PREVIEW_PIECE, type FindBody } from '../../../../shared/schemas';
import { diffWords } from '../../../../shared/text/diff';
import { Dialog } from '../../../components/Dialog';
import { DiffView } from '../../../components/DiffView';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormatters } from '../../../lib/format';
import { useReplaceMutation, useReplacePreviewMutation } from '../api/mutations';

interface ReplaceDialogProps {
  documentId: number;
  /** The document's paragraphs (how far a long preview has got is told against it). */
  segmentCount: number;
  isOpen: boolean;
  onClose: () => void;
  lang: string;
}

/**
 * Find and replace across the document's working texts: a preview of every paragraph it changes
 * (the first ones as word diffs), then one revision per paragraph. Paragraphs changed since the
 * preview are left alone and counted; a bulk revert (Compare page) undoes the whole change.
 */
export function ReplaceDialog({ documentId, segmentCount, isOpen, onClose, lang }: ReplaceDialogProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const [form, setForm] = useState<FindBody>({ find: '', replace: '', matchCase: false, wholeWord: false, regex: false });
  // the find the preview was made with: what "Replace" does, whatever the fields say since
  const [previewed, setPreviewed] = useState<FindBody | null>(null);
  const preview = useReplacePreviewMutation(documentId, segmentCount);
  const replace = useReplaceMutation(documentId);
  const set = <K extends keyof FindBody>(key: K, value: FindBody[K]) => setForm((current) => ({ ...current, [key]: value }));

  const handlePreview = (event: FormEvent) => {
    event.preventDefault();
    if (!form.find) return;
    setPreviewed(form);
    replace.reset();
    preview.mutate(form);
  };
  const close = () => {
    preview.stop();
    preview.reset();
    replace.reset();
    setPreviewed(null);
    onClose();
  };
  const data = preview.data;
  const stopped = preview.error instanceof DOMException && preview.error.name === 'AbortError';
  const changedSincePreview = previewed !== null && JSON.stringify(previewed) !== JSON.stringify(form);

  return (
    <Dialog isOpen={isOpen} title={t('replace.title')} onClose={close} className="dialog-wide">
      <form className="replace-form" onSubmit={handlePreview}>
        <label>
          {t('replace.find')}
          <input value={form.find} required data-autofocus onChange={(event) => set('find', event.target.value)} lang={lang} />
        </label>
        <label>
          {t('replace.replaceWith')}
          <input value={form.replace} onChange={(event) => set('replace', event.target.value)} lang={lang} />
        </label>
        <fieldset className="replace-options">
          <legend className="visually-hidden">{t('replace.options')}</legend>
          <label className="checkbox">
            <input type="checkbox" checked={form.matchCase} onChange={(event) => set('matchCase', event.target.checked)} />{' '}
            {t('replace.matchCase')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={form.wholeWord} onChange={(event) => set('wholeWord', event.target.checked)} />{' '}
            {t('replace.wholeWord')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={form.regex} onChange={(event) => set('regex', event.target.checked)} /> {t('replace.regex')}
          </label>
        </fieldset>
        <button type="submit" className="button" disabled={!form.find || preview.isPending}>
          {preview.isPending ? t('replace.searching') : t('replace.preview')}
        </button>
        {form.regex ? <p className="muted replace-hint">{t('replace.regexHint')}</p> : null}
      </form>
      {preview.isPending && preview.progress && preview.progress.total > REPLACE_PREVIEW_PIECE ? (
        <ProgressLine progress={preview.progress} labelKey="replace.searchProgress">
          <button type="button" className="button" onClick={preview.stop}>
            {t('replace.stop')}
          </button>
        </ProgressLine>
      ) : null}
      {stopped ? (
        <p className="muted" role="status">
          {t('replace.stopped')}
        </p>
      ) : preview.error ? (
        <ErrorNotice error={preview.error} />
      ) : null}
      {data && previewed ? (
        <div className="replace-preview" data-testid="replace-preview">
          <p role="status">
            <strong>
              {data.paragraphs === 0
                ? t('replace.none')
                : t('replace.summary', { count: data.paragraphs, formatted: number(data.paragraphs), matches: number(data.matches) })}
            </strong>
          </p>
          {replace.error ? <ErrorNotice error={replace.error} /> : null}
          {replace.data ? (
            <p className="notice notice-info" role="status" data-testid="replace-done">
              {t('replace.done', { count: replace.data.replaced.length, formatted: number(replace.data.replaced.length) })}
              {replace.data.skipped.length > 0
                ? ` ${t('replace.skipped', { count: replace.data.skipped.length, formatted: number(replace.data.skipped.length) })}`
                : ''}{' '}
              {t('replace.undo')}
            </p>
          ) : data.paragraphs > 0 ? (
            <>
              {changedSincePreview ? <p className="muted">{t('replace.previewAgain')}</p> : null}
              <button
                type="button"
                className="button button-primary"
                disabled={replace.isPending || changedSincePreview}
                onClick={() =>
                  replace.mutate({ ...previewed, expect: data.items.map(({ segmentId, version }) => ({ segmentId, version })) })
                }
              >
                {t('replace.confirm', { count: data.paragraphs, formatted: number(data.paragraphs) })}
              </button>
              {replace.progress ? <ProgressLine progress={replace.progress} labelKey="replace.progress" /> : null}
            </>
          ) : null}
          <ul className="revert-items replace-items">
            {data.items.slice(0, data.shown).map((item) => (
              <ReplaceItem key={item.segmentId} position={item.position} before={item.before ?? ''} after={item.after ?? ''} lang={lang} />
            ))}
          </ul>
          {data.paragraphs > data.shown ? (
            <p className="muted">
              {t('replace.more', { count: data.paragraphs - data.shown, formatted: number(data.paragraphs - data.shown) })}
            </p>
          ) : null}
        </div>
      ) : null}
    </Dialog>
  );
}

/** How far a search or a replacement in pieces has got: a bar and "… 50,000 of 100,000 paragraphs". */
function ProgressLine({
  progress,
  labelKey,
  children,
}: {
  progress: { done: number; total: number };
  labelKey: 'replace.searchProgress' | 'replace.progress';
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <p className="replace-progress" role="status">
      <progress max={progress.total} value={progress.done} />{' '}
      {t(labelKey, { count: progress.total, formatted: number(progress.total), done: number(progress.done) })}
      {children ? ' ' : null}
      {children}
    </p>
  );
}

function ReplaceItem({ position, before, after, lang }: { position: number; before: string; after: string; lang: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => diffWords(before, after, { lang }), [before, after, lang]);
  return (
    <li className="revert-item" data-position={position}>
      <span className="segment-number">{position}</span>
      <DiffView parts={parts} label={t('replace.diffLabel', { position })} />
    </li>
  );
}
