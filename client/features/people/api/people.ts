import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../shared/permissions';
import { DocumentMembers, User, UserList, UserWithPassword } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../../data/documents';

export const peopleKeys = {
  users: ['users'] as const,
  members: (documentId: number) => [...documentKeys.detail(documentId), 'members'] as const,
};

export const usersQuery = () =>
  queryOptions({ queryKey: peopleKeys.users, queryFn: ({ signal }) => apiRequest('/users', UserList, { signal }) });

export const membersQuery = (documentId: number) =>
  queryOptions({
    queryKey: peopleKeys.members(documentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/members`, DocumentMembers, { signal }),
  });

export function useCreateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; displayName?: string; role: Role | null; password?: string }) =>
      apiRequest('/users', UserWithPassword, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: peopleKeys.users }),
  });
}

export function useUpdateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; role?: Role | null; disabled?: boolean; displayName?: string }) =>
      apiRequest(`/users/${id}`, User, { method: 'PATCH', body }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: peopleKeys.users }),
  });
}

export function useResetPasswordMutation() {
  return useMutation({
    mutationFn: (id: number) => apiRequest(`/users/${id}/password`, UserWithPassword, { method: 'POST', body: {} }),
  });
}

export function useSetMemberMutation(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { userId: number; role: Role | null }) =>
      apiRequest(`/documents/${documentId}/members`, DocumentMembers, { method: 'PUT', body }),
    onSuccess: (members) => queryClient.setQueryData(peopleKeys.members(documentId), members),
  });
}
