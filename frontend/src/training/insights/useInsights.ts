import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InsightsResponse, ProgressionResponse } from '../../../../functions/insights/schemas';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/typed-client';
import { useApp } from '../../app/context';
import { useI18n } from '../../i18n/i18n';
import { ANALYSIS_GC_TIME, analysisStaleTime } from './freshness';

export type { InsightsResponse, ProgressionResponse };
export type ProgressionPeriod = ProgressionResponse['period'];
export const periods: ProgressionPeriod[] = ['week', 'month', 'quarter'];

/** Conseils in the UI's language (the API writes it in that language and caches it 7 days; the app keeps it as long). */
export function useInsights() {
  const { http } = useApp();
  const { locale } = useI18n();
  return useQuery({
    queryKey: keys.insights(locale),
    staleTime: (query) => analysisStaleTime(query.state.data),
    gcTime: ANALYSIS_GC_TIME,
    queryFn: async () => (await unwrap(http.GET('/training/insights', { params: { query: { locale } } }))) as InsightsResponse,
  });
}

/** One period's Progression (cached 24 h by the API, kept as long by the app). */
export function useProgression(period: ProgressionPeriod) {
  const { http } = useApp();
  const { locale } = useI18n();
  return useQuery({
    queryKey: keys.progression(period, locale),
    staleTime: (query) => analysisStaleTime(query.state.data),
    gcTime: ANALYSIS_GC_TIME,
    queryFn: async () => (await unwrap(http.GET('/training/progression', { params: { query: { period, locale } } }))) as ProgressionResponse,
  });
}

/** `?refresh=1` (once per hour per user, a 429 otherwise); the new analysis replaces the cached one. */
export function useRefreshInsights() {
  const { http } = useApp();
  const { locale } = useI18n();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => (await unwrap(http.GET('/training/insights', { params: { query: { refresh: '1', locale } } }))) as InsightsResponse,
    onSuccess: (data) => client.setQueryData(keys.insights(locale), data),
  });
}

export function useRefreshProgression(period: ProgressionPeriod) {
  const { http } = useApp();
  const { locale } = useI18n();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => (await unwrap(http.GET('/training/progression', { params: { query: { period, refresh: '1', locale } } }))) as ProgressionResponse,
    onSuccess: (data) => client.setQueryData(keys.progression(period, locale), data),
  });
}
