import { useMemo } from 'react';
import { checkPair, type Finding } from '../../../../shared/qa';
import type { SegmentFindings } from '../../../../shared/schemas';
import type { QaContextValue } from './useQaContext';

/**
 * Findings of the working text, recomputed in the browser with the same shared/qa code the
 * server runs. Until the document's glossary has arrived, the server's last findings stand in.
 */
export function useLiveFindings(
  source: string,
  text: string,
  sourceLang: string,
  targetLang: string,
  qa: QaContextValue | undefined,
  server: SegmentFindings | undefined,
): readonly Finding[] {
  return useMemo(() => {
    if (!qa) return server ? (server.current ?? server.mt) : [];
    return checkPair({ source, target: text }, { sourceLang, targetLang, glossary: qa.glossary, document: qa.context });
  }, [source, text, sourceLang, targetLang, qa, server]);
}
