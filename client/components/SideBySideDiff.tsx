import type { SyntheticEvent } from 'react';
import type { DiffPart } from '../../shared/text/diff';
import { selectionWithin } from '../lib/selection';
import { splitEdges, useWhitespaceName } from './DiffView';
import { TextWithCodes } from './Placeholders';

interface SideBySideDiffProps {
  parts: readonly DiffPart[];
  fromLabel: string;
  toLabel: string;
  lang: string;
  /** A selection made in one side's text, as offsets into that side's text. */
  onSelect?: (side: 'from' | 'to', span: { start: number; end: number }) => void;
}

/** One side of a word diff: that side's whole text, with its own changes marked. */
function Side({
  parts,
  side,
  lang,
  onSelect,
}: {
  parts: readonly DiffPart[];
  side: 'from' | 'to';
  lang: string;
  onSelect: SideBySideDiffProps['onSelect'];
}) {
  const whitespaceName = useWhitespaceName();
  const remember = (event: SyntheticEvent<HTMLParagraphElement>) => {
    const span = onSelect ? selectionWithin(event.currentTarget) : null;
    if (span) onSelect?.(side, span);
  };
  return (
    <p className="side-text" lang={lang} data-side={side} onMouseUp={remember} onKeyUp={remember}>
      {splitEdges(parts).map((part, index) => {
        const text = <TextWithCodes text={part.text} />;
        if (part.op === 'equal') return <span key={index}>{text}</span>;
        // whitespace alone keeps its characters here (selections count them) and is marked by its
        // look and named in its title
        const name = whitespaceName(part);
        const className = name === null ? undefined : 'diff-space diff-space-kept';
        if (side === 'from' && part.op === 'delete')
          return (
            <del key={index} className={`diff-del ${className ?? ''}`.trim()} title={name ?? undefined} aria-label={name ?? undefined}>
              {text}
            </del>
          );
        if (side === 'to' && part.op === 'insert')
          return (
            <ins key={index} className={`diff-ins ${className ?? ''}`.trim()} title={name ?? undefined} aria-label={name ?? undefined}>
              {text}
            </ins>
          );
        return null;
      })}
    </p>
  );
}

/** Two versions next to each other: what the first lost struck through, what the second gained marked. */
export function SideBySideDiff({ parts, fromLabel, toLabel, lang, onSelect }: SideBySideDiffProps) {
  return (
    <div className="side-by-side">
      <div>
        <h4>{fromLabel}</h4>
        <Side parts={parts} side="from" lang={lang} onSelect={onSelect} />
      </div>
      <div>
        <h4>{toLabel}</h4>
        <Side parts={parts} side="to" lang={lang} onSelect={onSelect} />
      </div>
    </div>
  );
}
