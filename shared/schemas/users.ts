import { z } from 'zod';
import { ROLES } from '../permissions';

export const RoleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });

export const Username = z
  .string({ error: 'must be a string' })
  .trim()
  .toLowerCase()
  .min(2, { error: 'must be at least 2 characters' })
  .max(40, { error: 'must be at most 40 characters' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'may hold only letters a-z, digits, dots, dashes and underscores' });

export const Password = z
  .string({ error: 'must be a string' })
  .min(8, { error: 'must be at least 8 characters' })
  .max(200, { error: 'must be at most 200 characters' });

export const LoginBody = z.object({
  username: z.string({ error: 'must be a string' }).trim().toLowerCase().min(1, { error: 'is required' }).max(40),
  password: z.string({ error: 'must be a string' }).min(1, { error: 'is required' }).max(200),
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
  displayName: z.string({ error: 'must be a string' }).trim().max(80, { error: 'must be at most 80 characters' }).optional(),
  role: RoleSchema.nullable().default(null),
  /** Leave out to have one generated (shown once). */
  password: Password.optional(),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(80).optional(),
    role: RoleSchema.nullable().optional(),
    disabled: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'nothing to change' });

export const ResetPasswordBody = z.object({ password: Password.optional() }).default({});

/** A user's new password, when the server generated it (shown once, never stored in clear). */
export const UserWithPassword = z.object({ user: User, password: z.string().nullable() });

export const ChangePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: Password });

export const DocumentMember = z.object({ user: User, role: RoleSchema });
export const DocumentMembers = z.object({ items: z.array(DocumentMember) });
export const SetDocumentRoleBody = z.object({ userId: z.number({ error: 'must be a user id' }).int().positive(), role: RoleSchema.nullable() });

export const UserList = z.object({ items: z.array(User) });
