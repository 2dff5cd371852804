import { useQuery } from '@tanstack/react-query';
import { keys, staleTimes } from '../../api/keys';
import type { PersonalRecord } from '../../api/types';
import { useApp } from '../../app/context';

/** GET /training/records, kept 5 minutes (PRODUCT.md); a completed session refetches it. */
export function useRecords() {
  const { api } = useApp();
  return useQuery({ queryKey: keys.records, queryFn: async () => (await api.get<{ items: PersonalRecord[] }>('/training/records')).items, staleTime: staleTimes.records });
}
