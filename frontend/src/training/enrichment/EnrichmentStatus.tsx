import type { UseQueryResult } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n';
import { isEnrichmentPending, type EnrichmentProgress } from './useEnrichment';

/** One line that follows the enrichment by itself: queued (position, wait) → ready, or failed with its reason. */
export function EnrichmentStatus({ query }: { query: UseQueryResult<EnrichmentProgress> }) {
  const { t } = useI18n();
  const progress = query.data;
  let tone: 'waiting' | 'ready' | 'failed';
  let body;
  // Unreachable before any answer, or while still waiting (polling stops on an error): say so, offer to ask again.
  if (query.isError && (!progress || isEnrichmentPending(progress.status))) {
    tone = 'failed';
    body = (
      <>
        <span>{t('plan.enrichment.unreachable')}</span>{' '}
        <button type="button" className="link" onClick={() => void query.refetch()}>
          {t('plan.enrichment.retry')}
        </button>
      </>
    );
  } else if (!progress || isEnrichmentPending(progress.status)) {
    tone = 'waiting';
    body =
      progress?.queuePosition != null && progress.estimatedWaitSeconds != null
        ? t('plan.enrichment.queued', { position: progress.queuePosition, seconds: progress.estimatedWaitSeconds })
        : t('plan.enrichment.waiting');
  } else if (progress.status === 'failed') {
    tone = 'failed';
    body = (
      <>
        <span>{t('plan.enrichment.failed')}</span>
        {progress.error && (
          <>
            {' '}
            <span>{t('plan.enrichment.reason')}</span> <span lang="en">{progress.error}</span>
          </>
        )}
      </>
    );
  } else {
    tone = 'ready';
    body = t('plan.enrichment.ready');
  }
  return (
    <p className={`enrichment-status enrichment-${tone}`} role="status" aria-busy={tone === 'waiting'} data-testid="enrichment-status">
      {tone === 'waiting' && <span className="enrichment-spinner" aria-hidden="true" />}
      {tone === 'ready' && <span aria-hidden="true">✓ </span>}
      {body}
    </p>
  );
}
