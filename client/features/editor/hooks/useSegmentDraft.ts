/**
 * The working text of one paragraph: the person's unsaved draft (kept in the browser, see
 * draftStore.ts) or else what the server holds, and the ways it changes.
 */
import { useEffect } from 'react';
import type { Segment } from '../../../../shared/schemas';
import { draftStore, useLocalDraft, type LocalDraft } from '../../../data/drafts';

export interface SegmentDraft {
  /** The kept draft, if any (also one equal to the server's text, until it is dropped). */
  draft: LocalDraft | undefined;
  /** What the server holds: the current revision's text, else the machine translation. */
  serverText: string;
  /** What the working column shows. */
  text: string;
  /** The text differs from the server's: there is something to save. */
  isDirty: boolean;
  /** The version a save of this text is based on. */
  baseVersion: number;
  /** The person typed (or a fix was applied): a draft, or none when it is the server's text again. */
  change(value: string): void;
  /** Replaces the draft with `value`, now based on `version` whose text is `baseText` (after a merge). */
  rebase(value: string, version: number, baseText: string): void;
  discard(): void;
}

export function useSegmentDraft(segment: Segment): SegmentDraft {
  const draft = useLocalDraft(segment.id);
  const serverText = segment.current?.text ?? segment.mt;
  const text = draft?.text ?? serverText;
  const isDirty = draft !== undefined && draft.text !== serverText;
  useEffect(() => {
    // a kept draft that the server now holds anyway (saved from another tab) is no longer unsaved
    if (draft && !isDirty) draftStore.remove(segment.id);
  }, [draft, isDirty, segment.id]);

  const change = (value: string) => {
    if (value === serverText) {
      draftStore.remove(segment.id);
      return;
    }
    // the text this draft started from: the base of a three-way merge if someone saves meanwhile
    const baseText = draft ? draft.baseText : serverText;
    draftStore.set({
      documentId: segment.documentId,
      segmentId: segment.id,
      text: value,
      baseVersion: draft?.baseVersion ?? segment.version,
      ...(baseText === undefined ? {} : { baseText }),
      updatedAt: new Date().toISOString(),
    });
  };

  const rebase = (value: string, version: number, baseText: string) => {
    draftStore.set({
      documentId: segment.documentId,
      segmentId: segment.id,
      text: value,
      baseVersion: version,
      baseText,
      updatedAt: new Date().toISOString(),
    });
  };

  return {
    draft,
    serverText,
    text,
    isDirty,
    baseVersion: draft?.baseVersion ?? segment.version,
    change,
    rebase,
    discard: () => draftStore.remove(segment.id),
  };
}
