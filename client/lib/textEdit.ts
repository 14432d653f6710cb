/**
 * Changing a textarea's text the way typing does. Setting its value from script empties the
 * browser's undo history; an edit made through the browser's own editing commands is one step
 * that Ctrl+Z undoes (and Ctrl+Shift+Z redoes), and it fires the same input event as typing.
 */
import type { TextEdit } from '../../shared/qa/apply';

/**
 * Replaces `textarea.value[start..end]` with `insert` as one undoable step, leaving the caret after
 * it; false when the browser refused the command (the caller then sets the text itself).
 */
export function editAsTyped(textarea: HTMLTextAreaElement, edit: TextEdit): boolean {
  textarea.focus();
  textarea.setSelectionRange(edit.start, edit.end);
  if (edit.insert === '') return edit.start === edit.end || document.execCommand('delete');
  return document.execCommand('insertText', false, edit.insert);
}
