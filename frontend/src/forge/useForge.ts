import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { keys, staleTimes } from '../api/keys';
import { unwrap } from '../api/typed-client';
import { useApp } from '../app/context';
import { summaryMatchesActivities } from './forge-format';
import type { Activity, ActivitySource, ForgeDay, InsightsPeriod, ManualActivityChanges, ManualActivityInput, ProgressionPeriod } from './types';

/** Polling of today's Forge Day while the page is visible (paused in a background tab). */
export const DAY_POLL_MS = 10_000;
/** Polling while the day's totals catch up with a write (the stream consumer takes ~200 ms). */
const CATCH_UP_POLL_MS = 1_000;
const CATCH_UP_MAX_MS = 30_000;

/**
 * GET /forge/day (live): refetched whenever the page shows or the window regains focus, polled
 * every 10 s while the tab is visible for today (a session completed in Training shows by itself),
 * and every second for up to 30 s while the totals still disagree with the listed activities.
 * `date` null means today in the profile's time zone (the answer says which day that is).
 */
export function useForgeDay(date: string | null) {
  const { http } = useApp();
  const mismatchSince = useRef<number | null>(null);
  return useQuery({
    queryKey: keys.forge.day(date ?? 'today'),
    queryFn: () => unwrap(http.GET('/forge/day', { params: { query: date ? { date } : {} } })),
    staleTime: staleTimes.forgeDay,
    refetchOnWindowFocus: 'always',
    refetchOnMount: 'always',
    refetchInterval: (query) => {
      const data = query.state.data as ForgeDay | undefined;
      if (data && !summaryMatchesActivities(data)) {
        mismatchSince.current ??= Date.now();
        if (Date.now() - mismatchSince.current < CATCH_UP_MAX_MS) return CATCH_UP_POLL_MS;
      } else mismatchSince.current = null;
      return date === null ? DAY_POLL_MS : false;
    },
  });
}

export interface ForgeHistoryFilters {
  from: string;
  to: string;
  /** Empty: every source. */
  source: '' | ActivitySource;
}

/** GET /forge/activities, newest first, 20 at a time by cursor; kept 5 minutes (PRODUCT.md). */
export function useForgeHistory(filters: ForgeHistoryFilters, enabled = true) {
  const { http } = useApp();
  return useInfiniteQuery({
    queryKey: keys.forge.activities(filters),
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        http.GET('/forge/activities', {
          params: { query: { from: filters.from, to: filters.to, limit: 20, ...(filters.source ? { source: filters.source } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor || undefined,
    staleTime: staleTimes.forgeHistory,
  });
}

/** Most pages read for one chart range (100 activities each). */
const RANGE_MAX_PAGES = 10;

/** Every activity of [from, to] (for the calories-per-day chart), 100 per request; kept 5 minutes. */
export function useActivitiesInRange(from: string | undefined, to: string | undefined) {
  const { http } = useApp();
  return useQuery({
    queryKey: keys.forge.activitiesInRange(from ?? '', to ?? ''),
    enabled: !!from && !!to,
    queryFn: async () => {
      const items: Activity[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < RANGE_MAX_PAGES; page++) {
        const answer = await unwrap(http.GET('/forge/activities', { params: { query: { from: from!, to: to!, limit: 100, ...(cursor ? { cursor } : {}) } } }));
        items.push(...answer.items);
        cursor = answer.nextCursor || undefined;
        if (!cursor) return { items, complete: true };
      }
      return { items, complete: false };
    },
    staleTime: staleTimes.forgeHistory,
  });
}

export function useForgeInsights(period: InsightsPeriod) {
  const { http } = useApp();
  return useQuery({
    queryKey: keys.forge.insights(period),
    queryFn: () => unwrap(http.GET('/forge/insights', { params: { query: { period } } })),
    staleTime: staleTimes.forgeAggregates,
  });
}

export function useForgeProgression(period: ProgressionPeriod) {
  const { http } = useApp();
  return useQuery({
    queryKey: keys.forge.progression(period),
    queryFn: () => unwrap(http.GET('/forge/progression', { params: { query: { period } } })),
    staleTime: staleTimes.forgeAggregates,
  });
}

/** After a manual activity changes, every Forge view is stale (its day, history, aggregates). */
function useRefreshForge() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: keys.forge.all });
}

export function useCreateActivity() {
  const { http } = useApp();
  const refresh = useRefreshForge();
  return useMutation({
    mutationFn: (body: ManualActivityInput) => unwrap(http.POST('/forge/manual-activities', { body })),
    onSuccess: refresh,
  });
}

export function useUpdateActivity() {
  const { http } = useApp();
  const refresh = useRefreshForge();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: ManualActivityChanges }) => unwrap(http.PATCH('/forge/manual-activities/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: refresh,
  });
}

export function useDeleteActivity() {
  const { http } = useApp();
  const refresh = useRefreshForge();
  return useMutation({
    mutationFn: (id: string) => unwrap(http.DELETE('/forge/manual-activities/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
