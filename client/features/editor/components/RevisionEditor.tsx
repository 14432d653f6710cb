import { useRef, type KeyboardEvent } from 'react';
import type { Finding } from '../../../../shared/qa';
import { HighlightedText } from '../../qa';

interface RevisionEditorProps {
  id: string;
  text: string;
  lang: string;
  findings: readonly Finding[];
  /** Where the editor's search matches in the text. */
  matches?: ReadonlyArray<{ start: number; end: number }> | undefined;
  isReadOnly: boolean;
  describedBy: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  /** The caret moved (typing, clicking, arrow keys): its offset in the text. */
  onCaret: (offset: number) => void;
  registerEditor: (element: HTMLTextAreaElement | null) => void;
}

/**
 * The working revision, plain text, with its findings underlined: a backdrop with the same text
 * and metrics sits behind a transparent textarea, so the underlines follow the words as they wrap.
 */
export function RevisionEditor({
  id,
  text,
  lang,
  findings,
  matches,
  isReadOnly,
  describedBy,
  onChange,
  onKeyDown,
  onCaret,
  registerEditor,
}: RevisionEditorProps) {
  // where the caret was last said to be: a select event (it follows every keystroke) that finds it
  // there again says nothing, and nothing renders again
  const caret = useRef<number | null>(null);
  const reportCaret = (at: number) => {
    if (caret.current === at) return;
    caret.current = at;
    onCaret(at);
  };
  return (
    <div className="revision-editor">
      <HighlightedText text={text} findings={findings} matches={matches} isBackdrop className="revision-backdrop" />
      <textarea
        id={id}
        ref={registerEditor}
        className="segment-editor"
        lang={lang}
        value={text}
        readOnly={isReadOnly}
        spellCheck={!isReadOnly}
        onChange={(event) => {
          onChange(event.target.value);
          // the caret moved with the typing: said now, in the same render as the text
          reportCaret(event.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onSelect={(event) => reportCaret(event.currentTarget.selectionStart)}
        aria-describedby={describedBy}
      />
    </div>
  );
}
