import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './apiClient';

/** One place for React Query defaults: retry network hiccups, never 4xx answers. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}

/** The app's one client, shared by the providers and the route loaders that prefetch. */
export const queryClient = createQueryClient();
