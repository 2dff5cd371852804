import { BatchGetCommand, DeleteCommand, GetCommand, UpdateCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  latestRecoverable,
  sessionSnapshotSchema,
  SNAPSHOT_RECOVERY_HOURS,
  SNAPSHOT_RETENTION_DAYS,
  snapshotStateSchema,
  type SessionSnapshot,
  type SnapshotState,
} from '../../domain/training/snapshot';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, VersionConflictError, withoutStorageAttributes } from '../item';
import { SNAPSHOT_PREFIX, sessionItemKeys, userPartition } from '../keys';
import { queryAll } from '../query';
import { epochSeconds } from '../ttl';
import { setAll } from '../update';
import { shardOf } from '../shards';
import { GSI3 } from '../table-definition';
import { sessionKey } from './training-session';

export const SESSION_SNAPSHOT_ENTITY = 'sessionSnapshot';
export const snapshotKey = (userId: string, sessionId: string) => sessionItemKeys(userId, sessionId).snapshot;

/**
 * Each snapshot write also writes its cleanup index entry (GSI3 projects ALL: one more write unit
 * per KB; it stays in place, its sort key being the creation time). At the 1,000,000-athlete
 * evening peak (docs/scale.md) that is ~900 GSI3 units per second at 41 snapshots a session,
 * ~2,700 if every 30-s tick saved: over 32 partitions at most ~85 each (a tenth of the 1,000 a
 * partition takes). Raising the count keeps older entries readable: a shard computed with a
 * smaller count is one of the shards the cleanup reads, and the entry moves to its shard at its
 * next write.
 */
export const SNAPSHOT_SHARDS = 32;
/** Shard of a user: first 4 bytes of SHA-256(sub), big-endian, modulo SNAPSHOT_SHARDS (stable across runtimes). */
export const snapshotShard = (userId: string): number => shardOf(userId, SNAPSHOT_SHARDS);
export const snapshotShardPartition = (shard: number) => `SNAPSHOTS#${shard}`;
/**
 * The cleanup index sorts by creation, which never changes, so a save rewrites the entry in place
 * instead of moving it (a delete and a put). Created ≤ updated: every snapshot last updated
 * before a cutoff is among those created before it (the cleanup filters on `updatedAt`). Older
 * entries keyed `<updatedAt>#<user>#<session>` keep that key, which is ≤ their `updatedAt` too.
 */
export const snapshotIndexSortKey = (snapshot: Pick<SessionSnapshot, 'createdAt'>) => snapshot.createdAt;
const RETENTION_SECONDS = SNAPSHOT_RETENTION_DAYS * 86_400;

/** The stored item: the owner and the session are its key (`USER#<sub>`, `SNAPSHOT#<id>`), not attributes again. */
export function toItem(snapshot: SessionSnapshot): Record<string, unknown> {
  const { userId, sessionId, ...stored } = snapshot;
  return {
    ...snapshotKey(userId, sessionId),
    entity: SESSION_SNAPSHOT_ENTITY,
    GSI3PK: snapshotShardPartition(snapshotShard(userId)),
    GSI3SK: snapshotIndexSortKey(snapshot),
    expiresAt: epochSeconds(snapshot.updatedAt) + RETENTION_SECONDS,
    ...stored,
  };
}

/** Owner and session from the item's key (items written before kept them as attributes too: the key wins). */
function refOfKey(item: Record<string, unknown>): { userId: string; sessionId: string } {
  return { userId: String(item.PK).slice(userPartition('').length), sessionId: String(item.SK).slice(SNAPSHOT_PREFIX.length) };
}

export const fromItem = (item: Record<string, unknown>): SessionSnapshot => sessionSnapshotSchema.parse({ ...withoutStorageAttributes(item), ...refOfKey(item) });

function conflict(error: unknown): VersionConflictError {
  const current = (error as { Item?: Record<string, { N?: string }> }).Item?.version?.N;
  return new VersionConflictError(SESSION_SNAPSHOT_ENTITY, current ? Number(current) : undefined);
}

/**
 * PUT /training/sessions/{id}/snapshot: one conditional UpdateItem. Without `expectedVersion`
 * it only creates (a snapshot that exists → conflict); with it, it creates the snapshot if absent,
 * else writes only if the stored version equals `expectedVersion`. The new version is
 * expectedVersion + 1 (1 on creation); createdAt survives updates. TTL = updatedAt + 7 days.
 */
export async function saveSnapshot(
  ctx: TableContext,
  userId: string,
  sessionId: string,
  state: SnapshotState,
  options: { expectedVersion?: number; now?: Date } = {},
): Promise<SessionSnapshot> {
  const parsed = snapshotStateSchema.parse(state);
  const updatedAt = (options.now ?? new Date()).toISOString();
  const item = toItem({ ...parsed, userId, sessionId, createdAt: updatedAt, updatedAt, version: (options.expectedVersion ?? 0) + 1 });
  // The index entry keeps its creation key; attributes of the older format (owner, session) go.
  const parts = setAll({ ...item, userId: undefined, sessionId: undefined }, ['createdAt', 'GSI3SK']);
  let condition = 'attribute_not_exists(PK)';
  if (options.expectedVersion !== undefined) {
    condition += ' OR #version = :expected';
    parts.ExpressionAttributeNames['#version'] = 'version';
    parts.ExpressionAttributeValues[':expected'] = options.expectedVersion;
  }
  try {
    const result = await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: snapshotKey(userId, sessionId),
        ...parts,
        ConditionExpression: condition,
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return fromItem(result.Attributes!);
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const stored = alreadySaved(error, parsed);
    if (stored) return stored;
    throw conflict(error);
  }
}

/** JSON with object keys sorted: DynamoDB keeps no map key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/**
 * The stored snapshot when it already holds exactly this state: the same PUT sent again (its
 * answer was lost, or an offline outbox replays it) succeeds instead of conflicting, so the
 * client learns the current version and keeps saving.
 */
function alreadySaved(error: unknown, state: SnapshotState): SessionSnapshot | null {
  const item = (error as { Item?: Parameters<typeof unmarshall>[0] }).Item;
  if (!item) return null;
  const stored = fromItem(unmarshall(item));
  const storedState = Object.fromEntries(Object.keys(state).map((key) => [key, stored[key as keyof SessionSnapshot]]));
  return canonical(storedState) === canonical(state) ? stored : null;
}

/** GetItem `SNAPSHOT#<sessionId>` (whatever its age). */
export async function getSnapshot(ctx: TableContext, userId: string, sessionId: string): Promise<SessionSnapshot | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: snapshotKey(userId, sessionId) }));
  return result.Item ? fromItem(result.Item) : null;
}

/**
 * GET /training/recovery (pattern #8): Query `USER#sub`, SK begins_with `SNAPSHOT#`, filtered to
 * the last 24 h; the most recently updated one, or null.
 */
export async function latestSnapshot(ctx: TableContext, userId: string, now = new Date()): Promise<SessionSnapshot | null> {
  const cutoff = new Date(now.getTime() - SNAPSHOT_RECOVERY_HOURS * 3_600_000).toISOString();
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    FilterExpression: 'updatedAt > :cutoff',
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':prefix': SNAPSHOT_PREFIX, ':cutoff': cutoff },
  });
  return latestRecoverable(items.map(fromItem), now);
}

/** DELETE /training/sessions/{id}/snapshot (recovery "cancel"): true when one existed. */
export async function deleteSnapshot(ctx: TableContext, userId: string, sessionId: string): Promise<boolean> {
  const result = await documentClient.send(new DeleteCommand({ TableName: ctx.tableName, Key: snapshotKey(userId, sessionId), ReturnValues: 'ALL_OLD' }));
  return result.Attributes !== undefined;
}

/** A snapshot as the cleanup index lists it. */
export interface SnapshotRef {
  userId: string;
  sessionId: string;
  updatedAt: string;
}

async function listShard(ctx: TableContext, shard: number, before: string): Promise<SnapshotRef[]> {
  const items = await queryAll(ctx, {
    IndexName: GSI3,
    KeyConditionExpression: 'GSI3PK = :pk AND GSI3SK < :before',
    FilterExpression: 'updatedAt < :before',
    ExpressionAttributeValues: { ':pk': snapshotShardPartition(shard), ':before': before },
    ProjectionExpression: 'PK, SK, updatedAt',
  });
  return items.map((item) => ({ ...refOfKey(item), updatedAt: String(item.updatedAt) }));
}

/** Job (pattern #23): snapshots last updated before `cutoff`, from one Query per shard on GSI3 (never a Scan). */
export async function listSnapshotsOlderThan(ctx: TableContext, cutoff: Date): Promise<SnapshotRef[]> {
  return listAllShards(ctx, cutoff.toISOString());
}

async function listAllShards(ctx: TableContext, before: string): Promise<SnapshotRef[]> {
  const shards = await Promise.all(Array.from({ length: SNAPSHOT_SHARDS }, (_, shard) => listShard(ctx, shard, before)));
  return shards.flat();
}

/** Deletes a listed snapshot unless it was written again since it was listed. */
async function deleteIfUnchanged(ctx: TableContext, ref: SnapshotRef): Promise<boolean> {
  try {
    await documentClient.send(
      new DeleteCommand({
        TableName: ctx.tableName,
        Key: snapshotKey(ref.userId, ref.sessionId),
        ConditionExpression: 'updatedAt = :seen',
        ExpressionAttributeValues: { ':seen': ref.updatedAt },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/** Deletes listed snapshots, each only if it was not written again since it was listed; returns how many. */
export async function deleteListedSnapshots(ctx: TableContext, refs: readonly SnapshotRef[]): Promise<number> {
  let deleted = 0;
  for (const ref of refs) if (await deleteIfUnchanged(ctx, ref)) deleted++;
  return deleted;
}

/** Job: deletes the snapshots last updated before `cutoff` (default now − 7 days); returns how many. */
export async function deleteSnapshotsOlderThan(ctx: TableContext, cutoff = new Date(Date.now() - RETENTION_SECONDS * 1000)): Promise<number> {
  return deleteListedSnapshots(ctx, await listSnapshotsOlderThan(ctx, cutoff));
}

/**
 * Job: deletes snapshots whose session is completed or gone (a heartbeat that landed after the
 * completion transaction). Lists every shard of GSI3 (Query), reads the sessions' status with
 * BatchGetItem (keys, no Scan), deletes what is left over. Returns how many.
 */
export async function deleteSnapshotsOfFinishedSessions(ctx: TableContext): Promise<number> {
  const refs = await listAllShards(ctx, '~'); // '~' sorts after every ISO instant: the whole shard
  let deleted = 0;
  for (let i = 0; i < refs.length; i += 100) {
    const batch = refs.slice(i, i + 100);
    const status = new Map<string, string>();
    let keys: Record<string, unknown>[] | undefined = batch.map((ref) => sessionKey(ref.userId, ref.sessionId));
    while (keys && keys.length > 0) {
      const result: BatchGetCommandOutput = await documentClient.send(
        new BatchGetCommand({
          RequestItems: { [ctx.tableName]: { Keys: keys, ProjectionExpression: 'PK, SK, #status', ExpressionAttributeNames: { '#status': 'status' } } },
        }),
      );
      for (const item of result.Responses?.[ctx.tableName] ?? []) status.set(`${item.PK}|${item.SK}`, String(item.status));
      keys = result.UnprocessedKeys?.[ctx.tableName]?.Keys;
    }
    for (const ref of batch) {
      const key = sessionKey(ref.userId, ref.sessionId);
      const sessionStatus = status.get(`${key.PK}|${key.SK}`);
      if ((sessionStatus === undefined || sessionStatus === 'completed') && (await deleteIfUnchanged(ctx, ref))) deleted++;
    }
  }
  return deleted;
}

/** The daily cleanup job (PRODUCT #12): snapshots older than 7 days, then those of finished sessions. */
export async function cleanupSnapshots(ctx: TableContext, now = new Date()): Promise<{ stale: number; finished: number }> {
  const stale = await deleteSnapshotsOlderThan(ctx, new Date(now.getTime() - RETENTION_SECONDS * 1000));
  const finished = await deleteSnapshotsOfFinishedSessions(ctx);
  return { stale, finished };
}
