import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemoryMatch } from '../../../../shared/schemas';
import { diffWords } from '../../../../shared/text/diff';
import { DiffView } from '../../../components/DiffView';
import { TextWithCodes } from '../../../components/Placeholders';
import { useFormatters } from '../../../lib/format';

/** Matches shown under a paragraph's source (the rest are left to the concordance). */
export const SHOWN_MATCHES = 3;

interface MatchListProps {
  matches: readonly MemoryMatch[];
  /** This paragraph's source: each match's source is shown as a word diff against it. */
  source: string;
  sourceLang: string;
  targetLang: string;
  /** Puts a match's translation into the working text (absent where the person may not edit). */
  onUse?: ((target: string) => void) | undefined;
}

const band = (match: MemoryMatch) =>
  match.file ? 'file' : match.context ? 'context' : match.score === 100 ? 'exact' : match.score >= 90 ? 'high' : 'fuzzy';

/**
 * The translation memory's best matches for a paragraph: the score, what differs between the
 * memory's source and this one, the memory's translation, where it came from, and a button (or
 * Ctrl+1…3 in the working text) that uses it.
 */
export const MatchList = memo(function MatchList({ matches, source, sourceLang, targetLang, onUse }: MatchListProps) {
  const { t, i18n } = useTranslation();
  const { date } = useFormatters();
  if (matches.length === 0) return null;
  return (
    <section className="tm-matches" aria-label={t('memory.label', { count: matches.length })} lang={i18n.resolvedLanguage}>
      <ol>
        {matches.slice(0, SHOWN_MATCHES).map((match, index) => (
          <li key={`${match.source}\u0000${match.target}`} className={`tm-match tm-match-${band(match)}`} data-testid="tm-match">
            <div className="tm-head">
              <span className="tm-score" aria-label={t('memory.score', { score: match.score })}>
                {match.score}%
              </span>
              {match.context ? (
                <span className="tm-exact tm-context" title={t('memory.inContextHint')}>
                  {t('memory.inContext')}
                </span>
              ) : match.file ? (
                <span className="tm-exact tm-file">{t('memory.fileTag')}</span>
              ) : match.score === 100 ? (
                <span className="tm-exact">{t('memory.exact')}</span>
              ) : null}
              {match.adapted ? (
                <span className="tm-adapted-tag">{t('memory.adapted', { count: match.adapted.changes.length })}</span>
              ) : null}
              <span className="tm-origin muted">
                {match.file
                  ? [match.file.origin ?? t('memory.fileOrigin'), match.file.type].filter(Boolean).join(' · ')
                  : match.approvedBy
                    ? t('memory.approvedBy', { origin: match.origin, name: match.approvedBy, time: date(match.approvedAt) })
                    : t('memory.imported', { origin: match.origin, time: date(match.approvedAt) })}
              </span>
              {onUse ? (
                <button
                  type="button"
                  className="button button-small"
                  aria-keyshortcuts={`Control+${index + 1}`}
                  onClick={() => onUse(match.adapted?.text ?? match.target)}
                >
                  {t('memory.use')} <kbd>{`Ctrl+${index + 1}`}</kbd>
                </button>
              ) : null}
            </div>
            <div className="tm-source" lang={sourceLang}>
              {match.score === 100 ? (
                <TextWithCodes text={match.source} />
              ) : (
                <DiffView parts={diffWords(source, match.source, { lang: sourceLang })} label={t('memory.sourceDiff')} />
              )}
            </div>
            <div className="tm-target" lang={targetLang}>
              {match.adapted ? <AdaptedText adapted={match.adapted} /> : <TextWithCodes text={match.target} />}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
});

/** The adapted translation, each replaced value marked with what the memory had. */
function AdaptedText({ adapted }: { adapted: NonNullable<MemoryMatch['adapted']> }) {
  const { t } = useTranslation();
  const pieces: ReactNode[] = [];
  let from = 0;
  for (const change of adapted.changes) {
    pieces.push(adapted.text.slice(from, change.start));
    pieces.push(
      <ins
        key={change.start}
        className="tm-adapted"
        title={t('memory.adaptedFrom', { from: change.from })}
        aria-label={t('memory.adaptedChange', { from: change.from, to: change.to })}
      >
        {change.to}
      </ins>,
    );
    from = change.end;
  }
  pieces.push(adapted.text.slice(from));
  return <>{pieces}</>;
}
