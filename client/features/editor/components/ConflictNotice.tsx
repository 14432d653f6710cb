import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffWords } from '../../../../shared/text/diff';
import { DiffView } from '../../../components/DiffView';

interface ConflictNoticeProps {
  mine: string;
  theirs: string;
  targetLang: string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Shown after a 409: someone saved the segment first. Nothing is lost: the reader sees how their
 * text differs from the stored one and chooses. (Three-way merge comes with collaborative editing.)
 */
export function ConflictNotice({ mine, theirs, targetLang, onKeepMine, onUseTheirs }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const parts = useMemo(() => diffWords(theirs, mine, { lang: targetLang }), [theirs, mine, targetLang]);
  return (
    <div className="notice notice-warning conflict" role="alert">
      <p>
        <strong>{t('conflict.title')}</strong> {t('conflict.explain')}
      </p>
      <DiffView parts={parts} label={t('conflict.diffLabel')} />
      <div className="segment-actions">
        <button type="button" className="button button-primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={onUseTheirs}>
          {t('conflict.useTheirs')}
        </button>
      </div>
    </div>
  );
}
