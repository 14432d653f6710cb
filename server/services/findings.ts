/**
 * Findings of a whole document, for the editor and the API: every segment's machine translation
 * and current text checked with the glossary of the document's language pair. Checking a long
 * document takes a while, so the result is kept until the document or the glossary changes
 * (the latest save's event id and the glossary's stamp say when; comments and annotations do not
 * touch it).
 */
import { checkDocument, compileGlossary, type Finding, type QaTerm } from '../../shared/qa';
import type { DocumentFindings, SegmentFindings, SeverityCounts } from '../../shared/schemas';
import type { Services } from '.';

interface CacheEntry {
  key: string;
  value: DocumentFindings;
}

const MAX_CACHED_DOCUMENTS = 20;

function emptyCounts(): SeverityCounts {
  return { minor: 0, major: 0, critical: 0 };
}

export class FindingsService {
  private readonly cache = new Map<number, CacheEntry>();

  constructor(private readonly services: Services) {}

  /** Findings of a document, or undefined when it does not exist. */
  async forDocument(documentId: number): Promise<DocumentFindings | undefined> {
    const document = await this.services.documents.get(documentId);
    if (!document) return undefined;
    const [eventId, glossary] = await Promise.all([
      this.services.documents.lastTextEventId(documentId),
      this.services.glossary.glossaryFor(document.sourceLang, document.targetLang),
    ]);
    const key = `${eventId}|${glossary.version}`;
    const cached = this.cache.get(documentId);
    if (cached?.key === key) return cached.value;

    const segments = await this.services.documents.segments(documentId);
    const terms: QaTerm[] = glossary.terms.map(({ source, target, forbidden, doNotTranslate, caseSensitive, note }) => ({
      source,
      target,
      forbidden,
      doNotTranslate,
      caseSensitive,
      note,
    }));
    const options = {
      sourceLang: document.sourceLang,
      targetLang: document.targetLang,
      glossary: compileGlossary(terms, document.sourceLang, document.targetLang),
    };
    const current = checkDocument(
      segments.map((segment) => ({ source: segment.source, target: segment.current?.text ?? segment.mt })),
      options,
    );
    // the machine translation is checked with the same document-wide facts, for comparison
    const revised = segments.map((segment) => segment.current !== null);
    const mtPairs = segments.map((segment) => ({ source: segment.source, target: segment.mt }));
    const mt = revised.some(Boolean) ? checkDocument(mtPairs, { ...options, document: current.context }).findings : current.findings;

    const byRule: Record<string, SeverityCounts> = {};
    const bySeverity = emptyCounts();
    const withFindings: SegmentFindings[] = [];
    segments.forEach((segment, index) => {
      const currentFindings: Finding[] = current.findings[index] ?? [];
      const mtFindings: Finding[] = mt[index] ?? [];
      for (const finding of currentFindings) {
        byRule[finding.rule] ??= emptyCounts();
        (byRule[finding.rule] as SeverityCounts)[finding.severity] += 1;
        bySeverity[finding.severity] += 1;
      }
      if (currentFindings.length > 0 || mtFindings.length > 0) {
        withFindings.push({
          segmentId: segment.id,
          position: segment.position,
          mt: mtFindings,
          current: revised[index] ? currentFindings : null,
        });
      }
    });
    const value: DocumentFindings = {
      documentId,
      segments: withFindings,
      summary: {
        byRule,
        bySeverity,
        segmentsWithFindings: withFindings.filter((s) => (s.current ?? s.mt).length > 0).length,
      },
      glossary: terms,
      context: current.context,
    };
    if (this.cache.size >= MAX_CACHED_DOCUMENTS) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(documentId, { key, value });
    return value;
  }

  /** Ids of the segments whose current text has findings (of one rule, if given). */
  async segmentsWithFindings(documentId: number, rule?: string): Promise<Set<number>> {
    const findings = await this.forDocument(documentId);
    const ids = new Set<number>();
    for (const segment of findings?.segments ?? []) {
      const list = segment.current ?? segment.mt;
      if (list.some((finding) => rule === undefined || finding.rule === rule)) ids.add(segment.segmentId);
    }
    return ids;
  }
}
