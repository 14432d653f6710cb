import { memo } from 'react';
import type { DiffPart } from '../../shared/text/diff';
import { TextWithCodes } from './Placeholders';

interface DiffViewProps {
  parts: readonly DiffPart[];
  /** Label read by assistive technology, e.g. "Changes against the machine translation". */
  label: string;
  className?: string;
}

/** An inline word diff: deleted words struck through, inserted words underlined. */
export const DiffView = memo(function DiffView({ parts, label, className }: DiffViewProps) {
  return (
    <div className={className ? `diff ${className}` : 'diff'} aria-label={label} role="group" data-testid="diff">
      {parts.map((part, index) => {
        const key = `${index}:${part.aStart}:${part.bStart}`;
        const text = <TextWithCodes text={part.text} />;
        if (part.op === 'insert') return <ins key={key} className="diff-ins">{text}</ins>;
        if (part.op === 'delete') return <del key={key} className="diff-del">{text}</del>;
        return <span key={key}>{text}</span>;
      })}
    </div>
  );
});
