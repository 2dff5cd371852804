import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { aiUsageSchema, checkBudget, usageMonth, type AiUsage, type BudgetCheck, type UsageDelta } from '../../domain/limits/ai-usage';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';

export const AI_USAGE_ENTITY = 'aiUsage';
export const aiUsageKey = (userId: string, month: string) => ({ PK: userPartition(userId), SK: `AIUSAGE#${month}` });

export const toItem = (usage: AiUsage): Record<string, unknown> => ({ ...aiUsageKey(usage.userId, usage.month), entity: AI_USAGE_ENTITY, ...usage });
export const fromItem = (item: Record<string, unknown>): AiUsage => aiUsageSchema.parse(withoutStorageAttributes(item));

/** Cost is added in micro-dollar precision (DynamoDB adds decimals exactly; this trims float noise). */
const microRound = (usd: number) => Math.round(usd * 1e6) / 1e6;

/**
 * Records one AI call (pattern #22): one UpdateItem that ADDs tokens, cost and a request count to
 * `AIUSAGE#<YYYY-MM>` (creating it on the month's first call), so concurrent calls never lose an
 * increment. Returns the month's totals after the call.
 */
export async function addAiUsage(ctx: TableContext, userId: string, delta: UsageDelta, now = new Date(), timeZone = 'UTC'): Promise<AiUsage> {
  for (const [name, value] of Object.entries(delta)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number ≥ 0`);
  }
  const month = usageMonth(now, timeZone);
  const result = await documentClient.send(
    new UpdateCommand({
      TableName: ctx.tableName,
      Key: aiUsageKey(userId, month),
      UpdateExpression: 'SET entity = :entity, userId = :userId, #month = :month, updatedAt = :now ADD inputTokens :in, outputTokens :out, costUsd :cost, requests :one',
      ExpressionAttributeNames: { '#month': 'month' },
      ExpressionAttributeValues: {
        ':entity': AI_USAGE_ENTITY,
        ':userId': userId,
        ':month': month,
        ':now': now.toISOString(),
        ':in': Math.round(delta.inputTokens),
        ':out': Math.round(delta.outputTokens),
        ':cost': microRound(delta.costUsd),
        ':one': 1,
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return fromItem(result.Attributes!);
}

/** The usage of `month` (YYYY-MM, default: the current month), or null before the month's first call: GetItem `AIUSAGE#<month>`. */
export async function getAiUsage(ctx: TableContext, userId: string, month = usageMonth(new Date())): Promise<AiUsage | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: aiUsageKey(userId, month) }));
  return result.Item ? fromItem(result.Item) : null;
}

/** Before an AI call: whether the current month's spend (plus the call's expected cost) fits the budget. One GetItem. */
export async function checkAiBudget(
  ctx: TableContext,
  userId: string,
  budgetUsd: number,
  options: { expectedCostUsd?: number; now?: Date; timeZone?: string } = {},
): Promise<BudgetCheck> {
  const usage = await getAiUsage(ctx, userId, usageMonth(options.now ?? new Date(), options.timeZone));
  return checkBudget(usage, budgetUsd, options.expectedCostUsd);
}
