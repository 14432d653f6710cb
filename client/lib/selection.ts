/**
 * Where the reader's selection lies within an element's text, as offsets into that text (UTF-16
 * code units, like the API's spans). Works on text broken into marks and spans, because it
 * measures the text before the selection rather than trusting DOM node offsets.
 */
/** Where the caret (a click) is inside `container`'s text, as an offset into it; null when it is elsewhere. */
export function caretWithin(container: HTMLElement): number | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

export function selectionWithin(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}
