import { BatchGetCommand, DeleteCommand, GetCommand, PutCommand, UpdateCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
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
 * The cleanup job finds snapshots through GSI3, which projects ALL: an entry on the snapshot
 * itself would be rewritten by each of a session's ~41 saves (one more write unit each, half of
 * a save's). So the entry is a marker item of its own (`SNAPINDEX#<sessionId>`: the shard and the
 * creation instant, written once when the snapshot is created), and a save writes the snapshot
 * alone. Snapshots saved before markers existed keep their own entry until they expire. The
 * markers are sharded by user over 32 partitions; a shard computed with a smaller count is one of
 * the shards the cleanup reads.
 */
export const SNAPSHOT_SHARDS = 32;
/** Shard of a user: first 4 bytes of SHA-256(sub), big-endian, modulo SNAPSHOT_SHARDS (stable across runtimes). */
export const snapshotShard = (userId: string): number => shardOf(userId, SNAPSHOT_SHARDS);
export const snapshotShardPartition = (shard: number) => `SNAPSHOTS#${shard}`;
/**
 * The cleanup index sorts by creation, which never changes, so the marker is written once.
 * Created ≤ updated: every snapshot last updated before a cutoff is among those created before it
 * (the cleanup then filters on `updatedAt`). Older entries keyed `<updatedAt>#<user>#<session>`
 * keep that key, which is ≤ their `updatedAt` too.
 */
export const snapshotIndexSortKey = (snapshot: Pick<SessionSnapshot, 'createdAt'>) => snapshot.createdAt;
const RETENTION_SECONDS = SNAPSHOT_RETENTION_DAYS * 86_400;

/** The stored item: the owner and the session are its key (`USER#<sub>`, `SNAPSHOT#<id>`), not attributes again. */
export function toItem(snapshot: SessionSnapshot): Record<string, unknown> {
  const { userId, sessionId, ...stored } = snapshot;
  return {
    ...snapshotKey(userId, sessionId),
    entity: SESSION_SNAPSHOT_ENTITY,
    expiresAt: epochSeconds(snapshot.updatedAt) + RETENTION_SECONDS,
    ...stored,
  };
}

export const SNAPSHOT_INDEX_ENTITY = 'sessionSnapshotIndex';
const SNAPSHOT_INDEX_PREFIX = 'SNAPINDEX#';
export const snapshotIndexKey = (userId: string, sessionId: string) => ({ PK: userPartition(userId), SK: `${SNAPSHOT_INDEX_PREFIX}${sessionId}` });
/** The job deletes a marker with its snapshot, or once the snapshot is gone; TTL is the backstop. */
const INDEX_RETENTION_SECONDS = 4 * RETENTION_SECONDS;

/** A snapshot's cleanup index marker (~200 bytes): in its user's GSI3 shard, sorted by the snapshot's creation. */
export function indexItem(snapshot: Pick<SessionSnapshot, 'userId' | 'sessionId' | 'createdAt'>): Record<string, unknown> {
  return {
    ...snapshotIndexKey(snapshot.userId, snapshot.sessionId),
    entity: SNAPSHOT_INDEX_ENTITY,
    GSI3PK: snapshotShardPartition(snapshotShard(snapshot.userId)),
    GSI3SK: snapshotIndexSortKey(snapshot),
    createdAt: snapshot.createdAt,
    expiresAt: epochSeconds(snapshot.createdAt) + INDEX_RETENTION_SECONDS,
  };
}

/** Owner and session from the key of a snapshot or of its marker (items written before kept them as attributes too: the key wins). */
function refOfKey(item: Record<string, unknown>): { userId: string; sessionId: string } {
  const sk = String(item.SK);
  const prefix = sk.startsWith(SNAPSHOT_INDEX_PREFIX) ? SNAPSHOT_INDEX_PREFIX : SNAPSHOT_PREFIX;
  return { userId: String(item.PK).slice(userPartition('').length), sessionId: sk.slice(prefix.length) };
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
  // Attributes of the older format (owner, session) go; an older snapshot's own index keys stay.
  const parts = setAll({ ...item, userId: undefined, sessionId: undefined }, ['createdAt']);
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
    const saved = fromItem(result.Attributes!);
    // Created by this save (createdAt kept otherwise): its marker, once. A crash before it leaves the snapshot to its TTL.
    if (saved.createdAt === updatedAt) await documentClient.send(new PutCommand({ TableName: ctx.tableName, Item: indexItem(saved) }));
    return saved;
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

type Ref = { userId: string; sessionId: string };
const refLabel = (ref: Ref) => `${ref.userId}|${ref.sessionId}`;

/** Items by key with BatchGetItem (100 keys a request, unprocessed keys sent again), keyed `PK|SK`. */
async function batchGet(ctx: TableContext, keys: Array<{ PK: string; SK: string }>, projection: { ProjectionExpression: string; ExpressionAttributeNames?: Record<string, string> }) {
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + 100);
    while (pending && pending.length > 0) {
      const result: BatchGetCommandOutput = await documentClient.send(new BatchGetCommand({ RequestItems: { [ctx.tableName]: { Keys: pending, ...projection } } }));
      for (const item of result.Responses?.[ctx.tableName] ?? []) found.set(`${item.PK}|${item.SK}`, item);
      pending = result.UnprocessedKeys?.[ctx.tableName]?.Keys;
    }
  }
  return found;
}

/**
 * The index entries created before `before` in every shard (one Query each, never a Scan): older
 * snapshots are their own entry; a marker's snapshot is read (BatchGetItem) for its `updatedAt`.
 * Returns the snapshots last updated before `before`, and the markers whose snapshot is gone
 * (completed, cancelled, deleted or expired since).
 */
async function listIndex(ctx: TableContext, before: string): Promise<{ refs: SnapshotRef[]; orphanMarkers: Ref[] }> {
  const shards = await Promise.all(
    Array.from({ length: SNAPSHOT_SHARDS }, (_, shard) =>
      queryAll(ctx, {
        IndexName: GSI3,
        KeyConditionExpression: 'GSI3PK = :pk AND GSI3SK < :before',
        ExpressionAttributeValues: { ':pk': snapshotShardPartition(shard), ':before': before },
        ProjectionExpression: 'PK, SK, updatedAt',
      }),
    ),
  );
  const entries = shards.flat();
  const own = entries.filter((item) => String(item.SK).startsWith(SNAPSHOT_PREFIX)).map((item) => ({ ...refOfKey(item), updatedAt: String(item.updatedAt) }));
  const markers = entries.filter((item) => String(item.SK).startsWith(SNAPSHOT_INDEX_PREFIX)).map(refOfKey);
  const snapshots = await batchGet(ctx, markers.map((ref) => snapshotKey(ref.userId, ref.sessionId)), { ProjectionExpression: 'PK, SK, updatedAt' });
  const current = new Map([...snapshots.values()].map((item) => [refLabel(refOfKey(item)), String(item.updatedAt)]));
  const indexed = markers.flatMap((ref) => (current.has(refLabel(ref)) ? [{ ...ref, updatedAt: current.get(refLabel(ref))! }] : []));
  return { refs: [...own, ...indexed].filter((ref) => ref.updatedAt < before), orphanMarkers: markers.filter((ref) => !current.has(refLabel(ref))) };
}

/** Job (pattern #23): snapshots last updated before `cutoff`, from one Query per shard on GSI3 (never a Scan) and their markers' snapshots. */
export async function listSnapshotsOlderThan(ctx: TableContext, cutoff: Date): Promise<SnapshotRef[]> {
  return (await listIndex(ctx, cutoff.toISOString())).refs;
}

const deleteMarker = (ctx: TableContext, ref: Ref) => documentClient.send(new DeleteCommand({ TableName: ctx.tableName, Key: snapshotIndexKey(ref.userId, ref.sessionId) }));

/** Deletes a listed snapshot unless it was written again since it was listed, then its marker. */
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
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
  await deleteMarker(ctx, ref);
  return true;
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
 * completion transaction), and the markers whose snapshot is gone. Lists every shard of GSI3
 * (Query), reads the sessions' status with BatchGetItem (keys, no Scan), deletes what is left
 * over. Returns how many snapshots.
 */
export async function deleteSnapshotsOfFinishedSessions(ctx: TableContext): Promise<number> {
  const { refs, orphanMarkers } = await listIndex(ctx, '~'); // '~' sorts after every ISO instant: the whole shard
  for (const ref of orphanMarkers) await deleteMarker(ctx, ref);
  const sessions = await batchGet(ctx, refs.map((ref) => sessionKey(ref.userId, ref.sessionId)), { ProjectionExpression: 'PK, SK, #status', ExpressionAttributeNames: { '#status': 'status' } });
  let deleted = 0;
  for (const ref of refs) {
    const key = sessionKey(ref.userId, ref.sessionId);
    const sessionStatus = sessions.get(`${key.PK}|${key.SK}`)?.status;
    if ((sessionStatus === undefined || sessionStatus === 'completed') && (await deleteIfUnchanged(ctx, ref))) deleted++;
  }
  return deleted;
}

/** The daily cleanup job (PRODUCT #12): snapshots older than 7 days, then those of finished sessions. */
export async function cleanupSnapshots(ctx: TableContext, now = new Date()): Promise<{ stale: number; finished: number }> {
  const stale = await deleteSnapshotsOlderThan(ctx, new Date(now.getTime() - RETENTION_SECONDS * 1000));
  const finished = await deleteSnapshotsOfFinishedSessions(ctx);
  return { stale, finished };
}
