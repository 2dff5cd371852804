import { describe, expect, it } from 'vitest';
import { getWearableWorkout, linkWorkoutToSession, listWorkoutsStartingBetween, putWearableWorkout, workoutKeysOf } from '../../../shared/db/entities/wearable-workout';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { workout } from '../../support/forge';

const ctx = repositoryTableContext;

describe('wearable workout repository', () => {
  it('puts by provider + external id idempotently, keeping the session link across re-imports', async () => {
    const userId = uniqueUserId();
    const w = workout(userId);
    expect(await putWearableWorkout(ctx(), w)).toBe('written');
    expect(await putWearableWorkout(ctx(), w)).toBe('written');
    expect(await getWearableWorkout(ctx(), userId, 'garmin', w.externalId)).toEqual(w);

    expect(await linkWorkoutToSession(ctx(), { userId, provider: 'garmin', externalId: w.externalId, sessionId: 'S1' })).toBe(true);
    expect(await linkWorkoutToSession(ctx(), { userId, provider: 'garmin', externalId: w.externalId, sessionId: 'S1' })).toBe(true); // idempotent
    expect(await linkWorkoutToSession(ctx(), { userId, provider: 'garmin', externalId: w.externalId, sessionId: 'S2' })).toBe(false); // 1:1

    expect(await putWearableWorkout(ctx(), { ...w, calories: 999, importedAt: '2026-03-11T07:00:00.000Z' })).toBe('written');
    expect(await getWearableWorkout(ctx(), userId, 'garmin', w.externalId)).toMatchObject({ calories: 999, linkedSessionId: 'S1' });
    expect(await putWearableWorkout(ctx(), { ...w, calories: 1, importedAt: '2026-03-10T06:59:00.000Z' })).toBe('ignored');
    expect((await getWearableWorkout(ctx(), userId, 'garmin', w.externalId))!.calories).toBe(999);
  });

  it('does not link a missing workout or another user’s', async () => {
    const alice = uniqueUserId();
    const w = workout(alice);
    await putWearableWorkout(ctx(), w);
    expect(await linkWorkoutToSession(ctx(), { userId: uniqueUserId(), provider: 'garmin', externalId: w.externalId, sessionId: 'S1' })).toBe(false);
    expect(await linkWorkoutToSession(ctx(), { userId: alice, provider: 'garmin', externalId: 'nope', sessionId: 'S1' })).toBe(false);
    expect((await getWearableWorkout(ctx(), alice, 'garmin', w.externalId))!.linkedSessionId).toBeNull();
  });

  it('lists workouts starting in a window (overlap candidates), across providers, only the caller’s', async () => {
    const userId = uniqueUserId();
    await putWearableWorkout(ctx(), workout(userId, { externalId: 'a', startAt: '2026-03-10T05:00:00.000Z' }));
    await putWearableWorkout(ctx(), workout(userId, { externalId: 'b', provider: 'polar', startAt: '2026-03-10T06:00:00.000Z' }));
    await putWearableWorkout(ctx(), workout(userId, { externalId: 'c', startAt: '2026-03-10T09:00:00.000Z' }));
    await putWearableWorkout(ctx(), workout(uniqueUserId(), { externalId: 'x', startAt: '2026-03-10T06:00:00.000Z' }));
    const found = await listWorkoutsStartingBetween(ctx(), userId, '2026-03-10T04:30:00Z', new Date('2026-03-10T06:30:00Z'));
    expect(found.map((w) => w.externalId)).toEqual(['a', 'b']);
    expect((await workoutKeysOf(ctx(), userId, 'garmin')).map((k) => k.SK)).toEqual(['WORKOUT#garmin#a', 'WORKOUT#garmin#c']);
  });

  it('reads with GetItem/Query only', async () => {
    const userId = uniqueUserId();
    const w = workout(userId);
    await putWearableWorkout(ctx(), w);
    expect(await commandsOf(() => getWearableWorkout(ctx(), userId, 'garmin', w.externalId))).toEqual(['GetItem']);
    expect(await commandsOf(() => listWorkoutsStartingBetween(ctx(), userId, '2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z'))).toEqual(['Query']);
  });
});
