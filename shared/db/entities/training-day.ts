import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  applyContribution,
  emptyTrainingDay,
  lastDays,
  removeContribution,
  trainingDaySchema,
  type DayChange,
  type SessionContribution,
  type TrainingDay,
} from '../../domain/training/training-day';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, VersionConflictError, withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';
import { queryAll } from '../query';

export const TRAINING_DAY_PREFIX = 'TDAY#';
export const trainingDayKey = (userId: string, day: string) => ({ PK: userPartition(userId), SK: `${TRAINING_DAY_PREFIX}${day}` });

/** Days Today reads (pattern #5): streak, sessions/week over 28 days, ACWR over 7 + 28 days. */
export const TODAY_WINDOW_DAYS = 35;
/** Concurrent consumers of the same day retry this many times before giving up. */
const MAX_ATTEMPTS = 5;

export const toItem = (day: TrainingDay): Record<string, unknown> => ({ ...trainingDayKey(day.userId, day.day), entity: 'trainingDay', ...day });
export const fromItem = (item: Record<string, unknown>): TrainingDay => trainingDaySchema.parse(withoutStorageAttributes(item));

/** GetItem `TDAY#<day>`. */
export async function getTrainingDay(ctx: TableContext, userId: string, day: string, consistent = false): Promise<TrainingDay | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: trainingDayKey(userId, day), ConsistentRead: consistent }));
  return result.Item ? fromItem(result.Item) : null;
}

/**
 * Read-modify-write of one day under optimistic locking on the aggregate's `revision`: a
 * concurrent consumer of the same day makes the conditional Put fail, and the change is
 * re-applied to what it wrote. Returns whether the day changed.
 */
async function changeDay(
  ctx: TableContext,
  userId: string,
  day: string,
  change: (current: TrainingDay) => DayChange,
  options: { createMissing: boolean },
): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    const stored = await getTrainingDay(ctx, userId, day, true);
    if (!stored && !options.createMissing) return false;
    const current = stored ?? emptyTrainingDay(userId, day, new Date());
    const result = change(current);
    if (!result.changed) return false;
    const next: TrainingDay = { ...result.day, revision: current.revision + 1 };
    try {
      await documentClient.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: toItem(next),
          ConditionExpression: current.revision === 0 ? 'attribute_not_exists(PK)' : '#revision = :revision',
          ExpressionAttributeNames: current.revision === 0 ? undefined : { '#revision': 'revision' },
          ExpressionAttributeValues: current.revision === 0 ? undefined : { ':revision': current.revision },
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new VersionConflictError('trainingDay');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/**
 * Stream consumer, session completed or edited: adds the session's contribution to its local
 * day, or replaces an older one. Idempotent: the stored contribution remembers the session
 * version it came from, so a redelivered record or an older version changes nothing (false).
 */
export async function applySessionToTrainingDay(ctx: TableContext, userId: string, contribution: SessionContribution): Promise<boolean> {
  return changeDay(ctx, userId, contribution.day, (current) => applyContribution(current, contribution, new Date()), { createMissing: true });
}

/**
 * Stream consumer, session deleted (or moved to another day): takes its contribution out of
 * `day` and leaves a tombstone at `version`, so a late redelivery of that version cannot add it back.
 * A day that does not exist is never created by a removal (the account may have been erased, and a
 * redelivered completion of a deleted session is already refused: the consumer checks the session exists).
 */
export async function removeSessionFromTrainingDay(ctx: TableContext, userId: string, day: string, sessionId: string, version: number): Promise<boolean> {
  return changeDay(ctx, userId, day, (current) => removeContribution(current, sessionId, version, new Date()), { createMissing: false });
}

/** Days in [fromDay, toDay], oldest first: Query `USER#sub`, SK between `TDAY#<from>` and `TDAY#<to>`. */
export async function listTrainingDays(ctx: TableContext, userId: string, fromDay: string, toDay: string): Promise<TrainingDay[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':from': `${TRAINING_DAY_PREFIX}${fromDay}`, ':to': `${TRAINING_DAY_PREFIX}${toDay}` },
  });
  return items.map(fromItem);
}

/** GET /training/today (pattern #5): the last `count` local days ending `today`, oldest first (a day without sessions is absent or has sessionCount 0). */
export async function recentTrainingDays(ctx: TableContext, userId: string, today: string, count = TODAY_WINDOW_DAYS): Promise<TrainingDay[]> {
  const { fromDay, toDay } = lastDays(today, count);
  return listTrainingDays(ctx, userId, fromDay, toDay);
}
