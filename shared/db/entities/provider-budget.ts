import { createHash } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { fixedWindow, retryAfterSeconds, type FixedWindow } from '../../domain/limits/rate-limit';
import { ProviderRateLimitedError, type BudgetWindow, type ChargeRequest, type ProviderBudget } from '../../domain/wearables/provider';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed } from '../item';
import { TTL_ATTRIBUTE } from '../ttl';

export const PROVIDER_BUDGET_ENTITY = 'providerBudget';

/**
 * A provider's request budget lives in one item per fixed window, with the window end as TTL:
 * `WEARABLE#BUDGET#<provider>` / `W<length>#<windowStart>` when the provider limits our client id
 * (shared by all our users), `WEARABLE#BUDGET#<provider>#<holder hash>` when it limits each access
 * token. The hash (of user id and provider) keeps the Cognito sub out of the key: an erased account
 * leaves no item naming it. A 429 from the provider fills the windows up to its Retry-After, so no
 * poller (on any Lambda) spends that budget again before then. The limits a provider tells us (Polar:
 * `RateLimit-Limit`, scaled by our registered users and updated daily) are remembered in the app
 * budget's `LIMITS` item and replace the floors of the budget's windows.
 */
export const budgetPartition = (provider: string, budget: Pick<ProviderBudget, 'scope'>, holder: BudgetHolder): string =>
  budget.scope === 'app' ? `WEARABLE#BUDGET#${provider}` : `WEARABLE#BUDGET#${provider}#${createHash('sha256').update(`${holder.userId}#${provider}`).digest('base64url').slice(0, 22)}`;

export const budgetKey = (partition: string, windowSeconds: number, windowStart: number) => ({ PK: partition, SK: `W${windowSeconds}#${windowStart}` });
export const limitsKey = (partition: string) => ({ PK: partition, SK: 'LIMITS' });

/** Whose requests these are: the user whose token makes them (only a `token` budget reads it). */
export interface BudgetHolder {
  userId: string;
}

/** We keep 10 % of each budget for user-triggered syncs and clock skew between windows. */
export const HEADROOM = 0.9;
export const allowance = (limit: number) => Math.max(1, Math.floor(limit * HEADROOM));

/** A remembered limit is read again after this long (Polar updates its limits daily). */
const LIMITS_CACHE_MS = 10 * 60_000;
/** What a 429 writes into a window: above any limit a provider may raise to. */
const BLOCKED = 1_000_000_000;
const rememberedByPartition = new Map<string, { limits: number[] | null; readAt: number }>();

async function rememberedLimits(ctx: TableContext, partition: string, now: Date): Promise<number[] | null> {
  const cached = rememberedByPartition.get(partition);
  if (cached && now.getTime() - cached.readAt < LIMITS_CACHE_MS) return cached.limits;
  const item = (await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: limitsKey(partition) }))).Item;
  const limits = Array.isArray(item?.limits) ? (item.limits as number[]) : null;
  rememberedByPartition.set(partition, { limits, readAt: now.getTime() });
  return limits;
}

/** Forgets the limits this container remembered (a new container, for tests). */
export const forgetRememberedLimits = () => rememberedByPartition.clear();

async function chargeWindow(ctx: TableContext, provider: string, partition: string, definition: BudgetWindow, limit: number, now: Date): Promise<void> {
  const window = fixedWindow(now, definition.windowSeconds);
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: budgetKey(partition, definition.windowSeconds, window.start),
        UpdateExpression: 'SET #used = if_not_exists(#used, :zero) + :one, entity = :entity, #ttl = :end',
        ConditionExpression: 'attribute_not_exists(#used) OR #used < :limit',
        ExpressionAttributeNames: { '#used': 'used', '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':limit': allowance(limit), ':entity': PROVIDER_BUDGET_ENTITY, ':end': window.end },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    throw new ProviderRateLimitedError(provider, retryAfterSeconds(now, window), 'budget');
  }
}

/**
 * Charges one request to every window of the budget (shortest first: it is the one spent most
 * often, and a refused window leaves the longer ones untouched), each by one conditional write
 * shared by every Lambda. A window's limit is what the provider last told (app budgets), else its floor.
 */
export function providerBudgetCharger(ctx: TableContext, provider: string, budget: ProviderBudget, holder: BudgetHolder, clock: () => Date = () => new Date()): ChargeRequest {
  const partition = budgetPartition(provider, budget, holder);
  const windows = [...budget.windows].sort((a, b) => a.windowSeconds - b.windowSeconds);
  const charge: ChargeRequest = async () => {
    const now = clock();
    const told = budget.scope === 'app' ? await rememberedLimits(ctx, partition, now) : null;
    for (const window of windows) await chargeWindow(ctx, provider, partition, window, told?.[budget.windows.indexOf(window)] ?? window.requests, now);
  };
  if (budget.scope === 'app') charge.observeLimits = (limits) => rememberLimits(ctx, partition, budget, limits, clock());
  return charge;
}

/** Keeps the limits the provider told (one per window, in the budget's order) when they differ from those remembered. */
export async function rememberLimits(ctx: TableContext, partition: string, budget: ProviderBudget, limits: number[], now = new Date()): Promise<void> {
  if (limits.length !== budget.windows.length || !limits.every((l) => Number.isInteger(l) && l > 0)) return;
  const known = await rememberedLimits(ctx, partition, now);
  if (known && known.length === limits.length && known.every((l, i) => l === limits[i])) return;
  await documentClient.send(
    new PutCommand({ TableName: ctx.tableName, Item: { ...limitsKey(partition), entity: PROVIDER_BUDGET_ENTITY, limits, observedAt: now.toISOString() } }),
  );
  rememberedByPartition.set(partition, { limits, readAt: now.getTime() });
}

/** The windows a block of `retryAfterSeconds` fills: the shortest kind always, a longer kind only when the wait spans it. */
export function windowsToBlock(budget: ProviderBudget, now: Date, retryAfterSecondsFromNow: number, maxWrites = 96): Array<{ definition: BudgetWindow; window: FixedWindow }> {
  const until = now.getTime() / 1000 + retryAfterSecondsFromNow;
  const shortest = Math.min(...budget.windows.map((w) => w.windowSeconds));
  const blocked: Array<{ definition: BudgetWindow; window: FixedWindow }> = [];
  for (const definition of budget.windows) {
    if (definition.windowSeconds !== shortest && definition.windowSeconds > retryAfterSecondsFromNow) continue;
    for (let window = fixedWindow(now, definition.windowSeconds); window.start < until && blocked.length < maxWrites; window = { start: window.end, end: window.end + definition.windowSeconds }) {
      blocked.push({ definition, window });
    }
  }
  return blocked;
}

/** The provider answered 429: mark the windows of this budget (the app's, or this holder's token's) until `retryAfterSeconds` from now as spent. */
export async function blockProvider(ctx: TableContext, provider: string, budget: ProviderBudget, holder: BudgetHolder, retryAfterSecondsFromNow: number, now = new Date()): Promise<void> {
  const partition = budgetPartition(provider, budget, holder);
  await Promise.all(
    windowsToBlock(budget, now, retryAfterSecondsFromNow).map(({ definition, window }) =>
      documentClient.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key: budgetKey(partition, definition.windowSeconds, window.start),
          UpdateExpression: 'SET #used = :full, entity = :entity, #ttl = :end',
          ExpressionAttributeNames: { '#used': 'used', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':full': BLOCKED, ':entity': PROVIDER_BUDGET_ENTITY, ':end': window.end },
        }),
      ),
    ),
  );
}
