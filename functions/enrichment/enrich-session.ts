import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSRecord, SQSEvent } from 'aws-lambda';
import * as z from '../../shared/zod';
import { tableContextFromEnv, type TableContext } from '../../shared/db/context';
import { getProfileCached } from '../../shared/db/entities/profile';
import { putSessionEnrichment } from '../../shared/db/entities/session-enrichment';
import { getSession, saveSession } from '../../shared/db/entities/training-session';
import { retryOnConflict } from '../../shared/db/optimistic';
import { loadCoaching } from '../../shared/domain/catalog/coaching/load';
import { generateOfflineEnrichment } from '../../shared/domain/coaches/enrichment';
import { prescribedExerciseIds } from '../../shared/domain/training/last-performance';
import { beginEnrichment, failEnrichment, finishEnrichment, MAX_ENRICHMENT_ATTEMPTS, needsEnrichment } from '../../shared/domain/training/enrichment-status';
import type { TrainingSession } from '../../shared/domain/training/session';
import { correlationOfMessage } from '../../shared/logging/event-correlation';
import { bindCorrelation, bindInvocation, logger } from '../../shared/logging/logger';
import { businessMetrics } from '../../shared/logging/metrics';

const ctx = tableContextFromEnv();
const processor = new BatchProcessor(EventType.SQS);
const messageSchema = z.object({ userId: z.string().check(z.minLength(1)), sessionId: z.string().check(z.minLength(1)) });

/**
 * Changes only the enrichment fields of a session, re-reading when the athlete changed it
 * meanwhile (logging sets bumps the version), so neither side loses the other's change.
 */
async function updateEnrichmentFields(ctx: TableContext, userId: string, sessionId: string, change: (s: TrainingSession) => Partial<TrainingSession> | null) {
  // Past the retry policy the conflict fails this message, and SQS delivers it again.
  return retryOnConflict(async () => {
    const current = await getSession(ctx, userId, sessionId);
    if (!current) return null;
    const fields = change(current);
    if (!fields) return current;
    const next = { ...current, ...fields, updatedAt: new Date().toISOString(), version: current.version + 1 };
    await saveSession(ctx, next, { version: current.version, status: current.status });
    return next;
  });
}

/** fast → enriching → enriched; a 3rd failure marks the session `failed` (and the message goes to the DLQ). */
async function enrich(record: SQSRecord): Promise<void> {
  const { userId, sessionId } = messageSchema.parse(JSON.parse(record.body));
  const receiveCount = Number(record.attributes.ApproximateReceiveCount ?? '1');
  bindCorrelation(correlationOfMessage(record));
  const startedAt = Date.now();
  try {
    const started = await updateEnrichmentFields(ctx, userId, sessionId, (s) => (needsEnrichment(s) ? beginEnrichment(s) : null));
    if (!started || started.enrichmentStatus !== 'enriching') return; // deleted, or already enriched/failed: nothing to do
    const profile = await getProfileCached(ctx.tableName, userId);
    const coaching = await loadCoaching(prescribedExerciseIds(started));
    const content = generateOfflineEnrichment({ userId, sessionId, prescription: started.prescription, locale: profile.locale, now: new Date(), coaching });
    if (!(await putSessionEnrichment(ctx, content))) return; // the session was deleted meanwhile
    await updateEnrichmentFields(ctx, userId, sessionId, (s) => (s.enrichmentStatus === 'enriching' ? finishEnrichment() : null));
    const durationMs = Date.now() - startedAt;
    businessMetrics.enrichment('enriched', durationMs);
    logger.info('session enriched', { sessionId, durationMs });
  } catch (error) {
    const message = (error as Error).message;
    const last = receiveCount >= MAX_ENRICHMENT_ATTEMPTS;
    logger.warn('enrichment attempt failed', { sessionId, receiveCount, error: message });
    businessMetrics.enrichment(last ? 'failed' : 'retried', Date.now() - startedAt);
    if (last) {
      await updateEnrichmentFields(ctx, userId, sessionId, (s) => (needsEnrichment(s) ? failEnrichment(message) : null)).catch(() => undefined);
    }
    throw error;
  }
}

/** One message at a time, so each log line carries its own message's correlation id. */
export const handler = async (event: SQSEvent, context: Context) => {
  bindInvocation(context);
  return processPartialResponse(event, enrich, processor, { context, processInParallel: false });
};
