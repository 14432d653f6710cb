/**
 * Paragraph splitting shared by document import and the QA command line: paragraphs are blocks
 * separated by one or more blank lines, trimmed. Line ends are normalised first so that files from
 * Windows and old Macs split the same way.
 */
const BLANK_LINES_RE = /\n[ \t\f\v\u00a0]*\n\s*/;

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function splitParagraphs(text: string): string[] {
  const normalized = normalizeNewlines(text.replace(/^\uFEFF/, ''));
  return normalized
    .split(BLANK_LINES_RE)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
