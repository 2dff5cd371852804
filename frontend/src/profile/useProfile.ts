import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { keys, staleTimes } from '../api/keys';
import type { Profile, ProfileUpdate } from '../api/types';
import { useApp } from '../app/context';

export function useProfile() {
  const { api } = useApp();
  return useQuery({ queryKey: keys.profile, queryFn: () => api.get<Profile>('/me'), staleTime: staleTimes.profile });
}

export function useUpdateProfile() {
  const { api } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileUpdate) => api.put<Profile>('/me', changes),
    onSuccess: (profile) => client.setQueryData(keys.profile, profile),
  });
}
