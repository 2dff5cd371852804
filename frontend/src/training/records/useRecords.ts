import { useQuery } from '@tanstack/react-query';
import { keys, staleTimes } from '../../api/keys';
import { unwrap } from '../../api/typed-client';
import { useApp } from '../../app/context';

/** GET /training/records, kept 5 minutes (PRODUCT.md); a completed session refetches it. */
export function useRecords() {
  const { http } = useApp();
  return useQuery({ queryKey: keys.records, queryFn: async () => (await unwrap(http.GET('/training/records'))).items, staleTime: staleTimes.records });
}
