/**
 * Learning from approvals: an approved text that replaced words of the machine translation
 * proposes terms (shared/qa/learn.ts), recorded in the approval's transaction so the proposal and
 * its evidence exist exactly when the approval does. Editors decide them on the glossary page
 * (GlossaryService.accept, .decline).
 */
import { learnFromCorrection } from '../../shared/qa/learn';
import type { Repositories } from '../store/types';
import { pairLanguages, termKey } from './glossary';

export async function learnFromApproval(
  tx: Repositories,
  approval: {
    documentId: number;
    segmentId: number;
    revisionId: number;
    source: string;
    mt: string;
    approved: string;
    approvedBy: number;
    at: string;
  },
): Promise<number> {
  if (approval.mt === approval.approved || approval.mt.trim() === '') return 0;
  const document = await tx.documents.get(approval.documentId);
  if (!document) return 0;
  const correction = {
    source: approval.source,
    mt: approval.mt,
    approved: approval.approved,
    sourceLang: document.source_lang,
    targetLang: document.target_lang,
  };
  // most corrections teach nothing: the glossary is read only for those that do
  if (learnFromCorrection(correction).length === 0) return 0;
  const { sources, targets } = pairLanguages(document.source_lang, document.target_lang);
  const terms = await tx.glossary.termsFor(sources, targets);
  const learned = learnFromCorrection({ ...correction, terms });
  const pair = { sourceLang: document.source_lang, targetLang: document.target_lang };
  for (const term of learned) {
    await tx.proposals.record(
      pair,
      {
        source: term.source,
        sourceKey: termKey(term.source),
        target: term.target,
        targetKey: termKey(term.target),
        forbidden: term.forbidden,
      },
      {
        documentId: approval.documentId,
        segmentId: approval.segmentId,
        revisionId: approval.revisionId,
        source: approval.source,
        mt: approval.mt,
        approved: approval.approved,
        approvedBy: approval.approvedBy,
        approvedAt: approval.at,
      },
    );
  }
  return learned.length;
}
