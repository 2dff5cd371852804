import { useQuery } from '@tanstack/react-query';
import { keys, staleTimes } from '../../api/keys';
import { unwrap } from '../../api/typed-client';
import { useApp } from '../../app/context';

/** GET /training/today, kept 2 minutes (PRODUCT.md); session changes mark it stale. */
export function useToday() {
  const { http } = useApp();
  return useQuery({ queryKey: keys.today, queryFn: () => unwrap(http.GET('/training/today')), staleTime: staleTimes.today });
}
