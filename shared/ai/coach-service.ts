import type { CoachContext } from '../domain/coaches/context';
import type { Prescription } from '../domain/coaches/prescription';
import type { BudgetCheck } from '../domain/limits/ai-usage';
import { CoachProviderError, type CoachProvider, type FailureReason, type ProviderName } from './coach-port';
import type { TokenUsage } from './pricing';

/** Why the offline coach wrote the session. */
export type OfflineReason = 'no_api_key' | 'over_budget' | 'budget_unavailable' | 'no_time' | FailureReason;

/** The per-user monthly AI budget (USD), backed by the AIUSAGE#<month> counter. */
export interface AiBudget {
  monthlyUsd: number;
  /** Whether the month's spend plus this call's expected cost fits (one GetItem). */
  check(expectedCostUsd: number): Promise<BudgetCheck>;
  /** Adds a call's tokens and cost to the month (one UpdateItem). */
  record(usage: TokenUsage): Promise<void>;
}

/** Which provider wrote the prescription, and why; returned to the client with the session. */
export interface GenerationReport {
  provider: ProviderName;
  model: string | null;
  /** null when OpenAI wrote it. */
  offlineReason: OfflineReason | null;
  /** True when OpenAI is configured but the caller's monthly AI budget is spent. */
  budgetExceeded: boolean;
  /** The month's spend when the budget was checked. */
  aiBudget: { usedUsd: number; budgetUsd: number; remainingUsd: number } | null;
  /** Tokens and cost spent on this prescription (also when OpenAI failed and the offline coach took over). */
  tokenUsage: TokenUsage | null;
  /** OpenAI answers requested (0 = not called). */
  openAiAttempts: number;
}

export interface PrescribeDeps {
  /** null when no OpenAI key is configured. */
  openAi: CoachProvider | null;
  offline: CoachProvider;
  budget: AiBudget;
  /** Time the OpenAI attempt may take, ms (below the Lambda's remaining time). */
  deadlineMs?: number;
  /** Told about each OpenAI failure (for logs); never shown to the client. */
  onFailure?: (reason: OfflineReason, error: unknown) => void;
}

/** Below this, an OpenAI call is not worth starting. */
export const MIN_OPENAI_MS = 1_000;

/**
 * Provider selection: OpenAI when a key is configured, the caller's monthly budget allows it and
 * time remains; the offline coach otherwise, and whenever OpenAI fails, is slow or answers
 * something invalid. Tokens spent are added to the caller's monthly usage either way.
 */
export async function prescribeWithFallback(context: CoachContext, deps: PrescribeDeps): Promise<{ prescription: Prescription; report: GenerationReport }> {
  const offline = async (offlineReason: OfflineReason, extra: Partial<GenerationReport> = {}) => {
    const result = await deps.offline.prescribe(context);
    const report: GenerationReport = {
      provider: 'offline',
      model: null,
      offlineReason,
      budgetExceeded: false,
      aiBudget: null,
      tokenUsage: null,
      openAiAttempts: 0,
      ...extra,
    };
    return { prescription: result.prescription, report };
  };
  const record = async (usage: TokenUsage | null) => {
    if (!usage || (usage.inputTokens === 0 && usage.outputTokens === 0)) return;
    try {
      await deps.budget.record(usage);
    } catch (error) {
      deps.onFailure?.('budget_unavailable', error);
    }
  };

  const openAi = deps.openAi;
  if (!openAi) return offline('no_api_key');
  if (deps.budget.monthlyUsd <= 0) {
    return offline('over_budget', { budgetExceeded: true, aiBudget: { usedUsd: 0, budgetUsd: 0, remainingUsd: 0 } });
  }
  let check: BudgetCheck;
  try {
    check = await deps.budget.check(openAi.estimateCostUsd?.(context) ?? 0);
  } catch (error) {
    deps.onFailure?.('budget_unavailable', error);
    return offline('budget_unavailable');
  }
  const aiBudget = { usedUsd: check.usedUsd, budgetUsd: check.budgetUsd, remainingUsd: check.remainingUsd };
  if (!check.allowed) return offline('over_budget', { budgetExceeded: true, aiBudget });
  if (deps.deadlineMs !== undefined && deps.deadlineMs < MIN_OPENAI_MS) return offline('no_time', { aiBudget });

  try {
    const result = await openAi.prescribe(context, { deadlineMs: deps.deadlineMs });
    await record(result.usage);
    return {
      prescription: result.prescription,
      report: { provider: 'openai', model: result.model, offlineReason: null, budgetExceeded: false, aiBudget, tokenUsage: result.usage, openAiAttempts: result.attempts },
    };
  } catch (error) {
    const failure = error instanceof CoachProviderError ? error : new CoachProviderError('api_error', error instanceof Error ? error.message : String(error));
    deps.onFailure?.(failure.reason, error);
    await record(failure.usage);
    return offline(failure.reason, { aiBudget, tokenUsage: failure.usage, openAiAttempts: failure.attempts });
  }
}
