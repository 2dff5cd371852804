import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import { connectDevice, deviceKey, disconnectDevice, listDueDevices, POLL_PARTITION, POLL_SHARDS, pollShard, pollShardPartition, rescheduleDevicePoll } from '../../../shared/db/entities/device';
import { repositoryTableContext, uniqueUserId } from '../../support/db';
import { testCipher } from '../../support/forge';

const ctx = repositoryTableContext;
const cipher = testCipher();
const tokens = { accessToken: 'a', accessTokenExpiresAt: '2026-03-10T13:00:00.000Z', refreshToken: 'r' };
const NOW = new Date('2026-03-10T12:00:00.000Z');
const storedPollPartition = async (userId: string) =>
  (await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: deviceKey(userId, 'oura') }))).Item?.GSI3PK as string | undefined;

describe('the wearable poll index is sharded by user', () => {
  it('spreads devices over every shard, and lists the due ones of all shards in due order', async () => {
    // Due in 2002, a year no other test uses, one second apart: the order is known.
    // One user hashed to each shard (so every shard is used, whatever the ids), then 40 more at random.
    const userOfShard = (shard: number) => {
      let userId = uniqueUserId();
      while (pollShard(userId) !== shard) userId = uniqueUserId();
      return userId;
    };
    const users = [...Array.from({ length: POLL_SHARDS }, (_, shard) => userOfShard(shard)), ...Array.from({ length: 40 }, () => uniqueUserId())];
    const dueAt = (i: number) => new Date(Date.UTC(2002, 0, 1, 0, 0, i));
    for (const [i, userId] of users.entries()) await connectDevice(ctx(), cipher, { userId, provider: 'oura', scopes: [], tokens, now: NOW, firstPollAt: dueAt(i) });
    try {
      const partitions = new Set(await Promise.all(users.map(storedPollPartition)));
      // Every shard is used, each device in its user's shard.
      expect(partitions).toEqual(new Set(Array.from({ length: POLL_SHARDS }, (_, shard) => pollShardPartition(shard))));
      for (const userId of users) expect(await storedPollPartition(userId)).toBe(pollShardPartition(pollShard(userId)));

      const due = (await listDueDevices(ctx(), dueAt(47), 100)).filter((d) => users.includes(d.userId));
      expect(due.map((d) => d.userId)).toEqual(users);
      const first = await listDueDevices(ctx(), dueAt(9), 100);
      expect(first.filter((d) => users.includes(d.userId)).map((d) => d.userId)).toEqual(users.slice(0, 10));
    } finally {
      for (const userId of users) await disconnectDevice(ctx(), userId, 'oura');
    }
  });

  it('still finds a device written before sharding, and moves it to its shard at its next reschedule', async () => {
    let userId = uniqueUserId();
    while (pollShard(userId) === 0) userId = uniqueUserId();
    const dueAt = new Date('2003-01-01T00:00:00.000Z');
    await connectDevice(ctx(), cipher, { userId, provider: 'oura', scopes: [], tokens, now: NOW, firstPollAt: dueAt });
    await documentClient.send(
      new UpdateCommand({ TableName: ctx().tableName, Key: deviceKey(userId, 'oura'), UpdateExpression: 'SET GSI3PK = :legacy', ExpressionAttributeValues: { ':legacy': POLL_PARTITION } }),
    );
    try {
      expect((await listDueDevices(ctx(), dueAt, 100)).some((d) => d.userId === userId)).toBe(true);
      expect(await rescheduleDevicePoll(ctx(), { userId, provider: 'oura', nextPollAt: new Date('2003-01-01T00:15:00.000Z'), expectedNextPollAt: dueAt.toISOString() })).toBe(true);
      expect(await storedPollPartition(userId)).toBe(pollShardPartition(pollShard(userId)));
    } finally {
      await disconnectDevice(ctx(), userId, 'oura');
    }
  });
});
