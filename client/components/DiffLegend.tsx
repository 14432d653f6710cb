import { useTranslation } from 'react-i18next';

/** Explains the diff marks; colour is never the only cue (strike-through and underline too). */
export function DiffLegend() {
  const { t } = useTranslation();
  return (
    <p className="legend" aria-label={t('diff.legend')}>
      <span className="legend-title">{t('diff.legend')}:</span> <del className="diff-del">{t('diff.deleted')}</del>{' '}
      <ins className="diff-ins">{t('diff.inserted')}</ins>
    </p>
  );
}
