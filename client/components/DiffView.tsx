import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffPart } from '../../shared/text/diff';
import { TextWithCodes } from './Placeholders';

interface DiffViewProps {
  parts: readonly DiffPart[];
  /** Label read by assistive technology, e.g. "Changes against the machine translation". */
  label: string;
  className?: string;
}

const WHITESPACE_ONLY = /^\s+$/u;

/**
 * Whitespace made visible: a space as ␣, a tab as →, a line break as ↵ (an added one still breaks
 * the line). A struck-through space looks like a hyphen ("$ 6" → "$6" read as "$-6").
 */
function whitespaceMarks(text: string, keepBreaks: boolean): string {
  return text.replace(/\r?\n|\t|\s/gu, (space) =>
    space === '\t' ? '→' : space === '\n' || space === '\r\n' ? (keepBreaks ? '↵\n' : '↵') : '␣',
  );
}

/**
 * A change split so that whitespace at its edges stands apart from its words (" 6 " removed is a
 * space, "6" and a space): only whitespace alone is marked as such, and a struck-through edge
 * never reads as a hyphen.
 */
export function splitEdges(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const edges = part.op === 'equal' ? null : /^(\s*)([\s\S]*?)(\s*)$/u.exec(part.text);
    if (!edges || (edges[1] === '' && edges[3] === '') || edges[2] === '') {
      out.push(part);
      continue;
    }
    const [, lead = '', core = '', trail = ''] = edges;
    // each piece keeps its own offsets on the side it belongs to
    const piece = (text: string, from: number): DiffPart =>
      part.op === 'delete'
        ? { ...part, text, aStart: part.aStart + from, aEnd: part.aStart + from + text.length }
        : { ...part, text, bStart: part.bStart + from, bEnd: part.bStart + from + text.length };
    if (lead) out.push(piece(lead, 0));
    out.push(piece(core, lead.length));
    if (trail) out.push(piece(trail, lead.length + core.length));
  }
  return out;
}

/** The name of a change that is whitespace alone ("space removed"), or null for any other part. */
export function useWhitespaceName(): (part: DiffPart) => string | null {
  const { t } = useTranslation();
  return (part) => {
    if (part.op === 'equal' || !WHITESPACE_ONLY.test(part.text)) return null;
    const isBreak = part.text.includes('\n');
    return part.op === 'insert'
      ? t(isBreak ? 'diff.lineBreakAdded' : 'diff.spaceAdded')
      : t(isBreak ? 'diff.lineBreakRemoved' : 'diff.spaceRemoved');
  };
}

/** An inline word diff: deleted words struck through, inserted words underlined; whitespace alone marked and named. */
export const DiffView = memo(function DiffView({ parts, label, className }: DiffViewProps) {
  const whitespaceName = useWhitespaceName();
  return (
    <div className={className ? `diff ${className}` : 'diff'} aria-label={label} role="group" data-testid="diff">
      {splitEdges(parts).map((part, index) => {
        const key = `${index}:${part.aStart}:${part.bStart}`;
        const name = whitespaceName(part);
        if (name !== null) {
          const marks = (
            <>
              <span aria-hidden="true">{whitespaceMarks(part.text, part.op === 'insert')}</span>
              <span className="visually-hidden">{name}</span>
            </>
          );
          return part.op === 'insert' ? (
            <ins key={key} className="diff-ins diff-space" title={name}>
              {marks}
            </ins>
          ) : (
            <del key={key} className="diff-del diff-space" title={name}>
              {marks}
            </del>
          );
        }
        const text = <TextWithCodes text={part.text} />;
        if (part.op === 'insert')
          return (
            <ins key={key} className="diff-ins">
              {text}
            </ins>
          );
        if (part.op === 'delete')
          return (
            <del key={key} className="diff-del">
              {text}
            </del>
          );
        return <span key={key}>{text}</span>;
      })}
    </div>
  );
});
