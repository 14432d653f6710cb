/**
 * Every kind of event the log holds: one list for the server that appends them (a type outside it
 * does not compile) and the client that labels them (every type has a translated label, checked by
 * a test in each interface language).
 */
export const EVENT_TYPES = [
  'document.created',
  'document.role_set',
  'document.weights_set',
  'document.reverted',
  'document.replaced',
  'document.updated',
  'document.archived',
  'document.restored',
  'document.rechecked',
  'revision.saved',
  'revision.submitted',
  'revision.resubmitted',
  'revision.approved',
  'revision.rejected',
  'comment.created',
  'annotation.created',
  'annotation.removed',
  'finding.dismissed',
  'finding.restored',
  'glossary.term.created',
  'glossary.term.updated',
  'glossary.term.deleted',
  'glossary.imported',
  'glossary.proposal.accepted',
  'glossary.proposal.declined',
  'user.created',
  'user.updated',
  'user.password_set',
  'session.ended',
  'token.created',
  'token.revoked',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const KNOWN: ReadonlySet<string> = new Set(EVENT_TYPES);

/** Whether a stored type is one of today's (an old log may hold others: they are shown raw). */
export function isEventType(type: string): type is EventType {
  return KNOWN.has(type);
}
