import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import {
  createSession,
  deleteSession,
  ENRICHMENT_QUEUE_PARTITION,
  ENRICHMENT_QUEUE_SHARDS,
  enrichmentQueueDepth,
  enrichmentQueuePartition,
  enrichmentQueueShardPartition,
  sessionKey,
} from '../../../shared/db/entities/training-session';
import { repositoryTableContext, uniqueUserId } from '../../support/db';
import { draftSession } from '../../support/sessions';

const ctx = repositoryTableContext;
const queued = (userId: string) => draftSession(userId, { enrichmentStatus: 'fast', enrichmentQueuedAt: new Date().toISOString() });
const indexPartition = async (userId: string, id: string) =>
  (await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: sessionKey(userId, id) }))).Item?.GSI3PK as string | undefined;

describe('the enrichment queue index is sharded by user', () => {
  it("puts each queued session in its user's shard, and the admin depth counts every shard", async () => {
    // One user hashed to each shard (so every shard is used, whatever the ids), then 32 more at random.
    const userOfShard = (shard: number) => {
      let userId = uniqueUserId();
      while (enrichmentQueuePartition(userId) !== enrichmentQueueShardPartition(shard)) userId = uniqueUserId();
      return userId;
    };
    const users = [...Array.from({ length: ENRICHMENT_QUEUE_SHARDS }, (_, shard) => userOfShard(shard)), ...Array.from({ length: 32 }, () => uniqueUserId())];
    const sessions = users.map(queued);
    // Other files queue sessions too: compare the depth before and after, never absolutes.
    const before = await enrichmentQueueDepth(ctx());
    for (const s of sessions) await createSession(ctx(), s);
    try {
      const partitions = await Promise.all(sessions.map((s) => indexPartition(s.userId, s.id)));
      sessions.forEach((s, i) => expect(partitions[i]).toBe(enrichmentQueuePartition(s.userId)));
      // Every shard is used, each session in its user's shard.
      expect(new Set(partitions)).toEqual(new Set(Array.from({ length: ENRICHMENT_QUEUE_SHARDS }, (_, shard) => enrichmentQueueShardPartition(shard))));
      expect((await enrichmentQueueDepth(ctx())) - before).toBeGreaterThanOrEqual(sessions.length);
    } finally {
      for (const s of sessions) await deleteSession(ctx(), s.userId, s.id);
    }
  });

  it('counts the unsharded partition too: sessions queued before sharding stay in the admin depth', async () => {
    const queried: string[] = [];
    documentClient.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { IndexName?: string; ExpressionAttributeValues?: Record<string, unknown> };
        if (context.commandName === 'QueryCommand' && input.IndexName === 'GSI3') queried.push(String(input.ExpressionAttributeValues?.[':pk']));
        return next(args);
      },
      { step: 'initialize', name: 'queueShardRecorder' },
    );
    try {
      await enrichmentQueueDepth(ctx());
    } finally {
      documentClient.middlewareStack.remove('queueShardRecorder');
    }
    expect(enrichmentQueueShardPartition(0)).toBe(ENRICHMENT_QUEUE_PARTITION);
    expect(new Set(queried)).toEqual(new Set([ENRICHMENT_QUEUE_PARTITION, ...Array.from({ length: ENRICHMENT_QUEUE_SHARDS - 1 }, (_, i) => `${ENRICHMENT_QUEUE_PARTITION}#${i + 1}`)]));
  });
});
