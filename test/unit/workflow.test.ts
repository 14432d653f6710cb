import { describe, expect, it } from 'vitest';
import type { RevisionState } from '../../shared/schemas';
import { availableActions, planTransition, type RevisionAction } from '../../shared/workflow';

describe('planTransition', () => {
  const table: Array<[RevisionAction, RevisionState, boolean, RevisionState | 'refused']> = [
    ['submit', 'draft', true, 'submitted'],
    ['submit', 'submitted', true, 'refused'],
    ['submit', 'approved', true, 'refused'],
    ['submit', 'rejected', true, 'refused'],
    ['approve', 'submitted', true, 'approved'],
    ['approve', 'draft', true, 'refused'],
    ['approve', 'approved', true, 'refused'],
    ['approve', 'rejected', true, 'refused'],
    ['reject', 'submitted', true, 'rejected'],
    ['reject', 'draft', true, 'refused'],
    ['reject', 'approved', true, 'refused'],
    ['submit', 'draft', false, 'refused'],
    ['approve', 'submitted', false, 'refused'],
    ['resubmit', 'rejected', true, 'submitted'],
    ['resubmit', 'rejected', false, 'refused'],
    ['resubmit', 'draft', true, 'refused'],
    ['resubmit', 'submitted', true, 'refused'],
    ['resubmit', 'approved', true, 'refused'],
  ];
  it.each(table)('%s on a %s revision (current: %s) -> %s', (action, state, isCurrent, expected) => {
    const plan = planTransition({ action, state, isCurrent });
    if (expected === 'refused') {
      expect(plan.ok).toBe(false);
    } else {
      expect(plan).toMatchObject({ ok: true, revisionState: expected, segmentStatus: expected });
    }
  });

  it('says why a transition is refused', () => {
    expect(planTransition({ action: 'approve', state: 'submitted', isCurrent: false })).toEqual({
      ok: false,
      reason: 'superseded',
      allowedFrom: 'submitted',
    });
    expect(planTransition({ action: 'approve', state: 'draft', isCurrent: true })).toEqual({
      ok: false,
      reason: 'wrong_state',
      allowedFrom: 'submitted',
    });
  });

  it('only approval publishes the text', () => {
    expect(planTransition({ action: 'approve', state: 'submitted', isCurrent: true })).toMatchObject({ publishes: true });
    expect(planTransition({ action: 'reject', state: 'submitted', isCurrent: true })).toMatchObject({ publishes: false });
  });

  it('offers exactly the actions that can succeed', () => {
    expect(availableActions('draft', true)).toEqual(['submit']);
    expect(availableActions('submitted', true)).toEqual(['approve', 'reject']);
    expect(availableActions('approved', true)).toEqual([]);
    expect(availableActions('rejected', true)).toEqual(['resubmit']);
    expect(availableActions('submitted', false)).toEqual([]);
  });
});
