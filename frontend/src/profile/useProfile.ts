import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys, staleTimes } from '../api/keys';
import type { ProfileUpdate } from '../api/types';
import { unwrap } from '../api/typed-client';
import { useApp } from '../app/context';

export function useProfile() {
  const { http } = useApp();
  return useQuery({ queryKey: keys.profile, queryFn: () => unwrap(http.GET('/me')), staleTime: staleTimes.profile });
}

export function useUpdateProfile() {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileUpdate) => unwrap(http.PUT('/me', { body: changes })),
    onSuccess: (profile) => client.setQueryData(keys.profile, profile),
  });
}
