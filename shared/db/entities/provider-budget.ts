import { createHash } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { fixedWindow, retryAfterSeconds } from '../../domain/limits/rate-limit';
import { ProviderRateLimitedError, type ChargeRequest, type ProviderBudget } from '../../domain/wearables/provider';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed } from '../item';
import { TTL_ATTRIBUTE } from '../ttl';

export const PROVIDER_BUDGET_ENTITY = 'providerBudget';

/**
 * A provider's request budget lives in one item per fixed window, with the window end as TTL:
 * `WEARABLE#BUDGET#<provider>` / `W#<windowStart>` when the provider limits our client id (shared by
 * all our users), `WEARABLE#BUDGET#<provider>#<holder hash>` when it limits each access token. The
 * hash (of user id and provider) keeps the Cognito sub out of the key: an erased account leaves no
 * item naming it. A 429 from the provider fills the windows up to its Retry-After, so no poller (on
 * any Lambda) spends that budget again before then.
 */
export const budgetPartition = (provider: string, budget: Pick<ProviderBudget, 'scope'>, holder: BudgetHolder): string =>
  budget.scope === 'app' ? `WEARABLE#BUDGET#${provider}` : `WEARABLE#BUDGET#${provider}#${createHash('sha256').update(`${holder.userId}#${provider}`).digest('base64url').slice(0, 22)}`;

export const budgetKey = (partition: string, windowStart: number) => ({ PK: partition, SK: `W#${windowStart}` });

/** Whose requests these are: the user whose token makes them (only a `token` budget reads it). */
export interface BudgetHolder {
  userId: string;
}

/** We keep 10 % of each budget for user-triggered syncs and clock skew between windows. */
export const HEADROOM = 0.9;

export function providerBudgetCharger(ctx: TableContext, provider: string, budget: ProviderBudget, holder: BudgetHolder, clock: () => Date = () => new Date()): ChargeRequest {
  const limit = Math.max(1, Math.floor(budget.requests * HEADROOM));
  const partition = budgetPartition(provider, budget, holder);
  return async () => {
    const now = clock();
    const window = fixedWindow(now, budget.windowSeconds);
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key: budgetKey(partition, window.start),
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

/** The provider answered 429: mark every window of this budget (the app's, or this holder's token's) until `retryAfterSeconds` from now as spent. */
export async function blockProvider(ctx: TableContext, provider: string, budget: ProviderBudget, holder: BudgetHolder, retryAfterSecondsFromNow: number, now = new Date()): Promise<void> {
  const partition = budgetPartition(provider, budget, holder);
  const until = now.getTime() / 1000 + retryAfterSecondsFromNow;
  const writes: Promise<unknown>[] = [];
  for (let window = fixedWindow(now, budget.windowSeconds); window.start < until && writes.length < 24; window = { start: window.end, end: window.end + budget.windowSeconds }) {
    writes.push(
      documentClient.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key: budgetKey(partition, window.start),
          UpdateExpression: 'SET #used = :full, entity = :entity, #ttl = :end',
          ExpressionAttributeNames: { '#used': 'used', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':full': budget.requests, ':entity': PROVIDER_BUDGET_ENTITY, ':end': window.end },
        }),
      ),
    );
  }
  await Promise.all(writes);
}
