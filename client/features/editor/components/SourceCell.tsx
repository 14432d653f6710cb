import { memo, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/qa';
import type { Segment } from '../../../../shared/schemas';
import { useFormatters } from '../../../lib/format';
import { HighlightedText } from '../../qa';

type Span = { start: number; end: number };

const NO_FINDINGS: readonly Finding[] = [];

interface SourceCellProps {
  segment: Segment;
  sourceLang: string;
  /** The source words a finding in focus, or the translation's word last clicked, concerns. */
  related: Span | null | undefined;
  matches: readonly Span[] | undefined;
  onChipClick: ((event: MouseEvent<HTMLElement>) => void) | undefined;
  /** Shown under the source (the translation memory's matches). */
  children?: ReactNode;
}

/** The source column: the paragraph, its notes, and the words the translation's focus concerns (memoised). */
export const SourceCell = memo(function SourceCell({ segment, sourceLang, related, matches, onChipClick, children }: SourceCellProps) {
  const { t, i18n } = useTranslation();
  const { language } = useFormatters();
  const uiLang = i18n.resolvedLanguage;
  return (
    <div className="segment-source" lang={sourceLang} onClick={onChipClick}>
      <span className="column-label" aria-hidden="true" lang={uiLang}>
        {t('editor.sourceColumn', { language: language(sourceLang) })}
      </span>
      {segment.source === '' ? (
        <p className="no-source" lang={uiLang}>
          <strong>{t('editor.noSource')}</strong> {t('editor.noSourceHint')}
        </p>
      ) : (
        <HighlightedText className="segment-text" text={segment.source} findings={NO_FINDINGS} related={related} matches={matches} />
      )}
      {segment.notes ? (
        <ul className="segment-notes" aria-label={t('editor.notes')} lang={undefined}>
          {segment.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
});
