import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './client';
import type { TableContext } from './context';

export interface ItemKey {
  PK: string;
  SK: string;
}

const BATCH_SIZE = 25;
const MAX_ROUNDS = 10;

/**
 * Deletes items by key with BatchWriteItem (25 per request), re-sending unprocessed items with
 * exponential backoff (throttling). Throws if some are still unprocessed after 10 rounds.
 * Returns how many delete requests were sent (deleting a missing key is a no-op).
 */
export async function batchDeleteKeys(ctx: TableContext, keys: readonly ItemKey[]): Promise<number> {
  const unique = [...new Map(keys.map((key) => [`${key.PK}\u0000${key.SK}`, { PK: key.PK, SK: key.SK }])).values()];
  for (let i = 0; i < unique.length; i += BATCH_SIZE) {
    let pending = unique.slice(i, i + BATCH_SIZE).map((Key) => ({ DeleteRequest: { Key } }));
    for (let round = 0; pending.length > 0; round++) {
      if (round >= MAX_ROUNDS) throw new Error(`BatchWriteItem left ${pending.length} delete(s) unprocessed after ${MAX_ROUNDS} rounds`);
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 25 * 2 ** round) * (0.5 + Math.random() / 2)));
      const result = await documentClient.send(new BatchWriteCommand({ RequestItems: { [ctx.tableName]: pending } }));
      pending = (result.UnprocessedItems?.[ctx.tableName] ?? []) as typeof pending;
    }
  }
  return unique.length;
}
