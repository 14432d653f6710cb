import { memo, type FocusEvent, type MouseEvent } from 'react';
import type { Finding, Severity } from '../../../../shared/qa';
import { TextWithCodes } from '../../../components/Placeholders';

const RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

/** What brought a finding into view: the pointer over its mark, or the focus on it. */
export type Trigger = 'pointer' | 'focus';

interface Piece {
  start: number;
  end: number;
  findings: number[];
}

/** Cuts the text at every finding boundary: each piece knows which findings cover it. */
function pieces(text: string, findings: readonly Finding[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const finding of findings) {
    if (finding.end > finding.start) {
      cuts.add(Math.min(finding.start, text.length));
      cuts.add(Math.min(finding.end, text.length));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = findings.flatMap((finding, index) =>
      finding.start <= start && end <= finding.end && finding.end > finding.start ? [index] : [],
    );
    out.push({ start, end, findings: covering });
  }
  return out;
}

interface HighlightedTextProps {
  text: string;
  findings: readonly Finding[];
  /** A span to mark as related to the finding in focus (the source term), not a finding itself. */
  related?: { start: number; end: number } | null;
  /** Where the editor's search matches (marked apart from findings). */
  matches?: ReadonlyArray<{ start: number; end: number }> | undefined;
  /** Backdrop mode (behind a textarea): no interaction, text invisible, only the marks show. */
  isBackdrop?: boolean;
  /** A finding's mark was pointed at or focused. */
  onActivate?: (index: number, element: HTMLElement, via: Trigger) => void;
  /** The pointer or the focus left a finding's mark. */
  onDeactivate?: (via: Trigger) => void;
  /** Escape on a finding's mark: whatever it opened closes. */
  onDismiss?: () => void;
  describe?: (finding: Finding) => string;
  className?: string;
  lang?: string;
}

/**
 * Text with its findings underlined by severity (solid, wavy, dotted: never colour alone). Each
 * underlined piece is focusable and names its finding for assistive technology.
 */
export const HighlightedText = memo(function HighlightedText({
  text,
  findings,
  related,
  matches,
  isBackdrop = false,
  onActivate,
  onDeactivate,
  onDismiss,
  describe,
  className,
  lang,
}: HighlightedTextProps) {
  const all = related ? [...findings, { start: related.start, end: related.end } as Finding] : findings;
  const relatedIndex = related ? findings.length : -1;
  // search matches come last: a piece they cover is wrapped in a mark of its own
  const matchBase = all.length;
  const cut = matches && matches.length > 0 ? [...all, ...matches.map(({ start, end }) => ({ start, end }) as Finding)] : all;
  return (
    <p className={className} lang={lang} aria-hidden={isBackdrop || undefined}>
      {pieces(text, cut).map((covered) => {
        const isMatch = covered.findings.some((index) => index >= matchBase);
        const piece = isMatch ? { ...covered, findings: covered.findings.filter((index) => index < matchBase) } : covered;
        const element = renderPiece(piece);
        return isMatch ? (
          <span key={`m${piece.start}`} className="search-match">
            {element}
          </span>
        ) : (
          element
        );
      })}
      {/* a final newline keeps a backdrop as tall as a textarea ending with an empty line */}
      {isBackdrop && text.endsWith('\n') ? ' ' : null}
    </p>
  );

  function renderPiece(piece: Piece) {
    const raw = text.slice(piece.start, piece.end);
    const content = <TextWithCodes text={raw} isBackdrop={isBackdrop} />;
    if (piece.findings.length === 0) return <span key={piece.start}>{content}</span>;
    if (piece.findings.length === 1 && piece.findings[0] === relatedIndex) {
      return (
        <mark key={piece.start} className="related">
          {content}
        </mark>
      );
    }
    const own = piece.findings.filter((index) => index !== relatedIndex);
    const worst = own.reduce((best, index) => {
      const finding = findings[index] as Finding;
      return RANK[finding.severity] > RANK[(findings[best] as Finding).severity] ? index : best;
    }, own[0] as number);
    const severity = (findings[worst] as Finding).severity;
    const classes = `finding finding-${severity}${piece.findings.includes(relatedIndex) ? ' related' : ''}`;
    if (isBackdrop) {
      return (
        <mark key={piece.start} className={classes}>
          {content}
        </mark>
      );
    }
    // the most specific (shortest) finding of the piece is the one to explain
    const shortest = own.reduce((best, index) => {
      const a = findings[index] as Finding;
      const b = findings[best] as Finding;
      return a.end - a.start < b.end - b.start ? index : best;
    }, own[0] as number);
    const activate = (via: Trigger) => (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) =>
      onActivate?.(shortest, event.currentTarget, via);
    return (
      <mark
        key={piece.start}
        className={classes}
        // focusable (a click, a screen reader's cursor) but not a Tab stop: Tab goes from one
        // paragraph's working text to the next, and F8 jumps between findings
        tabIndex={-1}
        data-rule={(findings[shortest] as Finding).rule}
        aria-label={describe ? `${raw}: ${describe(findings[shortest] as Finding)}` : undefined}
        onMouseEnter={activate('pointer')}
        onFocus={activate('focus')}
        onMouseLeave={() => onDeactivate?.('pointer')}
        onBlur={() => onDeactivate?.('focus')}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && onDismiss) {
            event.stopPropagation();
            onDismiss();
          }
        }}
      >
        {content}
      </mark>
    );
  }
});
