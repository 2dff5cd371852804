import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  activitySchema,
  applyManualChanges,
  newManualActivity,
  ReadOnlyActivityError,
  syncedActivityId,
  wearableActivityId,
  type Activity,
  type ActivitySource,
  type ManualActivityChanges,
  type ManualActivityInput,
} from '../../domain/forge/activity';
import type { ForgeDaySummary } from '../../domain/forge/day';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { newId } from '../ids';
import { isConditionalCheckFailed, VersionConflictError, withoutStorageAttributes } from '../item';
import { forgePartition, userPartition } from '../keys';
import type { ItemKey } from '../batch';
import { queryAll, queryPage, type Page } from '../query';
import { setAll } from '../update';
import { GSI1 } from '../table-definition';
import { FORGE_DAY_ENTITY, summaryFromItem } from './forge-day';
import { fromItem as wearableDayFromItem, WEARABLE_DAY_ENTITY } from './wearable-day';
import type { WearableDay } from '../../domain/wearables/imports';

import { ACTIVITY_ENTITY } from '../entity-names';

export { ACTIVITY_ENTITY };

const ACTIVITY_PREFIX = 'ACTIVITY#';
export const activityKey = (userId: string, id: string) => ({ PK: userPartition(userId), SK: `${ACTIVITY_PREFIX}${id}` });
export const activitySortKey = (activity: Pick<Activity, 'localDay' | 'startAt' | 'id'>) => `${activity.localDay}#${activity.startAt}#${activity.id}`;

export function toItem(activity: Activity): Record<string, unknown> {
  return {
    ...activityKey(activity.userId, activity.id),
    entity: ACTIVITY_ENTITY,
    GSI1PK: forgePartition(activity.userId),
    GSI1SK: activitySortKey(activity),
    ...activity,
  };
}

export const fromItem = (item: Record<string, unknown>): Activity => activitySchema.parse(withoutStorageAttributes(item));

export type UpsertOutcome = 'written' | 'ignored';

/**
 * Writes a synced (training_session) or imported (wearable) activity unless the stored one
 * already has this source version or a newer one: one conditional UpdateItem, so redelivered and
 * out-of-order source records are harmless. `createdAt` of an existing activity is kept.
 */
async function upsertDerivedActivity(ctx: TableContext, activity: Activity, source: Exclude<ActivitySource, 'manual'>, sameVersion = false): Promise<UpsertOutcome> {
  if (activity.source !== source || activity.sourceVersion === null) {
    throw new RangeError(`expected a ${source} activity with a sourceVersion, got ${activity.source}/${activity.sourceVersion}`);
  }
  const { PK: _pk, SK: _sk, ...attributes } = toItem(activity);
  const parts = setAll(attributes, ['createdAt']);
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: activityKey(activity.userId, activity.id),
        ...parts,
        ConditionExpression: `attribute_not_exists(PK) OR (#source = :source AND #sourceVersion ${sameVersion ? '<=' : '<'} :sourceVersion)`,
        ExpressionAttributeNames: { ...parts.ExpressionAttributeNames, '#source': 'source', '#sourceVersion': 'sourceVersion' },
        ExpressionAttributeValues: { ...parts.ExpressionAttributeValues, ':source': source, ':sourceVersion': activity.sourceVersion },
      }),
    );
    return 'written';
  } catch (error) {
    if (isConditionalCheckFailed(error)) return 'ignored';
    throw error;
  }
}

/**
 * Sync Training → Forge: the activity of a completed session (`activityFromSession`, id
 * `ts_<sessionId>`, sourceVersion = session version). Idempotent: an older or equal session
 * version is ignored — except with `sameVersion`, when the session's wearable HR changed (linked
 * or unlinked after completion) and the same session version is written again with it.
 */
export const upsertSyncedActivity = (ctx: TableContext, activity: Activity, options: { sameVersion?: boolean } = {}): Promise<UpsertOutcome> =>
  upsertDerivedActivity(ctx, activity, 'training_session', options.sameVersion);

/** A wearable workout that became an activity (`activityFromWorkout`, id `wb_<provider>_<externalId>`); same rules. */
export const upsertWearableActivity = (ctx: TableContext, activity: Activity): Promise<UpsertOutcome> =>
  upsertDerivedActivity(ctx, activity, 'wearable');

/** The session was deleted: its activity goes too. Returns whether there was one. */
export async function deleteSyncedActivity(ctx: TableContext, userId: string, sessionId: string): Promise<boolean> {
  const result = await documentClient.send(new DeleteCommand({ TableName: ctx.tableName, Key: activityKey(userId, syncedActivityId(sessionId)), ReturnValues: 'ALL_OLD' }));
  return result.Attributes !== undefined;
}

/** A workout that got linked to a session after it had become an activity: the activity goes. */
export async function deleteWearableActivity(ctx: TableContext, userId: string, provider: string, externalId: string): Promise<boolean> {
  const result = await documentClient.send(
    new DeleteCommand({ TableName: ctx.tableName, Key: activityKey(userId, wearableActivityId(provider, externalId)), ReturnValues: 'ALL_OLD' }),
  );
  return result.Attributes !== undefined;
}

/** #16: one activity of the caller (any source). */
export async function getActivity(ctx: TableContext, userId: string, id: string): Promise<Activity | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: activityKey(userId, id) }));
  return result.Item ? fromItem(result.Item) : null;
}

/** POST /forge/manual-activities: a new manual activity (new id, filed under its local day in `timeZone`). */
export async function createManualActivity(
  ctx: TableContext,
  userId: string,
  input: ManualActivityInput,
  options: { timeZone: string; now?: Date },
): Promise<Activity> {
  const now = options.now ?? new Date();
  const activity = newManualActivity({ id: newId(now.getTime()), userId, input, timeZone: options.timeZone, now });
  await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: toItem(activity), ConditionExpression: 'attribute_not_exists(PK)' }));
  return activity;
}

/**
 * #16 PATCH: GetItem, then a Put conditional on the version read and on the source still being
 * manual. Returns null when the caller has no such activity; ReadOnlyActivityError for synced or
 * wearable activities; VersionConflictError when it changed meanwhile (or `expectedVersion`, e.g.
 * from If-Match, is not the current one).
 */
export async function updateManualActivity(
  ctx: TableContext,
  userId: string,
  id: string,
  changes: ManualActivityChanges,
  options: { timeZone: string; expectedVersion?: number; now?: Date },
): Promise<Activity | null> {
  const current = await getActivity(ctx, userId, id);
  if (!current) return null;
  if (current.source !== 'manual') throw new ReadOnlyActivityError(current.id, current.source);
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) throw new VersionConflictError(ACTIVITY_ENTITY, current.version);
  const next = applyManualChanges(current, changes, options.timeZone, options.now ?? new Date());
  try {
    await documentClient.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: toItem(next),
        ConditionExpression: '#version = :version AND #source = :manual',
        ExpressionAttributeNames: { '#version': 'version', '#source': 'source' },
        ExpressionAttributeValues: { ':version': current.version, ':manual': 'manual' },
      }),
    );
    return next;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    throw new VersionConflictError(ACTIVITY_ENTITY);
  }
}

/**
 * #16 DELETE: one conditional DeleteItem (source must be manual, and the version when given).
 * Returns false when the caller has no such activity; ReadOnlyActivityError for synced or
 * wearable activities; VersionConflictError on a stale `expectedVersion`.
 */
export async function deleteManualActivity(ctx: TableContext, userId: string, id: string, options: { expectedVersion?: number } = {}): Promise<boolean> {
  const versioned = options.expectedVersion !== undefined;
  try {
    await documentClient.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: activityKey(userId, id),
        ConditionExpression: `attribute_exists(PK) AND #source = :manual${versioned ? ' AND #version = :version' : ''}`,
        ExpressionAttributeNames: { '#source': 'source', ...(versioned ? { '#version': 'version' } : {}) },
        ExpressionAttributeValues: { ':manual': 'manual', ...(versioned ? { ':version': options.expectedVersion } : {}) },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return true;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const old = (error as { Item?: Record<string, { S?: string; N?: string }> }).Item;
    if (!old) return false;
    const source = old.source?.S as ActivitySource | undefined;
    if (source && source !== 'manual') throw new ReadOnlyActivityError(id, source);
    throw new VersionConflictError(ACTIVITY_ENTITY, old.version?.N ? Number(old.version.N) : undefined);
  }
}

export interface ForgeDayView {
  /** null until something was counted that day. */
  summary: ForgeDaySummary | null;
  /** The day's activities, earliest first. */
  activities: Activity[];
  /** Each connected provider's daily data for the day (steps, calories, resting HR). */
  wearableDays: WearableDay[];
}

/** #13 GET /forge/day: the day summary and its activities in one Query (`<day>#!` sorts first). */
export async function getForgeDayView(ctx: TableContext, userId: string, localDay: string): Promise<ForgeDayView> {
  const items = await queryAll(ctx, {
    IndexName: GSI1,
    KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :day)',
    ExpressionAttributeValues: { ':pk': forgePartition(userId), ':day': `${localDay}#` },
  });
  const view: ForgeDayView = { summary: null, activities: [], wearableDays: [] };
  for (const item of items) {
    if (item.entity === ACTIVITY_ENTITY) view.activities.push(fromItem(item));
    else if (item.entity === FORGE_DAY_ENTITY) view.summary = summaryFromItem(item);
    else if (item.entity === WEARABLE_DAY_ENTITY) view.wearableDays.push(wearableDayFromItem(item));
  }
  return view;
}

export interface ActivityHistoryFilter {
  fromDay: string;
  toDay: string;
  source?: ActivitySource;
  limit: number;
  cursor?: string;
}

/** #14 GET /forge/activities: newest first within local days [fromDay, toDay], optional source, signed cursor. One Query. */
export async function listActivityHistory(ctx: TableContext, userId: string, filter: ActivityHistoryFilter): Promise<Page<Activity>> {
  const names: Record<string, string> = { '#entity': 'entity' };
  const values: Record<string, unknown> = { ':pk': forgePartition(userId), ':from': `${filter.fromDay}#`, ':to': `${filter.toDay}#~`, ':activity': ACTIVITY_ENTITY };
  let condition = '#entity = :activity';
  if (filter.source) {
    condition += ' AND #source = :source';
    names['#source'] = 'source';
    values[':source'] = filter.source;
  }
  return queryPage(
    ctx,
    {
      IndexName: GSI1,
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
      FilterExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
    },
    { limit: filter.limit, cursor: filter.cursor, scope: { userId, query: `forge-history:${filter.fromDay}:${filter.toDay}:${filter.source ?? ''}` }, parse: fromItem },
  );
}

/** Keys of the activities imported from one provider (disconnect): Query SK begins_with `ACTIVITY#wb_<provider>_`. */
export async function wearableActivityKeysOf(ctx: TableContext, userId: string, provider: string): Promise<ItemKey[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ProjectionExpression: 'PK, SK',
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':prefix': `${ACTIVITY_PREFIX}${wearableActivityId(provider, '')}` },
  });
  return items.map((item) => ({ PK: item.PK as string, SK: item.SK as string }));
}
