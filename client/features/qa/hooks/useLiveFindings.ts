import { useMemo } from 'react';
import { checkPair, markDismissed, type DocumentContext, type Finding } from '../../../../shared/qa';
import type { SegmentCheck } from '../../../../shared/schemas';
import type { QaContextValue } from './useQaContext';

const NONE: readonly Finding[] = [];

/** The document's facts about names, with those about this segment's repeated sentences (they come with its check). */
function contextOf(qa: QaContextValue, check: SegmentCheck | null | undefined): DocumentContext {
  if (!check?.context) return qa.context;
  return { ...qa.context, renderings: { ...qa.context.renderings, ...check.context.renderings } };
}

/**
 * Findings made for one text carried over to the text as edited since: each where its words now
 * stand (the occurrence nearest its old place, or its old place moved by what the text gained or
 * lost), none whose words are gone; one that names no words keeps its place.
 */
export function followEdit(findings: readonly Finding[], before: string, after: string): readonly Finding[] {
  const gained = after.length - before.length;
  const followed: Finding[] = [];
  for (const finding of findings) {
    if (finding.end <= finding.start) {
      followed.push(finding);
      continue;
    }
    const words = before.slice(finding.start, finding.end);
    let best = -1;
    let nearest = Infinity;
    for (let at = after.indexOf(words); at >= 0; at = after.indexOf(words, at + 1)) {
      const distance = Math.min(Math.abs(at - finding.start), Math.abs(at - finding.start - gained));
      if (distance < nearest) [best, nearest] = [at, distance];
    }
    if (best === finding.start) followed.push(finding);
    else if (best >= 0) followed.push({ ...finding, start: best, end: best + words.length });
  }
  return followed;
}

/**
 * Findings of a segment's texts: the server's, stored with the segment, while the text is the one
 * they were made for; recomputed in the browser with the same shared/qa code as the translator
 * types (or where the server has not checked the segment yet), once the document's glossary and
 * facts have arrived. Findings the team dismissed ("not an error") come marked, as the server marks
 * them, with the dismissals in force now.
 */
export function useLiveFindings(
  segmentId: number,
  source: string,
  text: string,
  storedText: string,
  check: SegmentCheck | null | undefined,
  sourceLang: string,
  targetLang: string,
  qa: QaContextValue | undefined,
): readonly Finding[] {
  const stored = check ? (check.current ?? check.mt) : undefined;
  return useMemo(() => {
    if (stored && text === storedText) return qa ? markDismissed(stored, segmentId, qa.dismissals, true) : stored;
    // (typed into before the glossary and facts have arrived: the stored findings follow their
    // words, rather than the list emptying and coming back, which closed what was open in it)
    if (!qa) return stored ? followEdit(stored, storedText, text) : NONE;
    return markDismissed(
      checkPair({ source, target: text }, { sourceLang, targetLang, glossary: qa.glossary, document: contextOf(qa, check) }),
      segmentId,
      qa.dismissals,
    );
  }, [segmentId, source, text, storedText, stored, check, sourceLang, targetLang, qa]);
}

/** Findings of the machine translation: the server's, or (not yet checked there) the browser's. */
export function useMtFindings(
  segmentId: number,
  source: string,
  mt: string,
  check: SegmentCheck | null | undefined,
  sourceLang: string,
  targetLang: string,
  qa: QaContextValue | undefined,
): readonly Finding[] {
  return useMemo(() => {
    if (check) return qa ? markDismissed(check.mt, segmentId, qa.dismissals, true) : check.mt;
    if (!qa) return NONE;
    return markDismissed(
      checkPair({ source, target: mt }, { sourceLang, targetLang, glossary: qa.glossary, document: contextOf(qa, check) }),
      segmentId,
      qa.dismissals,
    );
  }, [segmentId, source, mt, check, sourceLang, targetLang, qa]);
}
