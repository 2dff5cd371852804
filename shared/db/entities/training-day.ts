import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { TrainingSession } from '../../domain/training/session';
import { lastDays, sessionDayChanges, trainingDayLedger, trainingDaySchema, type Contribution, type TrainingDay } from '../../domain/training/training-day';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { applyDayChanges, type DayLedgerStore } from '../day-ledger';
import { withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';
import { queryAll } from '../query';

export const TRAINING_DAY_ENTITY = 'trainingDay';
export const TRAINING_DAY_PREFIX = 'TDAY#';
export const trainingDayKey = (userId: string, day: string) => ({ PK: userPartition(userId), SK: `${TRAINING_DAY_PREFIX}${day}` });

/** Days Today reads (pattern #5): streak, sessions/week over 28 days, ACWR over 7 + 28 days. */
export const TODAY_WINDOW_DAYS = 35;

export const toItem = (day: TrainingDay): Record<string, unknown> => ({ ...trainingDayKey(day.userId, day.day), entity: TRAINING_DAY_ENTITY, ...day });
export const fromItem = (item: Record<string, unknown>): TrainingDay => trainingDaySchema.parse(withoutStorageAttributes(item));

const store: DayLedgerStore<Contribution, TrainingDay> = { entity: TRAINING_DAY_ENTITY, rules: trainingDayLedger, key: trainingDayKey, toItem, fromItem };

/** GetItem `TDAY#<day>`. */
export async function getTrainingDay(ctx: TableContext, userId: string, day: string, consistent = false): Promise<TrainingDay | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: trainingDayKey(userId, day), ConsistentRead: consistent }));
  return result.Item ? fromItem(result.Item) : null;
}

/**
 * The stream consumer's entry point: a session changed from `before` to `after` (null when absent,
 * or already deleted when the record is read). Counts a completed session in its day (replacing
 * what an older revision counted), takes a deleted one out (never creating a day), or moves it;
 * returns how many days changed.
 */
export async function applySessionChange(ctx: TableContext, before: TrainingSession | null, after: TrainingSession | null, now = new Date()): Promise<number> {
  const userId = (after ?? before)?.userId;
  return userId ? applyDayChanges(ctx, store, userId, sessionDayChanges(before, after), now) : 0;
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
