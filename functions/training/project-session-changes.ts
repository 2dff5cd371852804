import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { tableContextFromEnv } from '../../shared/db/context';
import { listActiveGoals, saveGoal } from '../../shared/db/entities/goal';
import { invalidateTrainingInsights } from '../../shared/db/entities/insight-cache';
import { putRecordsIfBetter } from '../../shared/db/entities/personal-record';
import { applySessionToTrainingDay, removeSessionFromTrainingDay } from '../../shared/db/entities/training-day';
import { fromItem as sessionFromItem, sessionKey } from '../../shared/db/entities/training-session';
import { itemExists } from '../../shared/db/item-exists';
import { VersionConflictError } from '../../shared/db/item';
import { goalValueFromSession, progressGoal } from '../../shared/domain/training/goal-progress';
import { candidateFromBest } from '../../shared/domain/training/personal-record';
import { sessionContribution } from '../../shared/domain/training/training-day';
import { logger } from '../../shared/logging/logger';
import { orderedStreamHandler } from '../../shared/stream/ordered-stream-handler';

const ctx = tableContextFromEnv();

const image = (raw: Record<string, unknown> | undefined) => (raw ? sessionFromItem(unmarshall(raw as Record<string, AttributeValue>)) : null);

/**
 * Keeps the Training read models in step with completed sessions: the day aggregate (Today,
 * streaks, ACWR), personal records, goals' current values, and the insights caches.
 * Every write is idempotent, so a redelivered record changes nothing.
 */
async function project(record: DynamoDBRecord): Promise<void> {
  const before = image(record.dynamodb?.OldImage);
  const after = image(record.dynamodb?.NewImage);
  const session = after ?? before!;
  const userId = session.userId;

  if (before?.status === 'completed' && (!after || after.localDay !== before.localDay)) {
    await removeSessionFromTrainingDay(ctx, userId, before.localDay, before.id, after?.version ?? before.version + 1);
  }
  if (!after || after.status !== 'completed') return;
  // Processed after the session (or the whole account) was deleted: derive nothing from it.
  if (!(await itemExists(ctx, sessionKey(userId, after.id)))) return;

  const contribution = sessionContribution(after);
  if (contribution) await applySessionToTrainingDay(ctx, userId, contribution);
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
