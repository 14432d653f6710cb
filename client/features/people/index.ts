/** The people feature as other features and the pages use it: nothing else of it is imported from outside. */
export { useCreateUserMutation, useResetPasswordMutation, useUpdateUserMutation, usersQuery } from './api/people';
export { DocumentMembersPanel } from './components/DocumentMembersPanel';
export { RoleSelect } from './components/RoleSelect';
