import type { CoachContext } from '../domain/coaches/context';
import type { Prescription } from '../domain/coaches/prescription';
import type { TokenUsage } from './pricing';

export type ProviderName = 'offline' | 'openai';

/** What a coach provider returns: a prescription that passed the schema and the catalog checks. */
export interface CoachResult {
  prescription: Prescription;
  provider: ProviderName;
  /** Model that wrote it (null for the offline coach). */
  model: string | null;
  /** Tokens and cost of every call it took (null for the offline coach). */
  usage: TokenUsage | null;
  /** Model calls made (1 = first answer accepted, 2 = regenerated once). */
  attempts: number;
}

export interface PrescribeOptions {
  /** Give up after this many ms (the caller falls back to the offline coach). */
  deadlineMs?: number;
  signal?: AbortSignal;
}

/** The coach port: every provider returns the same zod-validated prescription. */
export interface CoachProvider {
  readonly name: ProviderName;
  prescribe(context: CoachContext, options?: PrescribeOptions): Promise<CoachResult>;
  /** Expected cost of one prescription (for the budget check before calling), USD. */
  estimateCostUsd?(context: CoachContext): number;
}

export type FailureReason = 'timeout' | 'rate_limited' | 'api_error' | 'invalid_output';

/** A provider that could not produce a valid prescription; carries the tokens it spent anyway. */
export class CoachProviderError extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
    readonly usage: TokenUsage | null = null,
    readonly attempts = 0,
  ) {
    super(message);
    this.name = 'CoachProviderError';
  }
}
