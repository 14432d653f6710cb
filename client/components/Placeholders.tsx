import { createContext, useContext, type ReactNode } from 'react';
import { PLACEHOLDER_FIRST, splitPlaceholders, type InlineCode } from '../../shared/text/placeholders';

/** The inline codes of the segment being shown (by placeholder character), for chip labels. */
export const CodesContext = createContext<ReadonlyMap<string, InlineCode> | null>(null);

export function codesByChar(codes: readonly InlineCode[] | undefined): ReadonlyMap<string, InlineCode> | null {
  return codes && codes.length > 0 ? new Map(codes.map((code) => [code.char, code])) : null;
}

/**
 * Text with the inline markup of an imported file shown as chips. The chip keeps the placeholder
 * character as its only text (its label is drawn by CSS), so offsets measured in the DOM (a
 * selection, a finding) stay those of the text. In a backdrop behind a textarea the character is
 * only tinted, so that the backdrop keeps the textarea's exact layout.
 */
export function TextWithCodes({ text, isBackdrop = false }: { text: string; isBackdrop?: boolean }): ReactNode {
  const codes = useContext(CodesContext);
  if (!/[\uE000-\uF8FF]/.test(text)) return text;
  return splitPlaceholders(text).map((part, index) => {
    if (!part.isPlaceholder) return part.text;
    if (isBackdrop) {
      return (
        <span key={index} className="ph-tint">
          {part.text}
        </span>
      );
    }
    const code = codes?.get(part.text);
    const label = code?.label ?? String(part.text.charCodeAt(0) - PLACEHOLDER_FIRST + 1);
    const kind = code?.kind ?? 'standalone';
    return (
      <span key={index} className={`ph-chip ph-${kind}`} data-label={label} title={code ? (code.target ?? code.source ?? '') : undefined}>
        {part.text}
      </span>
    );
  });
}
