import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { compileGlossary, DismissalIndex, type CompiledGlossary, type DocumentContext } from '../../../../shared/qa';
import { findingsQuery } from '../api/queries';

export interface QaContextValue {
  glossary: CompiledGlossary;
  context: DocumentContext;
  /** The dismissals in force ("not an error"), marked on findings as the server marks them. */
  dismissals: DismissalIndex;
}

/**
 * The document's findings in numbers from the server, plus what the browser needs to recompute
 * findings while the translator types: the compiled glossary (compiled once per glossary) and the
 * document-wide facts.
 */
export function useQaContext(documentId: number, sourceLang: string | undefined, targetLang: string | undefined) {
  const query = useQuery(findingsQuery(documentId));
  const glossary = query.data?.glossary;
  const context = query.data?.context;
  const dismissals = query.data?.dismissals;
  // kept across summary updates: only a new glossary or new facts make a new value (every row's
  // live check depends on it)
  const value = useMemo<QaContextValue | undefined>(() => {
    if (!glossary || !context || !sourceLang || !targetLang) return undefined;
    return { glossary: compileGlossary(glossary, sourceLang, targetLang), context, dismissals: new DismissalIndex(dismissals ?? []) };
  }, [glossary, context, dismissals, sourceLang, targetLang]);
  return { query, value };
}
