import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffWords } from '../../../../shared/text/diff';
import { mergeThreeWay, resolveHunks, type MergeHunk } from '../../../../shared/text/merge';
import { DiffView } from '../../../components/DiffView';

interface MergeNoticeProps {
  /** The text both started from; null when unknown (a draft kept by an older version). */
  base: string | null;
  mine: string;
  theirs: string;
  /** Who saved first. */
  theirAuthor: string;
  targetLang: string;
  isSaving: boolean;
  /** Saves this text on top of theirs. */
  onSave: (text: string) => void;
  /** Puts this text in the editor, to change before saving. */
  onEdit: (text: string) => void;
  onUseTheirs: () => void;
}

/**
 * After a 409: someone saved the segment while this person was editing it. The two edits are
 * merged word by word against the text both started from. A clean merge is shown for
 * confirmation; where both changed the same words, each place is shown side by side to choose.
 * Nothing is lost either way: the person's text stays in the editor until they decide.
 */
export function MergeNotice({ base, mine, theirs, theirAuthor, targetLang, isSaving, onSave, onEdit, onUseTheirs }: MergeNoticeProps) {
  const { t } = useTranslation();
  // it opens in view, with the focus, so the choice it asks for is not missed
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'nearest' });
    panel.current?.focus({ preventScroll: true });
  }, []);
  const merge = useMemo(
    () =>
      base === null
        ? { kind: 'conflict' as const, hunks: [{ kind: 'conflict' as const, base: '', mine, theirs }] satisfies MergeHunk[] }
        : mergeThreeWay(base, mine, theirs, { lang: targetLang }),
    [base, mine, theirs, targetLang],
  );
  const conflicts = merge.kind === 'conflict' ? merge.hunks.filter((hunk) => hunk.kind === 'conflict').length : 0;
  const [choices, setChoices] = useState<Array<'mine' | 'theirs'>>([]);
  const choose = (index: number) => choices[index] ?? 'mine';
  const result = merge.kind === 'clean' ? merge.text : resolveHunks(merge.hunks, choose);
  const parts = useMemo(() => diffWords(theirs, result, { lang: targetLang }), [theirs, result, targetLang]);

  const actions = (
    <div className="segment-actions">
      <button type="button" className="button button-primary" disabled={isSaving} onClick={() => onSave(result)}>
        {merge.kind === 'clean' ? t('merge.saveMerged') : t('merge.saveChosen')}
      </button>
      <button type="button" className="button" onClick={() => onEdit(result)}>
        {t('merge.edit')}
      </button>
      <button type="button" className="button button-quiet" onClick={onUseTheirs}>
        {t('merge.useTheirs')}
      </button>
    </div>
  );

  if (merge.kind === 'clean') {
    return (
      <div ref={panel} tabIndex={-1} className="notice notice-info merge" role="alert" data-testid="merge" data-merge="clean">
        <p>
          <strong>{t('merge.savedMeanwhile', { name: theirAuthor })}</strong> {t('merge.cleanExplain')}
        </p>
        <DiffView parts={parts} label={t('merge.diffLabel', { name: theirAuthor })} />
        {actions}
      </div>
    );
  }

  // each conflict's number among the conflicts (stable hunks have none)
  const conflictNumbers = merge.hunks.reduce<number[]>((numbers, hunk) => {
    numbers.push(hunk.kind === 'stable' ? -1 : (numbers.findLast((n) => n >= 0) ?? -1) + 1);
    return numbers;
  }, []);
  return (
    <div ref={panel} tabIndex={-1} className="notice notice-warning merge" role="alert" data-testid="merge" data-merge="conflict">
      <p>
        <strong>{t('merge.savedMeanwhile', { name: theirAuthor })}</strong> {t('merge.conflictExplain', { count: conflicts })}
      </p>
      <div className="merge-hunks" lang={targetLang}>
        {merge.hunks.map((hunk, index) => {
          if (hunk.kind === 'stable')
            return (
              <span key={index} className="merge-stable">
                {hunk.text}
              </span>
            );
          const at = conflictNumbers[index] ?? 0;
          const name = `merge-${at}-${index}`;
          return (
            <fieldset key={index} className="merge-choice">
              <legend className="visually-hidden">{t('merge.choose', { number: at + 1 })}</legend>
              <label className={choose(at) === 'mine' ? 'is-chosen' : undefined}>
                <input
                  type="radio"
                  name={name}
                  checked={choose(at) === 'mine'}
                  onChange={() => setChoices((c) => Object.assign([...c], { [at]: 'mine' }))}
                />
                <span className="merge-who">{t('merge.mine')}</span> <span className="merge-text">{hunk.mine || t('merge.nothing')}</span>
              </label>
              <label className={choose(at) === 'theirs' ? 'is-chosen' : undefined}>
                <input
                  type="radio"
                  name={name}
                  checked={choose(at) === 'theirs'}
                  onChange={() => setChoices((c) => Object.assign([...c], { [at]: 'theirs' }))}
                />
                <span className="merge-who">{t('merge.theirs', { name: theirAuthor })}</span>{' '}
                <span className="merge-text">{hunk.theirs || t('merge.nothing')}</span>
              </label>
            </fieldset>
          );
        })}
      </div>
      <p className="muted">{t('merge.result')}</p>
      <DiffView parts={parts} label={t('merge.diffLabel', { name: theirAuthor })} />
      {actions}
    </div>
  );
}
