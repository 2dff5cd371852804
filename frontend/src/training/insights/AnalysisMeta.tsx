import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Alert, ErrorAlert } from '../../ui/Alert';
import { useNow } from '../../ui/useNow';
import type { InsightsResponse, ProgressionResponse } from './useInsights';

type Analysis = InsightsResponse | ProgressionResponse;

const FAILED = new Set(['timeout', 'rate_limited', 'api_error', 'invalid_output', 'budget_unavailable', 'no_time', 'lease_wait']);

/** Who wrote the analysis, from how many sessions, when, which cache tier served it, and the refresh button. */
export function AnalysisMeta<A extends Analysis>({ data, refresh }: { data: A; refresh: UseMutationResult<A, Error, void> }) {
  const { t, locale } = useI18n();
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const status = useRef<HTMLDivElement>(null);
  const error = refresh.error;
  const limited = error instanceof ApiError && error.status === 429;
  // Re-checked every 30 s, so the button comes back by itself when the hour is over.
  const now = useNow(30_000);
  const retryAt = limited ? new Date(refresh.submittedAt + (error.retryAfterSeconds ?? 3600) * 1000) : null;
  const next = data.refresh.nextAllowedAt ? new Date(data.refresh.nextAllowedAt) : null;
  const until = retryAt ?? next;
  const blockedUntil = until && until.getTime() > now ? until : null;

  useEffect(() => {
    if (refresh.isSuccess || refresh.isError) status.current?.focus();
  }, [refresh.isSuccess, refresh.isError]);

  const writer =
    data.provider === 'openai'
      ? t('insights.meta.openai', { model: data.model ?? 'gpt' })
      : data.offlineReason === 'no_api_key'
        ? t('insights.meta.offline.no_api_key')
        : data.offlineReason === 'over_budget'
          ? t('insights.meta.offline.over_budget')
          : data.offlineReason && FAILED.has(data.offlineReason)
            ? t('insights.meta.offline.failed')
            : t('insights.meta.offline');
  return (
    <div className="insights-meta">
      <p className="muted small">
        {data.sessionsAnalyzed === 1 ? t('insights.meta.sessions.one') : t('insights.meta.sessions', { count: data.sessionsAnalyzed })}{' '}
        {t('insights.meta.generated', { when: when.format(new Date(data.generatedAt)), until: when.format(new Date(data.expiresAt)) })} {writer}{' '}
        <span data-testid="cache-tier" data-tier={data.cache.tier}>{t(`insights.meta.tier.${data.cache.tier}`)}</span>
      </p>
      {data.stale && (
        <p className="muted small" data-testid="analysis-stale">
          {t('insights.meta.stale', { since: when.format(new Date(data.stale.since)), refresh: when.format(new Date(data.stale.refreshAt)) })}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => refresh.mutate()} disabled={refresh.isPending || !!blockedUntil} aria-describedby="insights-refresh-hint">
          {refresh.isPending ? t('insights.refreshing') : t('insights.refresh')}
        </button>
        <span id="insights-refresh-hint" className="muted small">
          {blockedUntil ? t('insights.refresh.next', { time: time.format(blockedUntil) }) : t('insights.refresh.hint')}
        </span>
      </div>
      <div ref={status} tabIndex={-1}>
        {refresh.isSuccess && <Alert kind="success">{t('insights.refresh.done')}</Alert>}
        {limited && retryAt && blockedUntil && <Alert kind="info">{t('insights.refresh.limited', { time: time.format(retryAt) })}</Alert>}
        {refresh.isError && !limited && <ErrorAlert error={refresh.error} />}
      </div>
    </div>
  );
}
