/**
 * What changes a row's working text other than typing: a finding's fix, an inline code put at the
 * caret (from a shortcut or a chip of the source or the MT), a memory match, the MT put back. Each
 * is one step that Ctrl+Z undoes in the textarea (see textEdit.ts); without the textarea (read
 * only, not yet mounted) the text changes as a value.
 */
import { useRef, type MouseEvent } from 'react';
import { useStableHandler } from '../../../lib/useStableHandler';
import { suggestionEdit, type Finding, type TextEdit } from '../../../../shared/qa';
import { editAsTyped } from '../../../lib/textEdit';

interface WorkingText {
  text: string;
  change: (text: string) => void;
}

export function useWorkingEdits(working: WorkingText, options: { mayEdit: boolean; hasCodes: boolean; onFixApplied: () => void }) {
  const editorRef = useRef<HTMLTextAreaElement | null>(null);
  const { text } = working;

  /** Makes an edit in the working text as one step that Ctrl+Z undoes. */
  // each is the same function for the row's whole life (the cells it goes to skip re-rendering),
  // and acts on the text as it is when called
  // (true when the browser made it, the caret then after it; false when the text was set as a value)
  const editText = useStableHandler((edit: TextEdit): boolean => {
    const editor = editorRef.current;
    if (editor && editor.value === text && editAsTyped(editor, edit)) return true;
    working.change(text.slice(0, edit.start) + edit.insert + text.slice(edit.end));
    return false;
  });

  const applyFinding = useStableHandler((finding: Finding) => {
    const edit = suggestionEdit(text, finding);
    if (edit !== null) editText(edit);
    options.onFixApplied();
  });

  /** Puts an inline code (a placeholder) at the caret of the working text, as typing would. */
  const insertCode = useStableHandler((char: string) => {
    const editor = editorRef.current;
    if (!options.mayEdit || !editor) return;
    const start = editor.selectionStart;
    if (editText({ start, end: editor.selectionEnd, insert: char })) return;
    // the text was set as a value, which puts the caret at its end once drawn: after the code, then
    requestAnimationFrame(() => {
      editor.focus();
      editor.setSelectionRange(start + char.length, start + char.length);
    });
  });

  /** A click on a chip of the source or the MT inserts that code. */
  const chipClick = useStableHandler((event: MouseEvent<HTMLElement>) => {
    const chip = event.target instanceof Element ? event.target.closest('.ph-chip') : null;
    if (chip?.textContent) insertCode(chip.textContent);
  });
  const handleChipClick = options.hasCodes ? chipClick : undefined;

  /** Selects a finding's words in the working text. */
  const selectFinding = useStableHandler((finding: Finding) => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.focus();
    editor.setSelectionRange(finding.start, finding.end);
  });

  /** A text (a memory match's translation, the MT) as the whole working text. */
  const replaceAll = useStableHandler((replacement: string) => {
    editText({ start: 0, end: text.length, insert: replacement });
    editorRef.current?.focus();
  });

  return { editorRef, editText, applyFinding, insertCode, handleChipClick, selectFinding, replaceAll };
}
