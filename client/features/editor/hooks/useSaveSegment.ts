/**
 * Saving a paragraph, and the save protocol around it: a 409 either saves again on the new version
 * (only the state moved on) or hands over to the merge notice; an acknowledged save clears the
 * draft unless the person typed on meanwhile. The decisions are pure functions (saveProtocol.ts).
 */
import { useState } from 'react';
import { VersionConflictBody, type Segment } from '../../../../shared/schemas';
import { isApiError } from '../../../lib/apiClient';
import { useSaveRevisionMutation, useStoreSegment } from '../../../data/segments';
import { afterConflict, afterSave } from '../saveProtocol';
import { draftStore } from '../../../data/drafts';
import type { SegmentDraft } from './useSegmentDraft';

export type Conflict = VersionConflictBody['current'];

export function useSaveSegment(segment: Segment, working: SegmentDraft) {
  const mutation = useSaveRevisionMutation();
  const storeSegment = useStoreSegment();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const conflictText = conflict ? (conflict.revision?.text ?? conflict.segment.mt) : null;

  /** Sends `text` based on `baseVersion`; resolves to the segment's new state, or undefined when it failed. */
  const send = async (text: string, baseVersion: number, retried = false): Promise<Segment | undefined> => {
    try {
      const result = await mutation.mutateAsync({ segmentId: segment.id, text, baseVersion });
      setConflict(null);
      const latest = draftStore.get(segment.id);
      if (latest && afterSave({ latestText: latest.text, sentText: text }) === 'keep-newer') {
        // typed on while the save was in flight: keep the newer text, now based on the new version
        draftStore.set({ ...latest, baseVersion: result.segment.version, baseText: text });
      } else {
        draftStore.remove(segment.id);
      }
      return result.segment;
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        const body = VersionConflictBody.safeParse(error.body);
        if (body.success) {
          const current = body.data.current;
          storeSegment(current.segment);
          const theirs = current.revision?.text ?? current.segment.mt;
          const base = draftStore.get(segment.id)?.baseText;
          if (afterConflict({ base, theirs, retried }) === 'retry') return send(text, current.version, true);
          setConflict(current);
        }
      }
      return undefined;
    }
  };

  return {
    mutation,
    conflict,
    /** The text the other person saved, when a save was refused. */
    conflictText,
    /** Saves the working text as it stands. */
    save: () => send(working.text, working.baseVersion),
    /** The merge notice's choices: save the merged text, keep editing it, or take theirs. */
    merge: {
      save(merged: string) {
        if (!conflict) return;
        if (merged === conflictText) {
          working.discard();
          setConflict(null);
          return;
        }
        working.rebase(merged, conflict.version, conflictText ?? '');
        void send(merged, conflict.version, true);
      },
      edit(merged: string) {
        if (!conflict) return;
        working.rebase(merged, conflict.version, conflictText ?? '');
        setConflict(null);
      },
      useTheirs() {
        working.discard();
        setConflict(null);
      },
    },
  };
}
