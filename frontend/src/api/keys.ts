import type { HistoryFilters } from './types';

/** TanStack Query keys, one place so mutations invalidate exactly what they change. */
export const keys = {
  profile: ['me'] as const,
  sessions: ['training', 'sessions'] as const,
  sessionList: (filters: HistoryFilters) => ['training', 'sessions', 'list', filters] as const,
  session: (id: string) => ['training', 'sessions', 'one', id] as const,
};

/** Client cache times of the Training tabs (PRODUCT.md: History and Records 5 min, Today 2 min). */
export const staleTimes = {
  history: 5 * 60_000,
  profile: 5 * 60_000,
  session: 30_000,
};
