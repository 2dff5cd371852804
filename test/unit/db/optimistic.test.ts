import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { VersionConflictError } from '../../../shared/db/item';
import { backoffDelayMs, conflictOf, CONFLICT_RETRY_POLICY, retryOnConflict } from '../../../shared/db/optimistic';
import { problemForDomainError } from '../../../shared/http/domain-errors';

const policy = { attempts: 4, baseDelayMs: 10, maxDelayMs: 25 };

/** An attempt that meets `conflicts` version conflicts before it succeeds; records each try and pause. */
function flaky(conflicts: number) {
  const log = { tries: 0, pauses: [] as number[] };
  const attempt = async () => {
    log.tries += 1;
    if (log.tries <= conflicts) throw new VersionConflictError('profile');
    return `written on try ${log.tries}`;
  };
  const sleep = async (ms: number) => {
    log.pauses.push(ms);
  };
  return { attempt, sleep, log };
}

describe('retryOnConflict (the one optimistic read-modify-write retry)', () => {
  it('re-runs the whole attempt after a conflict and returns what the successful try wrote', async () => {
    const { attempt, sleep, log } = flaky(2);
    await expect(retryOnConflict(attempt, policy, sleep)).resolves.toBe('written on try 3');
    expect(log.tries).toBe(3);
    expect(log.pauses).toHaveLength(2);
  });

  it('gives up after the policy\'s attempts with the conflict, which a route answers with 409', async () => {
    const { attempt, sleep, log } = flaky(Infinity);
    const error = await retryOnConflict(attempt, policy, sleep).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionConflictError);
    expect(log.tries).toBe(policy.attempts);
    expect(log.pauses).toHaveLength(policy.attempts - 1);
    expect(problemForDomainError(error)).toMatchObject({ statusCode: 409, extensions: { code: 'version_conflict', entity: 'profile' } });
  });

  it('does not retry any other error', async () => {
    let tries = 0;
    const failing = async () => {
      tries += 1;
      throw new RangeError('not a conflict');
    };
    await expect(retryOnConflict(failing, policy, async () => undefined)).rejects.toThrow(RangeError);
    expect(tries).toBe(1);
  });

  it('pauses with full jitter under an exponential ceiling, capped', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelayMs(policy, attempt, 0.999))).toEqual([9.99, 19.98, 24.975, 24.975]);
    expect(backoffDelayMs(policy, 3, 0)).toBe(0);
    const worstCase = Array.from({ length: CONFLICT_RETRY_POLICY.attempts - 1 }, (_, i) => backoffDelayMs(CONFLICT_RETRY_POLICY, i + 1, 1)).reduce((a, b) => a + b, 0);
    expect(worstCase).toBe(950); // the documented bound
  });

  it('turns a failed write condition into a VersionConflictError of the entity, and passes other errors through', () => {
    const failed = new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
    expect(() => conflictOf('trainingDay')(failed)).toThrow(VersionConflictError);
    const other = new Error('network');
    expect(() => conflictOf('trainingDay')(other)).toThrow(other);
  });
});
