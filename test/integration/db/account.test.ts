import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import { deleteUserData, exportUserItems } from '../../../shared/db/entities/account';
import { createManualActivity, getActivity, upsertSyncedActivity } from '../../../shared/db/entities/activity';
import { connectDevice } from '../../../shared/db/entities/device';
import { applyActivityToDay } from '../../../shared/db/entities/forge-day';
import { consumeOAuthState, createOAuthState } from '../../../shared/db/entities/oauth-state';
import { getOrCreateProfile } from '../../../shared/db/entities/profile';
import { createSession } from '../../../shared/db/entities/training-session';
import { putWearableDay } from '../../../shared/db/entities/wearable-day';
import { putWearableWorkout } from '../../../shared/db/entities/wearable-workout';
import { activityFromSession } from '../../../shared/domain/forge/activity';
import { newOAuthState } from '../../../shared/domain/wearables/oauth-state';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { completedSession, testCipher, walk, wearableDay, workout } from '../../support/forge';

const ctx = repositoryTableContext;
const cipher = testCipher();

async function populate(userId: string) {
  await getOrCreateProfile(ctx().tableName, userId, `${userId}@example.com`);
  const session = completedSession(userId);
  await createSession(ctx(), session);
  const synced = activityFromSession(session);
  await upsertSyncedActivity(ctx(), synced);
  const manual = await createManualActivity(ctx(), userId, walk(), { timeZone: 'UTC' });
  await applyActivityToDay(ctx(), manual);
  await connectDevice(ctx(), cipher, { userId, provider: 'garmin', scopes: ['activity'], tokens: { accessToken: 'secret-access', accessTokenExpiresAt: null, refreshToken: 'secret-refresh' }, firstPollAt: new Date('2099-01-01T00:00:00Z') });
  await putWearableDay(ctx(), wearableDay(userId));
  await putWearableWorkout(ctx(), workout(userId));
  // An entity this module has no schema for yet still belongs to the user.
  await documentClient.send(new PutCommand({ TableName: ctx().tableName, Item: { PK: `USER#${userId}`, SK: 'GOAL#1', entity: 'goal', title: 'Run 10k', GSI2PK: `USER#${userId}#OPEN`, GSI2SK: 'GOAL#1' } }));
  return { session, synced, manual };
}

describe('account: export and deletion', () => {
  it("exports every item of the user's partition as plain entities, grouped, without token ciphertexts", async () => {
    const userId = uniqueUserId();
    const { session, synced, manual } = await populate(userId);
    const someoneElse = uniqueUserId();
    await populate(someoneElse);

    const exported = await exportUserItems(ctx(), userId);
    const written = ['activity', 'device', 'forgeDay', 'goal', 'profile', 'trainingSession', 'wearableDay', 'wearableWorkout'];
    expect(Object.keys(exported.entities).sort()).toEqual(written);
    expect(exported.entities.trainingSession).toEqual([session]);
    expect(exported.entities.activity).toHaveLength(2);
    expect(exported.entities.activity).toEqual(expect.arrayContaining([expect.objectContaining({ id: synced.id }), manual]));
    expect(exported.entities.goal).toEqual([{ title: 'Run 10k' }]);
    expect(exported.entities.forgeDay![0]).not.toHaveProperty('contributions');
    const text = JSON.stringify(exported);
    expect(text).not.toMatch(/ciphertext|secret-access|secret-refresh|"PK"|"GSI1PK"/);
    expect(text).not.toContain(someoneElse);
  });

  it("deletes every item of the partition (25 per BatchWriteItem), leaves other users' data alone", async () => {
    const userId = uniqueUserId();
    const other = uniqueUserId();
    const { manual } = await populate(userId);
    const theirs = await populate(other);
    // Enough items to need several BatchWriteItem requests.
    for (let i = 0; i < 60; i++) await createManualActivity(ctx(), userId, walk({ startAt: `2026-02-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z` }), { timeZone: 'UTC' });

    const calls = await commandsOf(async () => expect((await deleteUserData(ctx(), userId)).deleted).toBeGreaterThanOrEqual(70));
    expect(calls.filter((c) => c !== 'Query' && c !== 'BatchWriteItem')).toEqual([]);
    expect(calls.filter((c) => c === 'BatchWriteItem').length).toBeGreaterThanOrEqual(3);
    expect((await exportUserItems(ctx(), userId)).entities).toEqual({});
    expect(await getActivity(ctx(), userId, manual.id)).toBeNull();
    expect(await getActivity(ctx(), other, theirs.manual.id)).not.toBeNull();
    expect(await deleteUserData(ctx(), userId)).toEqual({ deleted: 0 });
  });

  it('cannot reach pending OAuth states (own partition, no user index); they expire on their own', async () => {
    const userId = uniqueUserId();
    const state = newOAuthState({ userId, provider: 'garmin', now: new Date() });
    await createOAuthState(ctx(), state);
    await deleteUserData(ctx(), userId);
    expect((await consumeOAuthState(ctx(), state.state, 'garmin')).userId).toBe(userId);
  });

  it('exports with Query only', async () => {
    const userId = uniqueUserId();
    await populate(userId);
    expect(await commandsOf(() => exportUserItems(ctx(), userId))).toEqual(['Query']);
  });
});
