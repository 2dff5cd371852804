import { describe, expect, it } from 'vitest';
import { InvalidCursorError } from '../../../shared/db/cursor';
import {
  createManualActivity,
  deleteManualActivity,
  deleteSyncedActivity,
  deleteWearableActivity,
  getActivity,
  getForgeDayView,
  listActivityHistory,
  updateManualActivity,
  upsertSyncedActivity,
  upsertWearableActivity,
} from '../../../shared/db/entities/activity';
import { applyActivityToDay } from '../../../shared/db/entities/forge-day';
import { VersionConflictError } from '../../../shared/db/item';
import { activityFromSession, ReadOnlyActivityError } from '../../../shared/domain/forge/activity';
import { activityFromWorkout } from '../../../shared/domain/wearables/imports';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { completedSession, walk, workout } from '../../support/forge';

const ctx = repositoryTableContext;
const UTC = { timeZone: 'UTC' };

describe('activity repository: manual activities', () => {
  it('creates, reads back, updates with the version guard and deletes', async () => {
    const userId = uniqueUserId();
    const created = await createManualActivity(ctx(), userId, walk(), UTC);
    expect(created).toMatchObject({ source: 'manual', sourceId: null, version: 1, localDay: '2026-03-10', title: 'Evening walk' });
    expect(await getActivity(ctx(), userId, created.id)).toEqual(created);

    const updated = await updateManualActivity(ctx(), userId, created.id, { durationMin: 45, notes: 'windy' }, UTC);
    expect(updated).toMatchObject({ durationMin: 45, notes: 'windy', version: 2 });
    expect(await getActivity(ctx(), userId, created.id)).toEqual(updated);

    expect(await deleteManualActivity(ctx(), userId, created.id)).toBe(true);
    expect(await getActivity(ctx(), userId, created.id)).toBeNull();
    expect(await deleteManualActivity(ctx(), userId, created.id)).toBe(false);
    expect(await updateManualActivity(ctx(), userId, created.id, { durationMin: 10 }, UTC)).toBeNull();
  });

  it('refuses a stale version: concurrent edits → one wins, the other gets a conflict', async () => {
    const userId = uniqueUserId();
    const created = await createManualActivity(ctx(), userId, walk(), UTC);
    await expect(updateManualActivity(ctx(), userId, created.id, { durationMin: 20 }, { ...UTC, expectedVersion: 7 })).rejects.toBeInstanceOf(VersionConflictError);
    const results = await Promise.allSettled([
      updateManualActivity(ctx(), userId, created.id, { title: 'A' }, UTC),
      updateManualActivity(ctx(), userId, created.id, { title: 'B' }, UTC),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    // Both may have read version 1 (one conflict) or the second may have read version 2 (both win in turn).
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(VersionConflictError);
    const current = (await getActivity(ctx(), userId, created.id))!;
    expect(current.version).toBe(1 + fulfilled.length);
    await expect(deleteManualActivity(ctx(), userId, created.id, { expectedVersion: 1 })).rejects.toBeInstanceOf(VersionConflictError);
    expect(await deleteManualActivity(ctx(), userId, created.id, { expectedVersion: current.version })).toBe(true);
  });

  it('files an activity at 00:30 in Paris under the Paris day, and moves it when its start moves', async () => {
    const userId = uniqueUserId();
    // 00:30 on 15 March in Paris (UTC+1) is still 14 March in UTC.
    const paris = { timeZone: 'Europe/Paris' };
    const created = await createManualActivity(ctx(), userId, walk({ startAt: '2026-03-14T23:30:00.000Z' }), paris);
    expect(created.localDay).toBe('2026-03-15');
    expect((await getForgeDayView(ctx(), userId, '2026-03-15')).activities.map((a) => a.id)).toEqual([created.id]);
    expect((await getForgeDayView(ctx(), userId, '2026-03-14')).activities).toEqual([]);
    // Same with an offset in the input: normalized to UTC, still the Paris day.
    const withOffset = await createManualActivity(ctx(), userId, walk({ startAt: '2026-03-15T00:30:00+01:00' }), paris);
    expect(withOffset).toMatchObject({ startAt: '2026-03-14T23:30:00.000Z', localDay: '2026-03-15' });

    const moved = await updateManualActivity(ctx(), userId, created.id, { startAt: '2026-03-16T08:00:00.000Z' }, paris);
    expect(moved!.localDay).toBe('2026-03-16');
    const kept = await updateManualActivity(ctx(), userId, withOffset.id, { notes: 'zone changed' }, { timeZone: 'America/New_York' });
    expect(kept!.localDay).toBe('2026-03-15');
  });

  it("is scoped to the owner's partition", async () => {
    const alice = uniqueUserId();
    const bob = uniqueUserId();
    const mine = await createManualActivity(ctx(), alice, walk(), UTC);
    expect(await getActivity(ctx(), bob, mine.id)).toBeNull();
    expect(await updateManualActivity(ctx(), bob, mine.id, { title: 'hijack' }, UTC)).toBeNull();
    expect(await deleteManualActivity(ctx(), bob, mine.id)).toBe(false);
    expect((await getForgeDayView(ctx(), bob, mine.localDay)).activities).toEqual([]);
    expect((await listActivityHistory(ctx(), bob, { fromDay: '2000-01-01', toDay: '2099-12-31', limit: 50 })).items).toEqual([]);
    expect((await getActivity(ctx(), alice, mine.id))!.title).toBe('Evening walk');
  });
});

describe('activity repository: synced and wearable activities', () => {
  it('upserts the activity of a completed session once, follows newer versions, ignores older or equal ones', async () => {
    const userId = uniqueUserId();
    const session = completedSession(userId, { completedAt: '2026-03-10T11:00:00.000Z', version: 3 });
    const v3 = activityFromSession(session);
    expect(v3).toMatchObject({ id: `ts_${session.id}`, source: 'training_session', sourceId: session.id, sourceVersion: 3, calories: 320, durationMin: 45 });

    expect(await upsertSyncedActivity(ctx(), v3)).toBe('written');
    expect(await upsertSyncedActivity(ctx(), v3)).toBe('ignored'); // redelivery
    const stored = (await getActivity(ctx(), userId, v3.id))!;

    const v4 = activityFromSession({ ...session, title: 'Squat day (edited)', version: 4 }, null, new Date('2030-01-01T00:00:00Z'));
    expect(await upsertSyncedActivity(ctx(), v4)).toBe('written');
    const after = (await getActivity(ctx(), userId, v3.id))!;
    expect(after).toMatchObject({ title: 'Squat day (edited)', version: 4, sourceVersion: 4 });
    expect(after.createdAt).toBe(stored.createdAt); // the incarnation is kept

    expect(await upsertSyncedActivity(ctx(), activityFromSession({ ...session, title: 'stale', version: 2 }))).toBe('ignored'); // out of order
    expect((await getActivity(ctx(), userId, v3.id))!.title).toBe('Squat day (edited)');

    expect(await deleteSyncedActivity(ctx(), userId, session.id)).toBe(true);
    expect(await getActivity(ctx(), userId, v3.id)).toBeNull();
    expect(await deleteSyncedActivity(ctx(), userId, session.id)).toBe(false);
  });

  it('refuses to change or delete synced and wearable activities through the manual functions', async () => {
    const userId = uniqueUserId();
    const synced = activityFromSession(completedSession(userId));
    await upsertSyncedActivity(ctx(), synced);
    const imported = activityFromWorkout(workout(userId));
    await upsertWearableActivity(ctx(), imported);
    for (const activity of [synced, imported]) {
      const update = updateManualActivity(ctx(), userId, activity.id, { title: 'mine now' }, UTC);
      await expect(update).rejects.toBeInstanceOf(ReadOnlyActivityError);
      await expect(deleteManualActivity(ctx(), userId, activity.id)).rejects.toBeInstanceOf(ReadOnlyActivityError);
      expect(await getActivity(ctx(), userId, activity.id)).toEqual(expect.objectContaining({ title: activity.title }));
    }
    await expect(updateManualActivity(ctx(), userId, synced.id, { title: 'x' }, UTC)).rejects.toThrow(/edit or delete the session in Training/);
  });

  it('imports a wearable workout as an activity idempotently and deletes it', async () => {
    const userId = uniqueUserId();
    const w = workout(userId);
    const first = activityFromWorkout(w);
    expect(first.id).toBe(`wb_garmin_${w.externalId}`);
    expect(await upsertWearableActivity(ctx(), first)).toBe('written');
    expect(await upsertWearableActivity(ctx(), first)).toBe('ignored');
    const later = activityFromWorkout({ ...w, calories: 450, importedAt: '2026-03-10T08:00:00.000Z' });
    expect(await upsertWearableActivity(ctx(), later)).toBe('written');
    expect((await getActivity(ctx(), userId, first.id))!.calories).toBe(450);
    await expect(upsertSyncedActivity(ctx(), later)).rejects.toThrow(RangeError);
    expect(await deleteWearableActivity(ctx(), userId, w.provider, w.externalId)).toBe(true);
    expect(await getActivity(ctx(), userId, first.id)).toBeNull();
  });
});

describe('activity repository: Day and History', () => {
  it('reads the day summary and its activities in one Query, summary first, activities by start', async () => {
    const userId = uniqueUserId();
    const late = await createManualActivity(ctx(), userId, walk({ startAt: '2026-03-10T19:00:00.000Z' }), UTC);
    const early = await createManualActivity(ctx(), userId, walk({ startAt: '2026-03-10T07:00:00.000Z', type: 'cycling' }), UTC);
    await createManualActivity(ctx(), userId, walk({ startAt: '2026-03-11T07:00:00.000Z' }), UTC);
    const synced = activityFromSession(completedSession(userId, { completedAt: '2026-03-10T12:00:00.000Z' }));
    await upsertSyncedActivity(ctx(), synced);
    for (const a of [late, early, synced]) await applyActivityToDay(ctx(), a);

    const view = await getForgeDayView(ctx(), userId, '2026-03-10');
    expect(view.activities.map((a) => a.id)).toEqual([early.id, synced.id, late.id]);
    expect(view.summary).toMatchObject({ localDay: '2026-03-10', count: 3, calories: 560, syncedTrainingSessions: 1 });
    expect(view.summary).not.toHaveProperty('contributions');
    expect(await getForgeDayView(ctx(), userId, '2026-03-12')).toEqual({ summary: null, activities: [], wearableDays: [] });
  });

  it('lists history newest first within days, filtered by source, with signed cursors', async () => {
    const userId = uniqueUserId();
    const days = ['2026-04-01', '2026-04-03', '2026-04-05', '2026-04-07'];
    for (const day of days) await createManualActivity(ctx(), userId, walk({ startAt: `${day}T10:00:00.000Z` }), UTC);
    const synced = activityFromSession(completedSession(userId, { completedAt: '2026-04-04T12:00:00.000Z' }));
    await upsertSyncedActivity(ctx(), synced);
    await applyActivityToDay(ctx(), synced); // a day summary inside the range is never listed

    const filter = { fromDay: '2026-04-02', toDay: '2026-04-30', limit: 2 };
    const first = await listActivityHistory(ctx(), userId, filter);
    expect(first.items.map((a) => a.localDay)).toEqual(['2026-04-07', '2026-04-05']);
    const rest: string[] = [];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await listActivityHistory(ctx(), userId, { ...filter, cursor });
      rest.push(...page.items.map((a) => a.localDay));
      cursor = page.nextCursor;
    }
    expect(rest).toEqual(['2026-04-04', '2026-04-03']);

    const manualOnly = await listActivityHistory(ctx(), userId, { fromDay: '2026-04-01', toDay: '2026-04-30', source: 'manual', limit: 50 });
    expect(manualOnly.items.map((a) => a.localDay)).toEqual(['2026-04-07', '2026-04-05', '2026-04-03', '2026-04-01']);
    const trainingOnly = await listActivityHistory(ctx(), userId, { fromDay: '2026-04-01', toDay: '2026-04-30', source: 'training_session', limit: 50 });
    expect(trainingOnly.items.map((a) => a.id)).toEqual([synced.id]);
  });

  it("refuses tampered cursors, another user's cursor and another query's cursor", async () => {
    const alice = uniqueUserId();
    const bob = uniqueUserId();
    for (const userId of [alice, bob]) for (let i = 1; i <= 3; i++) await createManualActivity(ctx(), userId, walk({ startAt: `2026-05-0${i}T10:00:00.000Z` }), UTC);
    const filter = { fromDay: '2026-05-01', toDay: '2026-05-31', limit: 1 };
    const page = await listActivityHistory(ctx(), alice, filter);
    await expect(listActivityHistory(ctx(), bob, { ...filter, cursor: page.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(listActivityHistory(ctx(), alice, { ...filter, source: 'manual', cursor: page.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(listActivityHistory(ctx(), alice, { ...filter, cursor: `${page.nextCursor}x` })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const userId = uniqueUserId();
    const a = await createManualActivity(ctx(), userId, walk(), UTC);
    expect(await commandsOf(() => getActivity(ctx(), userId, a.id))).toEqual(['GetItem']);
    expect(await commandsOf(() => getForgeDayView(ctx(), userId, a.localDay))).toEqual(['Query']);
    expect(await commandsOf(() => listActivityHistory(ctx(), userId, { fromDay: '2026-01-01', toDay: '2026-12-31', limit: 20 }))).toEqual(['Query']);
    // PATCH: one read, one conditional write.
    expect(await commandsOf(() => updateManualActivity(ctx(), userId, a.id, { notes: 'n' }, UTC))).toEqual(['GetItem', 'PutItem']);
    expect(await commandsOf(() => deleteManualActivity(ctx(), userId, a.id))).toEqual(['DeleteItem']);
  });
});
