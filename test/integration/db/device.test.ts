import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import { getActivity, upsertWearableActivity, upsertSyncedActivity } from '../../../shared/db/entities/activity';
import {
  connectDevice,
  disconnectDevice,
  getDevice,
  listDevices,
  listDueDevices,
  markDeviceReauthRequired,
  POLL_SHARDS,
  rescheduleDevicePoll,
} from '../../../shared/db/entities/device';
import { getSealedDeviceTokens, readDeviceTokens } from '../../../shared/db/entities/device-tokens';
import { getWearableDay, putWearableDay } from '../../../shared/db/entities/wearable-day';
import { getWearableWorkout, linkWorkoutToSession, putWearableWorkout } from '../../../shared/db/entities/wearable-workout';
import { activityFromSession } from '../../../shared/domain/forge/activity';
import { activityFromWorkout } from '../../../shared/domain/wearables/imports';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { completedSession, testCipher, wearableDay, workout } from '../../support/forge';

const ctx = repositoryTableContext;
const cipher = testCipher();
const tokens = { accessToken: 'access-plain-1', accessTokenExpiresAt: '2026-03-10T13:00:00.000Z', refreshToken: 'refresh-plain-1' };
const NOW = new Date('2026-03-10T12:00:00.000Z');
/** Devices of tests that are not about polling are due in 2099, so no poll job run by another test picks them up. */
const LATER = new Date('2099-01-01T00:00:00.000Z');

describe('device repository', () => {
  it('connects a device with its sealed tokens in one transaction, and lists devices without token items', async () => {
    const userId = uniqueUserId();
    const calls = await commandsOf(() => connectDevice(ctx(), cipher, { userId, provider: 'garmin', scopes: ['activity', 'heartrate'], tokens, now: NOW, firstPollAt: LATER }));
    expect(calls).toEqual(['GetItem', 'TransactWriteItems']);
    const device = await getDevice(ctx(), userId, 'garmin');
    expect(device).toMatchObject({ status: 'connected', scopes: ['activity', 'heartrate'], connectedAt: NOW.toISOString(), nextPollAt: LATER.toISOString(), lastSyncAt: null, version: 1 });

    const sealed = (await getSealedDeviceTokens(ctx(), userId, 'garmin'))!;
    expect(JSON.stringify(sealed)).not.toContain('plain');
    expect(sealed.accessToken).toEqual({ ciphertext: expect.any(String), keyId: cipher.keyId, expiresAt: tokens.accessTokenExpiresAt });

    await connectDevice(ctx(), cipher, { userId, provider: 'polar', scopes: [], tokens, now: NOW, firstPollAt: LATER });
    const listed = await listDevices(ctx(), userId);
    expect(listed.map((d) => d.provider)).toEqual(['garmin', 'polar']);
    expect(JSON.stringify(listed)).not.toMatch(/ciphertext|accessToken|refreshToken/);
    expect(await listDevices(ctx(), uniqueUserId())).toEqual([]);
  });

  it('reconnecting replaces scopes and tokens, bumps versions and keeps lastSyncAt', async () => {
    const userId = uniqueUserId();
    await connectDevice(ctx(), cipher, { userId, provider: 'garmin', scopes: ['activity'], tokens, now: NOW, firstPollAt: LATER });
    await rescheduleDevicePoll(ctx(), { userId, provider: 'garmin', nextPollAt: LATER, lastSyncAt: NOW });
    await markDeviceReauthRequired(ctx(), userId, 'garmin', 'invalid_grant');
    const again = await connectDevice(ctx(), cipher, { userId, provider: 'garmin', scopes: ['activity', 'sleep'], tokens: { ...tokens, accessToken: 'access-plain-2' }, now: new Date('2026-03-11T08:00:00Z'), firstPollAt: LATER });
    expect(again).toMatchObject({ status: 'connected', scopes: ['activity', 'sleep'], lastSyncAt: NOW.toISOString(), lastError: null, version: 4 });
    const plain = await readDeviceTokens(ctx(), cipher, userId, 'garmin');
    expect(plain).toMatchObject({ accessToken: 'access-plain-2', version: 2 });
  });

  it('finds due devices on the sparse poll index, claims one poll once, reschedules, and stops polling on reauth', async () => {
    const userId = uniqueUserId();
    // Far in the past, so no other test's device is due before these.
    const due = new Date('2001-01-01T00:00:01.000Z');
    await connectDevice(ctx(), cipher, { userId, provider: 'garmin', scopes: [], tokens, now: NOW, firstPollAt: due });
    await connectDevice(ctx(), cipher, { userId, provider: 'polar', scopes: [], tokens, now: NOW, firstPollAt: new Date('2001-01-01T00:00:02.000Z') });
    await connectDevice(ctx(), cipher, { userId, provider: 'oura', scopes: [], tokens, now: NOW, firstPollAt: new Date('2001-01-01T00:00:09.000Z') });

    const found = await listDueDevices(ctx(), new Date('2001-01-01T00:00:05.000Z'), 10);
    const mine = found.filter((d) => d.userId === userId);
    expect(mine.map((d) => d.provider)).toEqual(['garmin', 'polar']);
    // Due exactly now counts.
    expect((await listDueDevices(ctx(), due, 10)).filter((d) => d.userId === userId).map((d) => d.provider)).toEqual(['garmin']);

    const lease = new Date('2001-01-01T00:05:00.000Z');
    const claims = await Promise.all([1, 2].map(() => rescheduleDevicePoll(ctx(), { userId, provider: 'garmin', nextPollAt: lease, expectedNextPollAt: due.toISOString() })));
    expect(claims.filter(Boolean)).toHaveLength(1);

    const next = new Date('2001-01-01T00:15:00.000Z');
    expect(await rescheduleDevicePoll(ctx(), { userId, provider: 'garmin', nextPollAt: next, lastSyncAt: NOW, lastError: null })).toBe(true);
    expect(await getDevice(ctx(), userId, 'garmin')).toMatchObject({ nextPollAt: next.toISOString(), lastSyncAt: NOW.toISOString() });

    expect(await markDeviceReauthRequired(ctx(), userId, 'polar', 'refresh token revoked')).toBe(true);
    const later = (await listDueDevices(ctx(), new Date('2001-01-01T01:00:00.000Z'), 100)).filter((d) => d.userId === userId);
    expect(later.map((d) => d.provider)).toEqual(['oura', 'garmin']);
    expect(await rescheduleDevicePoll(ctx(), { userId, provider: 'polar', nextPollAt: next })).toBe(false); // not connected
    expect(await rescheduleDevicePoll(ctx(), { userId, provider: 'fitbit', nextPollAt: next })).toBe(false); // never connected
    expect(await getDevice(ctx(), userId, 'fitbit')).toBeNull();
    for (const provider of ['garmin', 'polar', 'oura']) await disconnectDevice(ctx(), userId, provider); // leave no due device behind
  });

  it("disconnect deletes the device, its tokens and that provider's imported data only", async () => {
    const userId = uniqueUserId();
    await connectDevice(ctx(), cipher, { userId, provider: 'garmin', scopes: [], tokens, now: NOW, firstPollAt: LATER });
    await connectDevice(ctx(), cipher, { userId, provider: 'garmin-x', scopes: [], tokens, now: NOW, firstPollAt: LATER });
    const session = completedSession(userId);
    const linked = workout(userId, { externalId: 'linked-1' });
    const loose = workout(userId, { externalId: 'loose-1' });
    const otherProvider = workout(userId, { provider: 'garmin-x', externalId: 'loose-1' });
    for (const w of [linked, loose, otherProvider]) await putWearableWorkout(ctx(), w);
    await linkWorkoutToSession(ctx(), { userId, provider: 'garmin', externalId: 'linked-1', sessionId: session.id });
    await upsertWearableActivity(ctx(), activityFromWorkout(loose));
    await upsertWearableActivity(ctx(), activityFromWorkout(otherProvider));
    const synced = activityFromSession(session);
    await upsertSyncedActivity(ctx(), synced);
    await putWearableDay(ctx(), wearableDay(userId));
    await putWearableDay(ctx(), wearableDay(userId, { provider: 'garmin-x' }));
    const metricsKey = { PK: `USER#${userId}`, SK: `SESSION#${session.id}#WEARABLE` };
    await documentClient.send(new PutCommand({ TableName: ctx().tableName, Item: { ...metricsKey, entity: 'sessionWearable', provider: 'garmin', avgHr: 140 } }));

    const result = await disconnectDevice(ctx(), userId, 'garmin');
    expect(result).toEqual({ deviceDeleted: true, importedItemsDeleted: 5 });
    expect(await getDevice(ctx(), userId, 'garmin')).toBeNull();
    expect(await getSealedDeviceTokens(ctx(), userId, 'garmin')).toBeNull();
    expect(await getWearableWorkout(ctx(), userId, 'garmin', 'linked-1')).toBeNull();
    expect(await getWearableWorkout(ctx(), userId, 'garmin', 'loose-1')).toBeNull();
    expect(await getActivity(ctx(), userId, `wb_garmin_loose-1`)).toBeNull();
    expect(await getWearableDay(ctx(), userId, '2026-03-10', 'garmin')).toBeNull();
    expect((await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: metricsKey }))).Item).toBeUndefined();

    // Another provider whose id starts the same, and the training session's own activity, are untouched.
    expect(await getDevice(ctx(), userId, 'garmin-x')).not.toBeNull();
    expect(await getSealedDeviceTokens(ctx(), userId, 'garmin-x')).not.toBeNull();
    expect(await getWearableWorkout(ctx(), userId, 'garmin-x', 'loose-1')).not.toBeNull();
    expect(await getActivity(ctx(), userId, 'wb_garmin-x_loose-1')).not.toBeNull();
    expect(await getWearableDay(ctx(), userId, '2026-03-10', 'garmin-x')).not.toBeNull();
    expect(await getActivity(ctx(), userId, synced.id)).not.toBeNull();

    expect(await disconnectDevice(ctx(), userId, 'garmin')).toEqual({ deviceDeleted: false, importedItemsDeleted: 0 });
  });

  it("never touches another user's device", async () => {
    const alice = uniqueUserId();
    const bob = uniqueUserId();
    await connectDevice(ctx(), cipher, { userId: alice, provider: 'garmin', scopes: [], tokens, now: NOW, firstPollAt: LATER });
    expect(await getDevice(ctx(), bob, 'garmin')).toBeNull();
    expect(await disconnectDevice(ctx(), bob, 'garmin')).toEqual({ deviceDeleted: false, importedItemsDeleted: 0 });
    expect(await getDevice(ctx(), alice, 'garmin')).not.toBeNull();
    expect(await readDeviceTokens(ctx(), cipher, bob, 'garmin')).toBeNull();
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const userId = uniqueUserId();
    await connectDevice(ctx(), cipher, { userId, provider: 'garmin', scopes: [], tokens, now: NOW, firstPollAt: LATER });
    expect(await commandsOf(() => listDevices(ctx(), userId))).toEqual(['Query']);
    expect(await commandsOf(() => getDevice(ctx(), userId, 'garmin'))).toEqual(['GetItem']);
    // One Query per poll shard.
    expect(await commandsOf(() => listDueDevices(ctx(), NOW, 5))).toEqual(Array.from({ length: POLL_SHARDS }, () => 'Query'));
  });
});
