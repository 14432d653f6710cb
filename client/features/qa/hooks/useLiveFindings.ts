import { useMemo } from 'react';
import { checkPair, type Finding } from '../../../../shared/qa';
import type { SegmentCheck } from '../../../../shared/schemas';
import type { QaContextValue } from './useQaContext';

const NONE: readonly Finding[] = [];

/**
 * Findings of a segment's texts: the server's, stored with the segment, while the text is the one
 * they were made for; recomputed in the browser with the same shared/qa code as the translator
 * types (or where the server has not checked the segment yet), once the document's glossary and
 * facts have arrived.
 */
export function useLiveFindings(
  source: string,
  text: string,
  storedText: string,
  check: SegmentCheck | null | undefined,
  sourceLang: string,
  targetLang: string,
  qa: QaContextValue | undefined,
): readonly Finding[] {
  return useMemo(() => {
    if (check && text === storedText) return check.current ?? check.mt;
    if (!qa) return NONE;
    return checkPair({ source, target: text }, { sourceLang, targetLang, glossary: qa.glossary, document: qa.context });
  }, [source, text, storedText, check, sourceLang, targetLang, qa]);
}

/** Findings of the machine translation: the server's, or (not yet checked there) the browser's. */
export function useMtFindings(source: string, mt: string, check: SegmentCheck | null | undefined, sourceLang: string, targetLang: string, qa: QaContextValue | undefined): readonly Finding[] {
  return useMemo(() => {
    if (check) return check.mt;
    if (!qa) return NONE;
    return checkPair({ source, target: mt }, { sourceLang, targetLang, glossary: qa.glossary, document: qa.context });
  }, [source, mt, check, sourceLang, targetLang, qa]);
}
