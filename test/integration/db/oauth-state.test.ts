import { describe, expect, it } from 'vitest';
import { consumeOAuthState, createOAuthState } from '../../../shared/db/entities/oauth-state';
import { InvalidOAuthStateError, newOAuthState, OAUTH_STATE_TTL_MS } from '../../../shared/domain/wearables/oauth-state';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';

const ctx = repositoryTableContext;

const reasonOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidOAuthStateError);
  return (error as InvalidOAuthStateError).reason;
};

describe('oauth state repository', () => {
  it('binds the state to the user and provider, and can be consumed exactly once', async () => {
    const state = newOAuthState({ userId: uniqueUserId(), provider: 'garmin', now: new Date() });
    await createOAuthState(ctx(), state);
    await expect(createOAuthState(ctx(), state)).rejects.toThrow(); // never overwritten
    expect(await consumeOAuthState(ctx(), state.state, 'garmin')).toEqual(state);
    expect(await reasonOf(consumeOAuthState(ctx(), state.state, 'garmin'))).toBe('unknown');
  });

  it('lets only one of two concurrent callbacks through', async () => {
    const state = newOAuthState({ userId: uniqueUserId(), provider: 'garmin', now: new Date() });
    await createOAuthState(ctx(), state);
    const results = await Promise.allSettled([consumeOAuthState(ctx(), state.state, 'garmin'), consumeOAuthState(ctx(), state.state, 'garmin')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('treats an expired state as invalid even though the item is still in the table', async () => {
    const created = new Date();
    const state = newOAuthState({ userId: uniqueUserId(), provider: 'garmin', now: created });
    await createOAuthState(ctx(), state);
    // The callback arrives 10 minutes later: DynamoDB Local never applies TTL, AWS may take days.
    expect(await reasonOf(consumeOAuthState(ctx(), state.state, 'garmin', new Date(created.getTime() + OAUTH_STATE_TTL_MS)))).toBe('expired');
    expect(await reasonOf(consumeOAuthState(ctx(), state.state, 'garmin'))).toBe('unknown'); // and it is gone
  });

  it('refuses a state issued for another provider, and unknown states', async () => {
    const state = newOAuthState({ userId: uniqueUserId(), provider: 'garmin', now: new Date() });
    await createOAuthState(ctx(), state);
    expect(await reasonOf(consumeOAuthState(ctx(), state.state, 'polar'))).toBe('provider');
    expect(await reasonOf(consumeOAuthState(ctx(), 'never-issued-state-0123456789abcdef', 'garmin'))).toBe('unknown');
  });

  it('consumes with one DeleteItem (read and delete at once)', async () => {
    const state = newOAuthState({ userId: uniqueUserId(), provider: 'garmin', now: new Date() });
    await createOAuthState(ctx(), state);
    expect(await commandsOf(() => consumeOAuthState(ctx(), state.state, 'garmin'))).toEqual(['DeleteItem']);
  });
});
