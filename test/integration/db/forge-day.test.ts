import { describe, expect, it } from 'vitest';
import { createManualActivity, updateManualActivity, upsertSyncedActivity } from '../../../shared/db/entities/activity';
import {
  applyActivityChange,
  applyActivityToDay,
  getForgeDaySummary,
  listForgeDays,
  removeActivityFromDay,
} from '../../../shared/db/entities/forge-day';
import { newId } from '../../../shared/db/ids';
import { activityFromSession, newManualActivity, type Activity } from '../../../shared/domain/forge/activity';
import { revisionOf } from '../../../shared/domain/ledger/day-ledger';
import { activityFromWorkout } from '../../../shared/domain/wearables/imports';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { completedSession, walk, workout } from '../../support/forge';

const ctx = repositoryTableContext;
const UTC = { timeZone: 'UTC' };
const DAY = '2026-03-10';

const remove = (activity: Activity, revision = revisionOf(activity)) =>
  removeActivityFromDay(ctx(), { userId: activity.userId, localDay: activity.localDay, activityId: activity.id, revision });

describe('forge day aggregate', () => {
  it('totals per source with the synced training count, never double-counting a redelivery', async () => {
    const userId = uniqueUserId();
    const manual = newManualActivity({ id: newId(), userId, input: walk(), timeZone: UTC.timeZone, now: new Date() });
    const synced = activityFromSession(completedSession(userId, { completedAt: `${DAY}T12:00:00.000Z` }));
    const imported = activityFromWorkout(workout(userId));
    for (const a of [manual, synced, imported]) expect(await applyActivityToDay(ctx(), a)).toBe(true);
    for (const a of [manual, synced, imported]) expect(await applyActivityToDay(ctx(), a)).toBe(false); // redelivered

    const summary = await getForgeDaySummary(ctx(), userId, DAY);
    expect(summary).toMatchObject({
      localDay: DAY,
      calories: 850,
      minutes: 115,
      count: 3,
      syncedTrainingSessions: 1,
      bySource: {
        training_session: { calories: 320, minutes: 45, count: 1 },
        manual: { calories: 120, minutes: 30, count: 1 },
        wearable: { calories: 410, minutes: 40, count: 1 },
      },
    });
  });

  it('replaces an edited activity’s contribution and ignores stale versions', async () => {
    const userId = uniqueUserId();
    const session = completedSession(userId, { completedAt: `${DAY}T12:00:00.000Z`, version: 3 });
    const v3 = activityFromSession(session);
    await upsertSyncedActivity(ctx(), v3);
    await applyActivityToDay(ctx(), v3);
    const v5 = { ...v3, calories: 500, durationMin: 60, version: 5, sourceVersion: 5 };
    expect(await applyActivityToDay(ctx(), v5)).toBe(true);
    expect(await applyActivityToDay(ctx(), { ...v3, version: 4, sourceVersion: 4, calories: 999 })).toBe(false); // out of order
    expect(await getForgeDaySummary(ctx(), userId, DAY)).toMatchObject({ calories: 500, minutes: 60, count: 1, syncedTrainingSessions: 1 });
  });

  it('removes a contribution once (tombstone), never resurrects it from a late record, never creates a missing day', async () => {
    const userId = uniqueUserId();
    const manual = await createManualActivity(ctx(), userId, walk(), UTC);
    await applyActivityToDay(ctx(), manual);
    expect(await remove(manual)).toBe(true);
    expect(await remove(manual)).toBe(false);
    expect(await applyActivityToDay(ctx(), manual)).toBe(false); // redelivered INSERT after the REMOVE
    expect(await getForgeDaySummary(ctx(), userId, DAY)).toMatchObject({ calories: 0, count: 0 });

    const other = uniqueUserId();
    const orphan = { ...manual, userId: other };
    expect(await remove(orphan)).toBe(false);
    expect(await getForgeDaySummary(ctx(), other, DAY)).toBeNull();
  });

  it('counts a re-imported wearable workout again after its activity was deleted (new incarnation)', async () => {
    const userId = uniqueUserId();
    const w = workout(userId);
    const first = activityFromWorkout(w, new Date('2026-03-10T07:00:00.000Z'));
    await applyActivityToDay(ctx(), first);
    await remove(first); // disconnect
    const again = activityFromWorkout(w, new Date('2026-03-20T07:00:00.000Z')); // reconnect: same id and import data
    expect(await applyActivityToDay(ctx(), again)).toBe(true);
    expect(await getForgeDaySummary(ctx(), userId, DAY)).toMatchObject({ count: 1, calories: 410 });
  });

  it('follows stream images: insert, modify across days, remove — and a replayed batch changes nothing', async () => {
    const userId = uniqueUserId();
    const created = await createManualActivity(ctx(), userId, walk(), UTC);
    const moved = (await updateManualActivity(ctx(), userId, created.id, { startAt: '2026-03-11T09:00:00.000Z' }, UTC))!;
    const batch: Array<[Activity | null, Activity | null]> = [
      [null, created],
      [created, moved],
      [moved, null],
    ];
    for (const [oldImage, newImage] of batch.slice(0, 2)) await applyActivityChange(ctx(), oldImage, newImage);
    const [d10, d11] = await listForgeDays(ctx(), userId, DAY, '2026-03-11');
    expect(d10).toMatchObject({ localDay: DAY, count: 0 });
    expect(d11).toMatchObject({ localDay: '2026-03-11', count: 1, calories: 120 });

    for (const [oldImage, newImage] of batch) await applyActivityChange(ctx(), oldImage, newImage); // replay + the removal
    for (const [oldImage, newImage] of batch) await applyActivityChange(ctx(), oldImage, newImage); // replay again
    const days = await listForgeDays(ctx(), userId, DAY, '2026-03-11');
    expect(days.map((d) => [d.localDay, d.count, d.calories])).toEqual([
      [DAY, 0, 0],
      ['2026-03-11', 0, 0],
    ]);
  });

  it('stays exact under concurrent applies to the same day (optimistic locking with retries)', async () => {
    const userId = uniqueUserId();
    const activities = await Promise.all(Array.from({ length: 8 }, (_, i) => createManualActivity(ctx(), userId, walk({ calories: 10 * (i + 1) }), UTC)));
    await Promise.all(activities.flatMap((a) => [applyActivityToDay(ctx(), a), applyActivityToDay(ctx(), a)]));
    expect(await getForgeDaySummary(ctx(), userId, DAY)).toMatchObject({ count: 8, calories: 360, minutes: 240 });
  });

  it('lists a range of days for progression, oldest first, only the caller’s', async () => {
    const alice = uniqueUserId();
    const bob = uniqueUserId();
    for (const day of ['2026-06-01', '2026-06-02', '2026-06-05', '2026-06-09']) {
      await applyActivityToDay(ctx(), await createManualActivity(ctx(), alice, walk({ startAt: `${day}T10:00:00.000Z` }), UTC));
    }
    await applyActivityToDay(ctx(), await createManualActivity(ctx(), bob, walk({ startAt: '2026-06-03T10:00:00.000Z' }), UTC));
    const days = await listForgeDays(ctx(), alice, '2026-06-02', '2026-06-08');
    expect(days.map((d) => d.localDay)).toEqual(['2026-06-02', '2026-06-05']);
    expect(days[0]).not.toHaveProperty('contributions');
    expect(await listForgeDays(ctx(), bob, '2026-06-01', '2026-06-30')).toHaveLength(1);
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const userId = uniqueUserId();
    await applyActivityToDay(ctx(), await createManualActivity(ctx(), userId, walk(), UTC));
    expect(await commandsOf(() => listForgeDays(ctx(), userId, '2026-03-01', '2026-03-31'))).toEqual(['Query']);
    expect(await commandsOf(() => getForgeDaySummary(ctx(), userId, DAY))).toEqual(['GetItem']);
  });
});
