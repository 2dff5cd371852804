import { useQuery } from '@tanstack/react-query';
import { keys, staleTimes } from '../../api/keys';
import type { Today } from '../../api/types';
import { unwrapUndocumented } from '../../api/typed-client';
import { useApp } from '../../app/context';

/** GET /training/today, kept 2 minutes (PRODUCT.md); session changes mark it stale. */
export function useToday() {
  const { http } = useApp();
  // The manifest gives GET /training/today no response schema yet: its body is typed from the
  // backend's buildToday (api/types.ts).
  return useQuery({ queryKey: keys.today, queryFn: () => unwrapUndocumented<Today>(http.GET('/training/today')), staleTime: staleTimes.today });
}
