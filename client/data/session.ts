import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { can, type Action, type Role } from '../../shared/permissions';
import { SessionInfo, type LoginBody } from '../../shared/schemas';
import { apiRequest, setCsrfToken } from '../lib/apiClient';

export const sessionKeys = { current: ['session'] as const };

/** Who is signed in: the session, or null when nobody is (asked quietly: no 401 in the console). */
export const sessionQuery = () =>
  queryOptions({
    queryKey: sessionKeys.current,
    queryFn: async ({ signal }) => {
      const session = await apiRequest('/session/current', SessionInfo.nullable(), { signal });
      setCsrfToken(session?.csrfToken ?? null);
      return session;
    },
    staleTime: Infinity,
    retry: false,
  });

export function useSession() {
  return useQuery(sessionQuery());
}

/** What the signed-in user may do, by their global role (documents carry their own role). */
export function useCan(): (action: Action, role?: Role | null) => boolean {
  const session = useSession().data;
  return (action, role) => can(role === undefined ? (session?.user.role ?? null) : role, action);
}

/**
 * Who is signed in changed: forget everything cached for the previous person and show the new
 * session. The session query itself stays (the layout observes it); the rest is removed after the
 * session changes, so pages that were open unmount before their data goes.
 */
function useSwitchSession() {
  const queryClient = useQueryClient();
  return (session: SessionInfo | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    if (session === null) queryClient.setQueryData(sessionKeys.current, null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.current[0] });
    if (session !== null) queryClient.setQueryData(sessionKeys.current, session);
  };
}

export function useLoginMutation() {
  const switchSession = useSwitchSession();
  return useMutation({
    mutationFn: (body: LoginBody) => apiRequest('/session', SessionInfo, { method: 'POST', body }),
    onSuccess: switchSession,
  });
}

export function useLogoutMutation() {
  const switchSession = useSwitchSession();
  return useMutation({
    mutationFn: () => apiRequest('/session', z.undefined(), { method: 'DELETE' }),
    onSettled: () => switchSession(null),
  });
}

export function useChangePasswordMutation() {
  const switchSession = useSwitchSession();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      apiRequest('/session/password', z.undefined(), { method: 'PUT', body }),
    // the server ended every session: sign in again with the new password
    onSuccess: () => switchSession(null),
  });
}
