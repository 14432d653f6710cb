/**
 * The save protocol's decisions, as pure functions (the row carries them out): what to do after
 * a 409, and what becomes of the local draft once a save is acknowledged.
 */

/**
 * After a 409 (someone moved the paragraph on): save again on the new version when the text they
 * hold is still the text this draft started from (only the version moved: an approval, a
 * resubmission), else show the merge. A retry happens once: a second 409 always merges.
 */
export function afterConflict(input: { base: string | undefined; theirs: string; retried: boolean }): 'retry' | 'merge' {
  return input.base !== undefined && input.theirs === input.base && !input.retried ? 'retry' : 'merge';
}

/**
 * Once a save is acknowledged: the draft goes, unless the person typed on while it was in flight;
 * then the newer text stays, now based on the saved version and text.
 */
export function afterSave(input: { latestText: string | undefined; sentText: string }): 'clear' | 'keep-newer' {
  return input.latestText !== undefined && input.latestText !== input.sentText ? 'keep-newer' : 'clear';
}
