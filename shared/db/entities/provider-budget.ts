import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { fixedWindow, retryAfterSeconds } from '../../domain/limits/rate-limit';
import { ProviderRateLimitedError, type ChargeRequest, type ProviderBudget } from '../../domain/wearables/provider';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed } from '../item';
import { TTL_ATTRIBUTE } from '../ttl';

export const PROVIDER_BUDGET_ENTITY = 'providerBudget';

/**
 * A provider's request budget is shared by all our users (the provider limits our client id), so
 * it lives in one item per provider and fixed window: `WEARABLE#BUDGET#<provider>` /
 * `W#<windowStart>`, with the window end as TTL. A 429 from the provider fills the windows up to
 * its Retry-After, so no poller (on any Lambda) calls it again before then.
 */
export const budgetKey = (provider: string, windowStart: number) => ({ PK: `WEARABLE#BUDGET#${provider}`, SK: `W#${windowStart}` });

/** We keep 10 % of each budget for user-triggered syncs and clock skew between windows. */
export const HEADROOM = 0.9;

export function providerBudgetCharger(ctx: TableContext, provider: string, budget: ProviderBudget, clock: () => Date = () => new Date()): ChargeRequest {
  const limit = Math.max(1, Math.floor(budget.requests * HEADROOM));
  return async () => {
    const now = clock();
    const window = fixedWindow(now, budget.windowSeconds);
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key: budgetKey(provider, window.start),
          UpdateExpression: 'SET #used = if_not_exists(#used, :zero) + :one, entity = :entity, #ttl = :end',
          ConditionExpression: 'attribute_not_exists(#used) OR #used < :limit',
          ExpressionAttributeNames: { '#used': 'used', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':limit': limit, ':entity': PROVIDER_BUDGET_ENTITY, ':end': window.end },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      throw new ProviderRateLimitedError(provider, retryAfterSeconds(now, window), 'budget');
    }
  };
}

/** The provider answered 429: mark every window until `retryAfterSeconds` from now as spent. */
export async function blockProvider(ctx: TableContext, provider: string, budget: ProviderBudget, retryAfterSecondsFromNow: number, now = new Date()): Promise<void> {
  const until = now.getTime() / 1000 + retryAfterSecondsFromNow;
  const writes: Promise<unknown>[] = [];
  for (let window = fixedWindow(now, budget.windowSeconds); window.start < until && writes.length < 24; window = { start: window.end, end: window.end + budget.windowSeconds }) {
    writes.push(
      documentClient.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key: budgetKey(provider, window.start),
          UpdateExpression: 'SET #used = :full, entity = :entity, #ttl = :end',
          ExpressionAttributeNames: { '#used': 'used', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':full': budget.requests, ':entity': PROVIDER_BUDGET_ENTITY, ':end': window.end },
        }),
      ),
    );
  }
  await Promise.all(writes);
}
