/**
 * The review workflow (DESIGN.md): untouched -> draft -> submitted -> approved, and
 * submitted -> rejected -> draft. A translator who disagrees with a rejection resubmits the same
 * text with a reply: rejected -> submitted, as a new revision (the rejected one stays rejected, in
 * the history). Pure, so the server enforces it and the client shows only the actions that can
 * succeed.
 */
import type { RevisionState, SegmentStatus } from './schemas/revisions';

export type RevisionAction = 'submit' | 'approve' | 'reject' | 'resubmit';

export const REVISION_ACTIONS: readonly RevisionAction[] = ['submit', 'approve', 'reject', 'resubmit'];

export interface TransitionInput {
  action: RevisionAction;
  state: RevisionState;
  /** Whether the revision is the segment's latest one; older revisions are history. */
  isCurrent: boolean;
}

export type TransitionPlan =
  | { ok: true; revisionState: RevisionState; segmentStatus: SegmentStatus; publishes: boolean }
  | { ok: false; reason: 'superseded' | 'wrong_state'; allowedFrom: RevisionState };

const RULES: Record<RevisionAction, { from: RevisionState; to: RevisionState; publishes: boolean }> = {
  submit: { from: 'draft', to: 'submitted', publishes: false },
  approve: { from: 'submitted', to: 'approved', publishes: true },
  reject: { from: 'submitted', to: 'rejected', publishes: false },
  // (a new revision with the rejected one's text, submitted at once)
  resubmit: { from: 'rejected', to: 'submitted', publishes: false },
};

/** Decides whether `action` may happen to a revision and what the revision and segment become. */
export function planTransition({ action, state, isCurrent }: TransitionInput): TransitionPlan {
  const rule = RULES[action];
  if (!isCurrent) return { ok: false, reason: 'superseded', allowedFrom: rule.from };
  if (state !== rule.from) return { ok: false, reason: 'wrong_state', allowedFrom: rule.from };
  return { ok: true, revisionState: rule.to, segmentStatus: rule.to, publishes: rule.publishes };
}

/** Actions that can be taken on a revision right now (for buttons and shortcuts). */
export function availableActions(state: RevisionState, isCurrent: boolean): RevisionAction[] {
  return REVISION_ACTIONS.filter((action) => planTransition({ action, state, isCurrent }).ok);
}

/** A save always produces a draft; the segment's published (approved) text is left alone. */
export const STATUS_AFTER_SAVE: SegmentStatus = 'draft';
