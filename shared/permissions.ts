/**
 * Who may do what. Pure, so the server enforces it on every route and the client hides what a
 * role cannot do (the server still refuses it).
 *
 * A user has at most one global role and, per document, at most one document role. On a document
 * the user acts with the stronger of the two, except that a global translator sees only the
 * documents they are assigned to (translators work on what they are given); global editors,
 * reviewers and admins see every document.
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
  | 'users.manage'
  | 'annotation.write'
  | 'comment.write'
  | 'quality.configure'
  | 'effort.read'
  | 'revision.revert';

const GRANTS: Record<Role, ReadonlySet<Action>> = {
  translator: new Set<Action>(['document.read', 'revision.save', 'revision.submit', 'glossary.read', 'comment.write']),
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
  ]),
  reviewer: new Set<Action>(['document.read', 'glossary.read', 'annotation.write', 'comment.write', 'effort.read']),
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
    'users.manage',
    'annotation.write',
    'comment.write',
    'quality.configure',
    'effort.read',
    'revision.revert',
  ]),
};

/** Whether `role` allows `action` (null: no role at all). */
export function can(role: Role | null | undefined, action: Action): boolean {
  return role !== null && role !== undefined && GRANTS[role].has(action);
}

/** How much a role may do, for choosing between a global and a document role. */
const POWER: Record<Role, number> = { reviewer: 1, translator: 2, editor: 3, admin: 4 };

/**
 * The role a user acts with on one document, or null when they may not see it at all.
 * `documentRole` is their role on that document, if they have one.
 */
export function effectiveRole(globalRole: Role | null, documentRole: Role | null): Role | null {
  const fromGlobal = globalRole === 'translator' ? null : globalRole;
  if (fromGlobal === null) return documentRole;
  if (documentRole === null) return fromGlobal;
  return POWER[documentRole] >= POWER[fromGlobal] ? documentRole : fromGlobal;
}

/** Whether a user with this global role sees every document (not only those assigned). */
export function seesAllDocuments(globalRole: Role | null): boolean {
  return globalRole === 'editor' || globalRole === 'reviewer' || globalRole === 'admin';
}
