import { useQuery } from '@tanstack/react-query';
import { keys, staleTimes } from '../../api/keys';
import type { Today } from '../../api/types';
import { useApp } from '../../app/context';

/** GET /training/today, kept 2 minutes (PRODUCT.md); session changes mark it stale. */
export function useToday() {
  const { api } = useApp();
  return useQuery({ queryKey: keys.today, queryFn: () => api.get<Today>('/training/today'), staleTime: staleTimes.today });
}
