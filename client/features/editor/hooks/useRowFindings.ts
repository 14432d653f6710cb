/**
 * A paragraph's findings as its row shows them: those of the working text (checked live as it is
 * typed, else as stored) and of the machine translation, the standing ones apart from those
 * dismissed as not an error, and dismissing and restoring them within what the person's roles
 * allow.
 */
import { useMemo } from 'react';
import { can, type Role } from '../../../../shared/permissions';
import { standing, type DismissalScope } from '../../../../shared/qa';
import type { Segment } from '../../../../shared/schemas';
import { useDismissMutation, useLiveFindings, useMtFindings, useRestoreMutation, type QaContextValue } from '../../qa';

interface RowTexts {
  /** The working text as checked now (deferred for very long texts), and as the server has it. */
  text: string;
  serverText: string;
  sourceLang: string;
  targetLang: string;
}

export function useRowFindings(
  segment: Segment,
  { text, serverText, sourceLang, targetLang }: RowTexts,
  qa: QaContextValue | undefined,
  roles: readonly Role[],
) {
  const marked = useLiveFindings(segment.id, segment.source, text, serverText, segment.check, sourceLang, targetLang, qa);
  const markedMt = useMtFindings(segment.id, segment.source, segment.mt, segment.check, sourceLang, targetLang, qa);
  // findings dismissed as not an error are listed apart, never underlined
  const findings = useMemo(() => standing(marked), [marked]);
  const dismissed = useMemo(() => marked.filter((finding) => finding.dismissed), [marked]);
  const mtFindings = useMemo(() => standing(markedMt), [markedMt]);
  const dismiss = useDismissMutation(segment.documentId);
  const restore = useRestoreMutation(segment.documentId);
  const dismissScopes = useMemo<DismissalScope[]>(
    () => [
      ...(can(roles, 'finding.dismiss') ? (['segment'] as const) : []),
      ...(can(roles, 'checks.configure') ? (['term', 'rule'] as const) : []),
    ],
    [roles],
  );
  return { findings, dismissed, mtFindings, dismiss, restore, dismissScopes };
}
