import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { compileGlossary, type CompiledGlossary, type DocumentContext } from '../../../../shared/qa';
import type { SegmentFindings } from '../../../../shared/schemas';
import { findingsQuery } from '../api/queries';

export interface QaContextValue {
  glossary: CompiledGlossary;
  context: DocumentContext;
  bySegment: ReadonlyMap<number, SegmentFindings>;
}

/**
 * The document's findings from the server, plus what the browser needs to recompute them while
 * the translator types: the compiled glossary (compiled once per glossary) and the document-wide
 * facts.
 */
export function useQaContext(
  documentId: number,
  sourceLang: string | undefined,
  targetLang: string | undefined,
  isEnabled = true,
) {
  // asked for once the segments are in: the text comes first, its findings a moment later
  const query = useQuery({ ...findingsQuery(documentId), enabled: isEnabled });
  const data = query.data;
  const value = useMemo<QaContextValue | undefined>(() => {
    if (!data || !sourceLang || !targetLang) return undefined;
    return {
      glossary: compileGlossary(data.glossary, sourceLang, targetLang),
      context: data.context,
      bySegment: new Map(data.segments.map((segment) => [segment.segmentId, segment])),
    };
  }, [data, sourceLang, targetLang]);
  return { query, value };
}
