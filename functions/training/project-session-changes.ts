import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { tableContextFromEnv } from '../../shared/db/context';
import { listActiveGoals, saveGoal } from '../../shared/db/entities/goal';
import { invalidateTrainingInsights } from '../../shared/db/entities/insight-cache';
import { putRecordsIfBetter } from '../../shared/db/entities/personal-record';
import { applySessionChange } from '../../shared/db/entities/training-day';
import { fromItem as sessionFromItem, sessionKey } from '../../shared/db/entities/training-session';
import { itemExists } from '../../shared/db/item-exists';
import { VersionConflictError } from '../../shared/db/item';
import { goalValueFromSession, progressGoal } from '../../shared/domain/training/goal-progress';
import { candidateFromBest } from '../../shared/domain/training/personal-record';
import { logger } from '../../shared/logging/logger';
import { orderedStreamHandler } from '../../shared/stream/ordered-stream-handler';

const ctx = tableContextFromEnv();

const image = (raw: Record<string, unknown> | undefined) => (raw ? sessionFromItem(unmarshall(raw as Record<string, AttributeValue>)) : null);

/**
 * Keeps the Training read models in step with completed sessions: the day aggregate (Today,
 * streaks, ACWR), personal records, goals' current values, and the insights caches.
 * Every write is idempotent, so a redelivered record changes nothing.
 *
 * A record whose session is already gone when it is read (deleted since, or the whole account
 * was) only takes the old state out of its day and derives nothing: counting it would recreate a
 * day after its owner's data was deleted. Its own REMOVE record follows and is a no-op then.
 */
async function project(record: DynamoDBRecord): Promise<void> {
  const before = image(record.dynamodb?.OldImage);
  const written = image(record.dynamodb?.NewImage);
  const after = written && (await itemExists(ctx, sessionKey(written.userId, written.id))) ? written : null;
  await applySessionChange(ctx, before, after);
  if (after?.status !== 'completed') return;

  const userId = after.userId;
  const achievedAt = after.completedAt ?? after.updatedAt;
  await putRecordsIfBetter(ctx, after.newRecords.map((best) => candidateFromBest({ userId, best, sessionId: after.id, achievedAt })));

  if (before?.status !== 'completed') {
    await invalidateTrainingInsights(ctx, userId);
    for (const goal of await listActiveGoals(ctx, userId)) {
      const value = goalValueFromSession(goal, after);
      const next = value === null ? null : progressGoal(goal, value, new Date(achievedAt));
      if (!next) continue;
      await saveGoal(ctx, next, { version: goal.version }).catch((error: unknown) => {
        // Edited meanwhile: the athlete's own change wins; the next session will progress it.
        if (!(error instanceof VersionConflictError)) throw error;
        logger.info('goal changed meanwhile; progress skipped', { goalId: goal.id });
      });
    }
  }
}

export const handler = orderedStreamHandler('project-session-changes', project);
