import { isConditionalCheckFailed, VersionConflictError } from './item';

/**
 * The one retry policy of optimistic read-modify-writes (HTTP handlers, stream consumers and
 * workers alike): up to `attempts` tries; before try n+1 a full-jitter pause, uniformly random in
 * [0, min(maxDelayMs, baseDelayMs × 2^(n−1))]. Worst case 8 tries wait ≤ 10+20+40+80+160+320+320
 * = 950 ms in all (half that on average), enough for a handful of concurrent writers of one item
 * to take turns; past it the `VersionConflictError` surfaces (409 on a route, a retried record or
 * message on a consumer or worker).
 */
export const CONFLICT_RETRY_POLICY = { attempts: 8, baseDelayMs: 10, maxDelayMs: 320 } as const;

export type RetryPolicy = { attempts: number; baseDelayMs: number; maxDelayMs: number };

/** The pause before try `attempt + 1` (attempt is 1-based), drawn with `random` ∈ [0, 1). */
export const backoffDelayMs = (policy: RetryPolicy, attempt: number, random = Math.random()): number =>
  random * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` (read, decide, conditional write) again from the read while it throws
 * `VersionConflictError`, under `CONFLICT_RETRY_POLICY`. Any other error ends it at once; after
 * the last try the conflict is rethrown as it is. Re-reading and re-deciding keeps both sides'
 * changes (e.g. the enrichment worker and the athlete writing one session), and a change that
 * became illegal meanwhile fails on the re-read with its own error.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, policy: RetryPolicy = CONFLICT_RETRY_POLICY, sleep = pause): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof VersionConflictError) || tried >= policy.attempts) throw error;
      await sleep(backoffDelayMs(policy, tried));
    }
  }
}

/** For `.catch()` on a conditional write guarded by the version read: a failed condition is a `VersionConflictError` of `entity`. */
export const conflictOf =
  (entity: string) =>
  (error: unknown): never => {
    if (isConditionalCheckFailed(error)) throw new VersionConflictError(entity);
    throw error;
  };
