/**
 * Who may do what. Pure, so the server enforces it on every route and the client hides what a
 * role cannot do (the server still refuses it).
 *
 * A user has at most one global role and, per document, at most one document role. On a document
 * the user may do whatever either of the two allows (the union: a global reviewer made translator
 * of one document keeps reviewing it), except that a global translator sees only the documents
 * they are assigned to (translators work on what they are given); global editors, reviewers and
 * admins see every document.
 */
export const ROLES = ['translator', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Action =
  | 'document.read'
  | 'document.create'
  | 'revision.save'
  | 'revision.submit'
  | 'revision.decide'
  | 'events.read'
  | 'queue.read'
  | 'glossary.read'
  | 'glossary.write'
  /** Accepting or declining terms learned from corrections. */
  | 'glossary.learn'
  | 'users.manage'
  | 'annotation.write'
  | 'comment.write'
  | 'quality.configure'
  | 'effort.read'
  | 'revision.revert'
  /** "Not an error" for a finding in one paragraph. */
  | 'finding.dismiss'
  /** "Not an error" for a term, or a check switched off, in a whole document. */
  | 'checks.configure'
  /** A document's title, deadline and assignee; archiving it (hidden, never deleted). */
  | 'document.manage'
  /** Seeing archived documents and bringing them back. */
  | 'document.restore'
  /** Searching the translation memory (concordance). */
  | 'memory.read'
  /** Importing TMX files into the translation memory, and exporting it whole. */
  | 'memory.write';

const GRANTS: Record<Role, ReadonlySet<Action>> = {
  translator: new Set<Action>([
    'document.read',
    'revision.save',
    'revision.submit',
    'glossary.read',
    'comment.write',
    'finding.dismiss',
    'memory.read',
  ]),
  editor: new Set<Action>([
    'document.read',
    'revision.save',
    'revision.submit',
    'revision.decide',
    'events.read',
    'queue.read',
    'glossary.read',
    'annotation.write',
    'comment.write',
    'quality.configure',
    'effort.read',
    'revision.revert',
    'finding.dismiss',
    'checks.configure',
    'document.manage',
    'glossary.learn',
    'memory.read',
  ]),
  reviewer: new Set<Action>([
    'document.read',
    'glossary.read',
    'annotation.write',
    'comment.write',
    'effort.read',
    'finding.dismiss',
    'checks.configure',
    'memory.read',
  ]),
  admin: new Set<Action>([
    'document.read',
    'document.create',
    'revision.save',
    'revision.submit',
    'revision.decide',
    'events.read',
    'queue.read',
    'glossary.read',
    'glossary.write',
    'glossary.learn',
    'users.manage',
    'annotation.write',
    'comment.write',
    'quality.configure',
    'effort.read',
    'revision.revert',
    'finding.dismiss',
    'checks.configure',
    'document.manage',
    'document.restore',
    'memory.read',
    'memory.write',
  ]),
};

/** Whether `roles` (one role, the roles someone holds on a document, or none) allow `action`. */
export function can(roles: Role | readonly Role[] | null | undefined, action: Action): boolean {
  if (roles === null || roles === undefined) return false;
  if (typeof roles === 'string') return GRANTS[roles].has(action);
  return roles.some((role) => GRANTS[role].has(action));
}

/** How much a role may do: the order in which the roles someone holds are listed and named. */
const POWER: Record<Role, number> = { reviewer: 1, translator: 2, editor: 3, admin: 4 };

/**
 * The roles a user holds on one document, strongest first; empty when they may not see it at
 * all. What they may do there is the union of what these allow. `documentRole` is their role on
 * that document, if they have one.
 */
export function rolesOn(globalRole: Role | null, documentRole: Role | null): Role[] {
  const roles: Role[] = [];
  if (documentRole !== null) roles.push(documentRole);
  // a global translator's role reaches only the documents they are assigned to
  const globalApplies = globalRole !== null && (globalRole !== 'translator' || documentRole !== null);
  if (globalApplies && globalRole !== documentRole) roles.push(globalRole);
  return roles.sort((a, b) => POWER[b] - POWER[a]);
}

/** Whether a user with this global role sees every document (not only those assigned). */
export function seesAllDocuments(globalRole: Role | null): boolean {
  return globalRole === 'editor' || globalRole === 'reviewer' || globalRole === 'admin';
}
