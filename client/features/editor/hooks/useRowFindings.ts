/**
 * A paragraph's findings as its row shows them: those of the working text (checked live as it is
 * typed, else as stored) and of the machine translation, the standing ones apart from those
 * dismissed as not an error, and dismissing and restoring them within what the person's roles
 * allow.
 */
import { useMemo, useState } from 'react';
import { can, type Role } from '../../../../shared/permissions';
import { standing, type DismissalScope, type Finding } from '../../../../shared/qa';
import type { Segment } from '../../../../shared/schemas';
import { useDismissMutation, useLiveFindings, useMtFindings, useRestoreMutation, type QaContextValue } from '../../qa';

interface RowTexts {
  /** The working text as checked now (deferred for very long texts), and as the server has it. */
  text: string;
  serverText: string;
  sourceLang: string;
  targetLang: string;
}

const same = (a: readonly Finding[], b: readonly Finding[]) =>
  a.length === b.length && a.every((finding, index) => JSON.stringify(finding) === JSON.stringify(b[index]));

/**
 * The findings as last shown while a recheck finds the same ones again (most keystrokes do): the
 * same array, so that what shows them (the list, the count) is not rendered again for nothing.
 */
function useSteady(findings: readonly Finding[]): readonly Finding[] {
  const [steady, setSteady] = useState(findings);
  if (steady === findings || same(steady, findings)) return steady;
  setSteady(findings);
  return findings;
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
  const findings = useSteady(useMemo(() => standing(marked), [marked]));
  const dismissed = useSteady(useMemo(() => marked.filter((finding) => finding.dismissed), [marked]));
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
