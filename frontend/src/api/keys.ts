import type { HistoryFilters } from './types';

/** TanStack Query keys, one place so mutations invalidate exactly what they change. */
export const keys = {
  profile: ['me'] as const,
  sessions: ['training', 'sessions'] as const,
  sessionList: (filters: HistoryFilters) => ['training', 'sessions', 'list', filters] as const,
  session: (id: string) => ['training', 'sessions', 'one', id] as const,
  /** Enrichment progress and content of one session (polled while it is being written). */
  enrichment: (id: string) => ['training', 'sessions', 'enrichment', id] as const,
  /** Who wrote a coach-generated session (the `generation` report of its 201), kept for the session page. */
  generation: (id: string) => ['training', 'generation', id] as const,
  today: ['training', 'today'] as const,
  records: ['training', 'records'] as const,
  goals: ['training', 'goals'] as const,
  locations: ['training', 'locations'] as const,
  /** The recovery point offered once when the app opens. */
  recovery: ['training', 'recovery'] as const,
  /** The last recovery point this app saved for a session (restores the live view when it is shown again). */
  snapshot: (sessionId: string) => ['training', 'snapshot', sessionId] as const,
  /** Completed sessions of the last 90 days for the Training charts (under 'list': session changes refetch it). */
  trainingSeries: ['training', 'sessions', 'list', 'charts'] as const,
  /** Conseils and Progression (under 'list', so a completed or changed session refetches them; the API's cache answers). */
  insights: (locale: string) => ['training', 'sessions', 'list', 'insights', locale] as const,
  progression: (period: string, locale: string) => ['training', 'sessions', 'list', 'progression', period, locale] as const,
  /** Forge Énergétique: everything under `forge.all` is refetched after a manual activity changes. */
  forge: {
    all: ['forge'] as const,
    day: (date: string) => ['forge', 'day', date] as const,
    activities: (filters: { from: string; to: string; source: string }) => ['forge', 'activities', filters] as const,
    /** Every activity of a range, for the calories-per-day chart. */
    activitiesInRange: (from: string, to: string) => ['forge', 'activities', 'range', from, to] as const,
    insights: (period: string) => ['forge', 'insights', period] as const,
    progression: (period: string) => ['forge', 'progression', period] as const,
  },
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
  /** Forge Day is live (refetched on focus, polled while visible); History, Insights and Progression 5 min. */
  forgeDay: 0,
  forgeHistory: 5 * 60_000,
  forgeAggregates: 5 * 60_000,
};
