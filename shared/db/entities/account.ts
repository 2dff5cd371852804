import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { batchDeleteKeys, type ItemKey } from '../batch';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';
import { queryAll } from '../query';
import { ACTIVITY_ENTITY, fromItem as activityFromItem } from './activity';
import { DEVICE_ENTITY, fromItem as deviceFromItem } from './device';
import { DEVICE_TOKENS_ENTITY, DEVICE_TOKENS_SUFFIX } from './device-tokens';
import { FORGE_DAY_ENTITY, summaryFromItem as forgeDaySummaryFromItem } from './forge-day';
import { PROFILE_ENTITY, fromItem as profileFromItem } from './profile';
import { SESSION_SNAPSHOT_ENTITY, fromItem as snapshotFromItem } from './session-snapshot';
import { fromItem as enrichmentFromItem, SESSION_ENRICHMENT_ENTITY } from './session-enrichment';
import { fromItem as sessionFromItem, TRAINING_SESSION_ENTITY } from './training-session';
import { WEARABLE_DAY_ENTITY, fromItem as wearableDayFromItem } from './wearable-day';
import { WEARABLE_WORKOUT_ENTITY, fromItem as workoutFromItem } from './wearable-workout';

/**
 * GET /me/export and DELETE /me: everything in the caller's partition `USER#<sub>`.
 *
 * What lives elsewhere and why:
 * - `OAUTH#<state>` items (an OAuth authorization in progress) have their own partition, keyed by
 *   the random state the public callback knows; nothing indexes them by user and a Scan is not
 *   allowed, so they are neither exported nor deleted here. They hold only the user id, the
 *   provider and a PKCE verifier, expire 10 minutes after creation (TTL on AWS, the dev sweeper
 *   locally) and are refused once expired.
 * - The illustration library and its jobs are global (per exercise, not per user).
 * - GSI entries (history, open items, polling, snapshots, queues) are projections of the items in
 *   the user's partition and disappear with them.
 */

/** Entities whose items are secrets: never exported. */
const SECRET_ENTITIES = new Set([DEVICE_TOKENS_ENTITY]);
const isSecret = (item: Record<string, unknown>) => SECRET_ENTITIES.has(String(item.entity)) || String(item.SK).endsWith(DEVICE_TOKENS_SUFFIX);

/** Known entities export as their domain shape; bookkeeping (e.g. the day aggregates' per-activity map) stays out. */
const EXPORTERS: Record<string, (item: Record<string, unknown>) => unknown> = {
  [PROFILE_ENTITY]: profileFromItem,
  [TRAINING_SESSION_ENTITY]: sessionFromItem,
  [SESSION_SNAPSHOT_ENTITY]: snapshotFromItem,
  [SESSION_ENRICHMENT_ENTITY]: enrichmentFromItem,
  [ACTIVITY_ENTITY]: activityFromItem,
  [FORGE_DAY_ENTITY]: forgeDaySummaryFromItem,
  [DEVICE_ENTITY]: deviceFromItem,
  [WEARABLE_DAY_ENTITY]: wearableDayFromItem,
  [WEARABLE_WORKOUT_ENTITY]: workoutFromItem,
};

export interface UserExport {
  userId: string;
  exportedAt: string;
  /** Plain entities grouped by entity name (profile, trainingSession, activity, forgeDay, device, …). */
  entities: Record<string, unknown[]>;
}

/** Plain form of one stored item (storage attributes removed); falls back to the raw attributes if a schema no longer fits. */
export function exportItem(item: Record<string, unknown>): unknown {
  const exporter = EXPORTERS[String(item.entity)];
  if (exporter) {
    try {
      return exporter(item);
    } catch {
      // An item written by an older schema still belongs in the user's export.
    }
  }
  return withoutStorageAttributes(item);
}

/** #20 GET /me/export: Query `USER#<sub>` page by page; token items are skipped. */
export async function exportUserItems(ctx: TableContext, userId: string, now = new Date()): Promise<UserExport> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': userPartition(userId) },
  });
  const entities: Record<string, unknown[]> = {};
  for (const item of items) {
    if (isSecret(item)) continue;
    const entity = String(item.entity ?? 'unknown');
    (entities[entity] ??= []).push(exportItem(item));
  }
  return { userId, exportedAt: now.toISOString(), entities };
}

const PAGE = 500;
const MAX_PAGES = 10_000;

/**
 * #21 DELETE /me: deletes every item of `USER#<sub>` (keys from consistent Queries, deleted with
 * BatchWriteItem, unprocessed items re-sent with backoff). It queries again from the start until
 * the partition is empty, so items written meanwhile (e.g. by a stream consumer) go too.
 * OAuth states are not reachable from the partition (see above). Returns how many items were deleted.
 */
export async function deleteUserData(ctx: TableContext, userId: string): Promise<{ deleted: number }> {
  let deleted = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await documentClient.send(
      new QueryCommand({
        TableName: ctx.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': userPartition(userId) },
        ProjectionExpression: 'PK, SK',
        ConsistentRead: true,
        Limit: PAGE,
      }),
    );
    const keys = (result.Items ?? []) as ItemKey[];
    if (keys.length === 0) return { deleted };
    deleted += await batchDeleteKeys(ctx, keys);
  }
  throw new Error(`deleteUserData: ${userId} still has items after ${MAX_PAGES} pages`);
}
