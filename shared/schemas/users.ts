import { z } from 'zod';
import { text } from './common';
import { ROLES } from '../permissions';

export const RoleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });

/**
 * The rule for usernames as an HTML `pattern` (browsers compile it with the `v` flag, where a bare
 * `-` in a class is a syntax error: escaped here). Upper case is allowed: the server lowers it.
 */
export const USERNAME_PATTERN = String.raw`[a-zA-Z0-9][a-zA-Z0-9._\-]*`;
export const USERNAME_LENGTH = { min: 2, max: 40 } as const;

export const Username = z
  .string({ error: 'must be a string' })
  .trim()
  .toLowerCase()
  .min(USERNAME_LENGTH.min, { error: `must be at least ${USERNAME_LENGTH.min} characters` })
  .max(USERNAME_LENGTH.max, { error: `must be at most ${USERNAME_LENGTH.max} characters` })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'may hold only letters a-z, digits, dots, dashes and underscores' });

export const Password = text(200).min(8, { error: 'must be at least 8 characters' }).max(200, { error: 'must be at most 200 characters' });

export const LoginBody = z.object({
  username: text(40).trim().toLowerCase().min(1, { error: 'is required' }),
  password: text(200).min(1, { error: 'is required' }),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  /** The global role; null for someone who only has roles on some documents. */
  role: RoleSchema.nullable(),
  disabled: z.boolean(),
});
export type User = z.infer<typeof User>;

export const SessionInfo = z.object({ user: User, csrfToken: z.string() });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const CreateUserBody = z.object({
  username: Username,
  displayName: text(80).trim().optional(),
  role: RoleSchema.nullable().default(null),
  /** Leave out to have one generated (shown once). */
  password: Password.optional(),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .object({
    displayName: text(80).trim().min(1, { error: 'must not be empty' }).optional(),
    role: RoleSchema.nullable().optional(),
    disabled: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'nothing to change' });

export const ResetPasswordBody = z.object({ password: Password.optional() }).default({});

/** A user's new password, when the server generated it (shown once, never stored in clear). */
export const UserWithPassword = z.object({ user: User, password: z.string().nullable() });

export const ChangePasswordBody = z.object({ currentPassword: text(200).min(1, { error: 'is required' }), newPassword: Password });

export const DocumentMember = z.object({ user: User, role: RoleSchema });
export const DocumentMembers = z.object({ items: z.array(DocumentMember) });
export const SetDocumentRoleBody = z.object({
  userId: z.number({ error: 'must be a user id' }).int().positive(),
  role: RoleSchema.nullable(),
});

export const UserList = z.object({ items: z.array(User) });

/** A personal API token as listed (the token itself is shown once, when created). */
export const ApiToken = z.object({
  id: z.number().int(),
  name: z.string(),
  /** Its first characters, to tell tokens apart. */
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const ApiTokenList = z.object({ items: z.array(ApiToken) });
export const CreatedApiToken = ApiToken.extend({ token: z.string() });
export const CreateTokenBody = z.object({ name: text(100).trim().min(1, { error: 'must not be empty: name what the token is for' }) });
