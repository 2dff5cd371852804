import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { applyLedgerChange, type DayLedgerRules, type LedgerChange, type LedgerDay, type LedgerEntry } from '../domain/ledger/day-ledger';
import type { ItemKey } from './batch';
import { documentClient } from './client';
import type { TableContext } from './context';
import { conflictOf, retryOnConflict } from './optimistic';

/** How one kind of day ledger is stored (its entity module supplies it). */
export interface DayLedgerStore<E extends LedgerEntry, D extends LedgerDay<E>> {
  entity: string;
  rules: DayLedgerRules<E, D>;
  key(userId: string, day: string): ItemKey;
  toItem(day: D): Record<string, unknown>;
  fromItem(item: Record<string, unknown>): D;
}

/**
 * One change to one day: a consistent read, the pure ledger decision, then a Put conditional on
 * the version read (or on the item being absent), all retried on a conflict with a concurrent
 * consumer of the same day (`retryOnConflict`). Returns whether the day changed.
 */
export function applyDayChange<E extends LedgerEntry, D extends LedgerDay<E>>(
  ctx: TableContext,
  store: DayLedgerStore<E, D>,
  userId: string,
  change: LedgerChange<E>,
  now = new Date(),
): Promise<boolean> {
  return retryOnConflict(async () => {
    const found = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: store.key(userId, change.day), ConsistentRead: true }));
    const stored = found.Item ? store.fromItem(found.Item) : null;
    const next = applyLedgerChange(store.rules, stored, userId, change, now);
    if (!next) return false;
    await documentClient
      .send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: store.toItem(next),
          ConditionExpression: stored ? '#version = :version' : 'attribute_not_exists(PK)',
          ExpressionAttributeNames: stored ? { '#version': 'version' } : undefined,
          ExpressionAttributeValues: stored ? { ':version': stored.version } : undefined,
        }),
      )
      .catch(conflictOf(store.entity));
    return true;
  });
}

/** The changes of one source write, in order (a move takes the source out of its old day first). Returns how many days changed. */
export async function applyDayChanges<E extends LedgerEntry, D extends LedgerDay<E>>(
  ctx: TableContext,
  store: DayLedgerStore<E, D>,
  userId: string,
  changes: readonly LedgerChange<E>[],
  now = new Date(),
): Promise<number> {
  let changed = 0;
  for (const change of changes) if (await applyDayChange(ctx, store, userId, change, now)) changed += 1;
  return changed;
}
