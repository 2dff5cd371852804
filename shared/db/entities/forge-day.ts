import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Activity } from '../../domain/forge/activity';
import { countedActivity, dayChanges, forgeDayLedger, forgeDaySchema, summaryOf, type Contribution, type ForgeDay, type ForgeDaySummary } from '../../domain/forge/day';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { applyDayChange, applyDayChanges, type DayLedgerStore } from '../day-ledger';
import { withoutStorageAttributes } from '../item';
import { forgePartition, userPartition } from '../keys';
import { queryAll } from '../query';

export const FORGE_DAY_ENTITY = 'forgeDay';
export const FORGE_DAY_PREFIX = 'FDAY#';

export const forgeDayKey = (userId: string, localDay: string) => ({ PK: userPartition(userId), SK: `${FORGE_DAY_PREFIX}${localDay}` });

export function toItem(day: ForgeDay): Record<string, unknown> {
  return {
    ...forgeDayKey(day.userId, day.localDay),
    entity: FORGE_DAY_ENTITY,
    // Same GSI1 partition as the activities; `!` sorts before the day's `<startAt>` keys (#13).
    GSI1PK: forgePartition(day.userId),
    GSI1SK: `${day.localDay}#!`,
    ...day,
  };
}

export const fromItem = (item: Record<string, unknown>): ForgeDay => forgeDaySchema.parse(withoutStorageAttributes(item));
export const summaryFromItem = (item: Record<string, unknown>): ForgeDaySummary => summaryOf(fromItem(item));

const store: DayLedgerStore<Contribution, ForgeDay> = { entity: FORGE_DAY_ENTITY, rules: forgeDayLedger, key: forgeDayKey, toItem, fromItem };

/**
 * Counts an activity (at its revision) in its day, replacing what an older revision of it
 * contributed. Idempotent: the same or an older revision changes nothing. Returns whether the day changed.
 */
export function applyActivityToDay(ctx: TableContext, activity: Activity, now = new Date()): Promise<boolean> {
  const { sourceId, day, entry } = countedActivity(activity);
  return applyDayChange(ctx, store, activity.userId, { kind: 'apply', day, sourceId, entry }, now);
}

/** Removes an activity's contribution from a day, leaving a tombstone at `revision` (`revisionOf`). Never creates a missing day. Idempotent. */
export function removeActivityFromDay(
  ctx: TableContext,
  target: { userId: string; localDay: string; activityId: string; revision: string },
  now = new Date(),
): Promise<boolean> {
  return applyDayChange(ctx, store, target.userId, { kind: 'remove', day: target.localDay, sourceId: target.activityId, revision: target.revision }, now);
}

/**
 * The stream consumer's entry point: an activity item changed from `oldImage` to `newImage`
 * (either may be null). Applies, removes, or moves its contribution between days; returns how many days changed.
 */
export async function applyActivityChange(ctx: TableContext, oldImage: Activity | null, newImage: Activity | null, now = new Date()): Promise<number> {
  const userId = (newImage ?? oldImage)?.userId;
  return userId ? applyDayChanges(ctx, store, userId, dayChanges(oldImage, newImage), now) : 0;
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
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':from': `${FORGE_DAY_PREFIX}${fromDay}`, ':to': `${FORGE_DAY_PREFIX}${toDay}` },
  });
  return items.map(summaryFromItem);
}
