import * as z from '../../zod';
import { localDay } from '../time/zoned';

/** Per-user monthly AI budget when none is configured (USD). */
export const DEFAULT_MONTHLY_AI_BUDGET_USD = 2;

export const usageMonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM'));

/** AI usage of one user in one month (tokens and cost add up atomically). */
export const aiUsageSchema = z.object({
  userId: z.string(),
  month: usageMonthSchema,
  inputTokens: z.number().check(z.minimum(0)),
  outputTokens: z.number().check(z.minimum(0)),
  costUsd: z.number().check(z.minimum(0)),
  requests: z.int().check(z.minimum(0)),
  updatedAt: z.iso.datetime(),
});
export type AiUsage = z.infer<typeof aiUsageSchema>;

export interface UsageDelta {
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/** The budget month of an instant: the calendar month in the given zone (UTC by default). */
export const usageMonth = (now: Date, timeZone = 'UTC'): string => localDay(now, timeZone).slice(0, 7);

export const emptyUsage = (userId: string, month: string, now: Date): AiUsage => ({
  userId,
  month,
  inputTokens: 0,
  outputTokens: 0,
  costUsd: 0,
  requests: 0,
  updatedAt: now.toISOString(),
});

export interface BudgetCheck {
  allowed: boolean;
  usedUsd: number;
  budgetUsd: number;
  remainingUsd: number;
}

/**
 * Whether another AI call fits the month's budget: allowed while the cost so far plus the
 * expected cost of the next call stays within the budget.
 */
export function checkBudget(usage: Pick<AiUsage, 'costUsd'> | null, budgetUsd: number, expectedCostUsd = 0): BudgetCheck {
  const used = usage?.costUsd ?? 0;
  const remaining = Math.max(0, budgetUsd - used);
  return { allowed: used + Math.max(0, expectedCostUsd) <= budgetUsd && used < budgetUsd, usedUsd: used, budgetUsd, remainingUsd: Math.round(remaining * 1e6) / 1e6 };
}
