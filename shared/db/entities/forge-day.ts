import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Activity } from '../../domain/forge/activity';
import {
  applyActivity,
  dayChanges,
  forgeDaySchema,
  removeActivity,
  summaryOf,
  type ForgeDay,
  type ForgeDaySummary,
} from '../../domain/forge/day';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, VersionConflictError, withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';
import { queryAll } from '../query';

export const FORGE_DAY_ENTITY = 'forgeDay';

export const forgeDayKey = (userId: string, localDay: string) => ({ PK: userPartition(userId), SK: `FDAY#${localDay}` });

export function toItem(day: ForgeDay): Record<string, unknown> {
  return {
    ...forgeDayKey(day.userId, day.localDay),
    entity: FORGE_DAY_ENTITY,
    // Same GSI1 partition as the activities; `!` sorts before the day's `<startAt>` keys (#13).
    GSI1PK: `${userPartition(day.userId)}#FORGE`,
    GSI1SK: `${day.localDay}#!`,
    ...day,
  };
}

export const fromItem = (item: Record<string, unknown>): ForgeDay => forgeDaySchema.parse(withoutStorageAttributes(item));
export const summaryFromItem = (item: Record<string, unknown>): ForgeDaySummary => summaryOf(fromItem(item));

async function readDay(ctx: TableContext, userId: string, localDay: string): Promise<ForgeDay | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: forgeDayKey(userId, localDay), ConsistentRead: true }));
  return result.Item ? fromItem(result.Item) : null;
}

const MAX_ATTEMPTS = 20;

/**
 * Read-modify-write of one day aggregate under optimistic locking: `change` returns the next day
 * or null (nothing to do). Concurrent writers of the same day retry on the fresh item.
 */
async function changeDay(ctx: TableContext, userId: string, localDay: string, change: (day: ForgeDay | null) => ForgeDay | null): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    const current = await readDay(ctx, userId, localDay);
    const next = change(current);
    if (!next) return false;
    try {
      await documentClient.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: toItem(next),
          ConditionExpression: current ? '#version = :version' : 'attribute_not_exists(PK)',
          ExpressionAttributeNames: current ? { '#version': 'version' } : undefined,
          ExpressionAttributeValues: current ? { ':version': current.version } : undefined,
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new VersionConflictError(FORGE_DAY_ENTITY);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt, 10)));
    }
  }
}

/**
 * Counts an activity (at its revision) in its day, replacing what an older revision of it
 * contributed. Idempotent: the same or an older revision changes nothing. Returns whether the day changed.
 */
export function applyActivityToDay(ctx: TableContext, activity: Activity, now = new Date()): Promise<boolean> {
  return changeDay(ctx, activity.userId, activity.localDay, (day) => applyActivity(day, activity, now));
}

/**
 * Removes an activity's contribution from a day, leaving a tombstone at `revision` (see
 * `revisionOf`). Never creates a missing day. Idempotent.
 */
export function removeActivityFromDay(
  ctx: TableContext,
  target: { userId: string; localDay: string; activityId: string; revision: string },
  now = new Date(),
): Promise<boolean> {
  return changeDay(ctx, target.userId, target.localDay, (day) => removeActivity(day, target.activityId, target.revision, now));
}

/**
 * The stream consumer's entry point: an activity item changed from `oldImage` to `newImage`
 * (either may be null). Applies, removes, or moves its contribution between days.
 */
export async function applyActivityChange(ctx: TableContext, oldImage: Activity | null, newImage: Activity | null, now = new Date()): Promise<void> {
  for (const change of dayChanges(oldImage, newImage)) {
    if (change.kind === 'apply') await applyActivityToDay(ctx, change.activity, now);
    else await removeActivityFromDay(ctx, { userId: (newImage ?? oldImage)!.userId, localDay: change.localDay, activityId: change.activityId, revision: change.revision }, now);
  }
}

/** One day's summary (GetItem). */
export async function getForgeDaySummary(ctx: TableContext, userId: string, localDay: string): Promise<ForgeDaySummary | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: forgeDayKey(userId, localDay) }));
  return result.Item ? summaryFromItem(result.Item) : null;
}

/** #15 GET /forge/progression, /forge/insights: the day summaries of [fromDay, toDay], oldest first. One Query (paged only past 1 MB). */
export async function listForgeDays(ctx: TableContext, userId: string, fromDay: string, toDay: string): Promise<ForgeDaySummary[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':from': `FDAY#${fromDay}`, ':to': `FDAY#${toDay}` },
  });
  return items.map(summaryFromItem);
}
