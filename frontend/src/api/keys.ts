import type { HistoryFilters } from './types';

/** TanStack Query keys, one place so mutations invalidate exactly what they change. */
export const keys = {
  profile: ['me'] as const,
  sessions: ['training', 'sessions'] as const,
  sessionList: (filters: HistoryFilters) => ['training', 'sessions', 'list', filters] as const,
  session: (id: string) => ['training', 'sessions', 'one', id] as const,
  today: ['training', 'today'] as const,
  records: ['training', 'records'] as const,
  goals: ['training', 'goals'] as const,
  locations: ['training', 'locations'] as const,
  /** The recovery point offered once when the app opens. */
  recovery: ['training', 'recovery'] as const,
  /** The last recovery point this app saved for a session (restores the live view when it is shown again). */
  snapshot: (sessionId: string) => ['training', 'snapshot', sessionId] as const,
};

/** Client cache times of the Training tabs (PRODUCT.md: Today 2 min, Records and History 5 min). */
export const staleTimes = {
  today: 2 * 60_000,
  records: 5 * 60_000,
  history: 5 * 60_000,
  profile: 5 * 60_000,
  session: 30_000,
  /** Goals and locations change only from this app: refetched after each change, else kept 5 min. */
  lists: 5 * 60_000,
};
