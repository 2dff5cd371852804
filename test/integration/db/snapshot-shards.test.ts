import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import { deleteSnapshot, listSnapshotsOlderThan, saveSnapshot, SNAPSHOT_SHARDS, snapshotIndexKey, snapshotKey, snapshotShard, snapshotShardPartition } from '../../../shared/db/entities/session-snapshot';
import { newId } from '../../../shared/db/ids';
import { shardOf } from '../../../shared/db/shards';
import { repositoryTableContext, uniqueUserId } from '../../support/db';

const ctx = repositoryTableContext;
const DAY = 86_400_000;
const state = { step: 'session' as const, exerciseIndex: 0, setIndex: 1, completedExercises: [], completedSets: [{ exerciseIndex: 0, setIndex: 0 }], pipelineState: {} };
/** The GSI3 partition of a snapshot's cleanup index marker. */
const indexPartition = async (userId: string, sessionId: string) =>
  (await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: snapshotIndexKey(userId, sessionId) }))).Item?.GSI3PK as string | undefined;

describe('snapshot index shards (raised from 8 to 32)', () => {
  it('writes each user to its shard among 32, so 64 users use far more than the former 8 partitions', async () => {
    const users = Array.from({ length: 64 }, () => uniqueUserId());
    const sessionId = newId();
    for (const userId of users) await saveSnapshot(ctx(), userId, sessionId, state);
    try {
      const partitions = await Promise.all(users.map((userId) => indexPartition(userId, sessionId)));
      users.forEach((userId, i) => expect(partitions[i]).toBe(snapshotShardPartition(snapshotShard(userId))));
      // 64 users over 32 shards: ~28 distinct expected; over 8 there could be at most 8.
      expect(new Set(partitions).size).toBeGreaterThan(16);
      expect(Math.max(...partitions.map((p) => Number(p!.split('#')[1])))).toBeLessThan(SNAPSHOT_SHARDS);
    } finally {
      for (const userId of users) await deleteSnapshot(ctx(), userId, sessionId);
    }
  });

  it('still lists a snapshot saved before markers, indexed by itself under its former 8-shard partition, and keeps it listed after a save', async () => {
    let userId = uniqueUserId();
    while (shardOf(userId, 8) === snapshotShard(userId)) userId = uniqueUserId();
    const sessionId = newId();
    const oldAt = new Date(Date.now() - 3 * DAY);
    const saved = await saveSnapshot(ctx(), userId, sessionId, state, { now: oldAt });
    // As stored before: its own entry in the former shard, no marker.
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx().tableName,
        Key: snapshotKey(userId, sessionId),
        UpdateExpression: 'SET GSI3PK = :former, GSI3SK = :created',
        ExpressionAttributeValues: { ':former': snapshotShardPartition(shardOf(userId, 8)), ':created': saved.createdAt },
      }),
    );
    await documentClient.send(new DeleteCommand({ TableName: ctx().tableName, Key: snapshotIndexKey(userId, sessionId) }));
    const listed = async (cutoff: Date) => (await listSnapshotsOlderThan(ctx(), cutoff)).some((ref) => ref.sessionId === sessionId && ref.userId === userId);
    try {
      expect(await listed(new Date(Date.now() - 2 * DAY))).toBe(true);
      await saveSnapshot(ctx(), userId, sessionId, { ...state, setIndex: 2 }, { expectedVersion: saved.version });
      expect(await listed(new Date(Date.now() + DAY))).toBe(true);
      expect(await indexPartition(userId, sessionId)).toBeUndefined();
    } finally {
      await deleteSnapshot(ctx(), userId, sessionId);
    }
  });
});
