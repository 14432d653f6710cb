/**
 * Unsaved working text, kept in localStorage until the server acknowledges the save, so it
 * survives a reload, a crash of the tab or a closed laptop. One entry per person and segment: the
 * next person who signs in on the same browser sees none of them (and signing out offers to
 * discard them). An entry exists only while the text differs from what the server holds.
 */
import { useCallback, useSyncExternalStore } from 'react';

export interface LocalDraft {
  documentId: number;
  segmentId: number;
  text: string;
  /** The segment version the text was based on (sent as `baseVersion` on save). */
  baseVersion: number;
  /** The text of that version: the base of a three-way merge if someone saves in between. */
  baseText?: string;
  updatedAt: string;
  /** Read back from storage at page load: text left unsaved by an earlier visit (or a crash). */
  restored?: boolean;
}

/** Drafts of an earlier release, kept by segment only: taken over by the first person to sign in after it. */
const UNOWNED_PREFIX = 'tilik:draft:v1:';
const prefixOf = (userId: number) => `tilik:draft:v2:${userId}:`;
type Listener = () => void;

function readStorage(userId: number | null): Map<number, LocalDraft> {
  const drafts = new Map<number, LocalDraft>();
  if (userId === null) return drafts;
  const prefix = prefixOf(userId);
  try {
    const unowned: string[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(UNOWNED_PREFIX)) unowned.push(key);
      if (!key?.startsWith(prefix)) continue;
      const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
      if (isLocalDraft(value)) drafts.set(value.segmentId, { ...value, restored: true });
    }
    for (const key of unowned) {
      const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
      localStorage.removeItem(key);
      if (!isLocalDraft(value) || drafts.has(value.segmentId)) continue;
      localStorage.setItem(prefix + value.segmentId, JSON.stringify(value));
      drafts.set(value.segmentId, { ...value, restored: true });
    }
  } catch {
    // storage disabled or corrupt: drafts then live in memory only
  }
  return drafts;
}

function isLocalDraft(value: unknown): value is LocalDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.documentId === 'number' &&
    typeof draft.segmentId === 'number' &&
    typeof draft.text === 'string' &&
    typeof draft.baseVersion === 'number' &&
    (draft.baseText === undefined || typeof draft.baseText === 'string') &&
    typeof draft.updatedAt === 'string'
  );
}

class DraftStore {
  private drafts: Map<number, LocalDraft> | undefined;
  /** Told of every change (the count of unsaved segments). */
  private readonly listeners = new Set<Listener>();
  /** Told of changes to one segment's draft only: a keystroke re-renders its own row, no other. */
  private readonly segmentListeners = new Map<number, Set<Listener>>();

  /** Whose drafts these are (null: nobody is signed in, and there are none). */
  private userId: number | null = null;

  private get entries(): Map<number, LocalDraft> {
    this.drafts ??= readStorage(this.userId);
    return this.drafts;
  }

  /**
   * The person signed in: their drafts, and only theirs, from now on. Called by the page frame as
   * the session becomes known (before any editor row reads a draft).
   */
  setUser(userId: number | null): void {
    if (userId === this.userId) return;
    const shown = this.drafts;
    this.userId = userId;
    this.drafts = undefined;
    // rows showing the previous person's drafts (none, normally: the sign-in form stands between)
    for (const segmentId of shown?.keys() ?? []) this.emit(segmentId);
  }

  /** How many segments, of any document, hold the signed-in person's unsaved text. */
  count(): number {
    return this.entries.size;
  }

  /** Forgets every unsaved text of the signed-in person, in memory and in storage. */
  clear(): void {
    for (const segmentId of [...this.entries.keys()]) this.remove(segmentId);
  }

  get(segmentId: number): LocalDraft | undefined {
    return this.entries.get(segmentId);
  }

  set(draft: LocalDraft): void {
    const previous = this.entries.get(draft.segmentId);
    const entry = previous?.restored ? { ...draft, restored: true } : draft;
    this.entries.set(draft.segmentId, entry);
    try {
      const { restored: _restored, ...stored } = entry;
      if (this.userId !== null) localStorage.setItem(prefixOf(this.userId) + draft.segmentId, JSON.stringify(stored));
    } catch {
      // quota exceeded or storage disabled: the in-memory copy still guards against navigation
    }
    this.emit(draft.segmentId);
  }

  remove(segmentId: number): void {
    if (!this.entries.delete(segmentId)) return;
    try {
      if (this.userId !== null) localStorage.removeItem(prefixOf(this.userId) + segmentId);
    } catch {
      // nothing more to do
    }
    this.emit(segmentId);
  }

  countFor(documentId: number): number {
    let count = 0;
    for (const draft of this.entries.values()) if (draft.documentId === documentId) count += 1;
    return count;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  subscribeTo(segmentId: number, listener: Listener): () => void {
    let set = this.segmentListeners.get(segmentId);
    if (!set) {
      set = new Set();
      this.segmentListeners.set(segmentId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.segmentListeners.delete(segmentId);
    };
  }

  private emit(segmentId: number): void {
    for (const listener of this.segmentListeners.get(segmentId) ?? []) listener();
    for (const listener of this.listeners) listener();
  }
}

export const draftStore = new DraftStore();

/** The unsaved draft of one segment, re-rendering when it (and only it) changes. */
export function useLocalDraft(segmentId: number): LocalDraft | undefined {
  const subscribe = useCallback((listener: Listener) => draftStore.subscribeTo(segmentId, listener), [segmentId]);
  return useSyncExternalStore(subscribe, () => draftStore.get(segmentId));
}

/** How many segments of a document hold unsaved text. */
export function useUnsavedCount(documentId: number): number {
  return useSyncExternalStore(draftStore.subscribe, () => draftStore.countFor(documentId));
}
