import { memo, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/qa';
import type { Segment } from '../../../../shared/schemas';
import { useFormatters } from '../../../lib/format';
import { caretWithin, selectionWithin } from '../../../lib/selection';
import { HighlightedText, type Trigger } from '../../qa';

type Span = { start: number; end: number };

interface MtCellProps {
  segment: Segment;
  targetLang: string;
  /** The machine translation's standing findings, underlined. */
  findings: readonly Finding[];
  matches: readonly Span[] | undefined;
  describe: (finding: Finding) => string;
  /** A finding's mark was pointed at or focused. */
  onHoldFinding: (finding: Finding, element: HTMLElement, via: Trigger) => void;
  /** The pointer or the focus left a finding's mark. */
  onReleaseFinding: (via: Trigger) => void;
  /** Escape on a finding's mark. */
  onCloseFinding: () => void;
  onChipClick: ((event: MouseEvent<HTMLElement>) => void) | undefined;
  /** The offset of the word clicked, or null for a click beside the text. */
  onPointer: (offset: number | null) => void;
  /** The reader selected some of the machine translation (an error may be recorded on it). */
  onSelectSpan: (span: Span) => void;
}

/**
 * The machine translation column, its findings underlined and explained on focus. Memoised: typing
 * in the paragraph's working text does not re-render it.
 */
export const MtCell = memo(function MtCell({
  segment,
  targetLang,
  findings,
  matches,
  describe,
  onHoldFinding,
  onReleaseFinding,
  onCloseFinding,
  onChipClick,
  onPointer,
  onSelectSpan,
}: MtCellProps) {
  const { t, i18n } = useTranslation();
  const { language } = useFormatters();
  const uiLang = i18n.resolvedLanguage;
  const ref = useRef<HTMLDivElement | null>(null);
  const textElement = () => {
    const container = ref.current?.querySelector('.segment-text');
    return container instanceof HTMLElement ? container : null;
  };
  const rememberSelection = () => {
    const container = textElement();
    const span = container ? selectionWithin(container) : null;
    if (span) onSelectSpan(span);
  };
  return (
    <div
      className="segment-mt"
      lang={targetLang}
      ref={ref}
      onMouseUp={rememberSelection}
      onKeyUp={rememberSelection}
      onClick={(event) => {
        onChipClick?.(event);
        const container = textElement();
        onPointer(container ? caretWithin(container) : null);
      }}
    >
      <span className="column-label" aria-hidden="true" lang={uiLang}>
        {t('editor.mtColumn', { language: language(targetLang) })}
      </span>
      {segment.mt === '' ? (
        <p className="no-source" lang={uiLang}>
          {t('editor.noMt')}
        </p>
      ) : (
        <HighlightedText
          className="segment-text"
          text={segment.mt}
          findings={findings}
          matches={matches}
          describe={describe}
          onActivate={(index, element, via) => {
            const finding = findings[index];
            if (finding) onHoldFinding(finding, element, via);
          }}
          onDeactivate={onReleaseFinding}
          onDismiss={onCloseFinding}
        />
      )}
    </div>
  );
});
