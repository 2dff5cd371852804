import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { handler as applyActivityChanges } from '../../../functions/forge/apply-activity-changes';
import { handler as syncTrainingSessions } from '../../../functions/forge/sync-training-sessions';
import { documentClient } from '../../../shared/db/client';
import { activityKey, getActivity, toItem as activityToItem } from '../../../shared/db/entities/activity';
import { forgeDayKey, getForgeDaySummary } from '../../../shared/db/entities/forge-day';
import { putSessionWearable } from '../../../shared/db/entities/session-wearable';
import { createSession, deleteSession, toItem as sessionToItem } from '../../../shared/db/entities/training-session';
import { activityFromSession, syncedActivityId } from '../../../shared/domain/forge/activity';
import type { TrainingSession } from '../../../shared/domain/training/session';
import { tableContext, uniqueUserId } from '../../support/db';
import { completedSession } from '../../support/forge';
import { newUser } from '../../support/stack';
import { eventually } from '../../support/wait';
import { completeSessionOverHttp, forgeDayWhen, lambdaContext, retryFrom, settled, streamEvent, streamRecord } from './helpers';

const ctx = tableContext;

/** Generous for a loaded test machine; the ≤ 1 s target itself is measured by `npm run bench`. */
const SYNC_DEADLINE_MS = 5_000;

const completedRecord = (session: TrainingSession, previous?: TrainingSession) =>
  streamRecord(previous ? 'MODIFY' : 'INSERT', { newItem: sessionToItem(session), oldItem: previous ? sessionToItem(previous) : undefined });
const completedActivity = (session: TrainingSession) => activityFromSession(session);
const removedRecord = (session: TrainingSession) => streamRecord('REMOVE', { oldItem: sessionToItem(session) });

/**
 * The session as the table holds it while these tests hand the consumer recorded batches: it must
 * exist (a record of a deleted session writes nothing), but stored as active, so the runtime's own
 * consumer never syncs it and everything Forge gets comes from the invocations under test.
 */
async function storeSource(...sessions: TrainingSession[]) {
  for (const session of sessions) await createSession(ctx(), { ...session, status: 'active', completedAt: null, metrics: null });
}

async function rawDay(userId: string, day: string) {
  const result = await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: forgeDayKey(userId, day), ConsistentRead: true }));
  return result.Item;
}

/** Waits until the day aggregate counts `count` activities, then returns it. */
const dayWithCount = (userId: string, day: string, count: number) =>
  eventually(async () => {
    const summary = await getForgeDaySummary(ctx(), userId, day);
    return summary && summary.count === count ? summary : undefined;
  }, 10_000, `${count} activities counted on ${day}`);

describe('Training → Forge sync over HTTP', () => {
  it('a completed session becomes one read-only activity in /forge/day; edits follow; deleting the session removes it', async () => {
    const user = await newUser();
    expect((await user.call('PUT', '/me', { body: { weightKg: 80 } })).status).toBe(200);
    const session = await completeSessionOverHttp(user);
    const completedAt = Date.now();

    const day = await eventually(async () => {
      const response = await user.call('GET', `/forge/day?date=${session.localDay}`);
      return response.body.activities.length ? response.body : undefined;
    }, SYNC_DEADLINE_MS, 'the synced activity');
    const latencyMs = Date.now() - completedAt;
    expect(latencyMs).toBeLessThan(SYNC_DEADLINE_MS);
    expect(day.activities).toHaveLength(1);
    expect(day.activities[0]).toMatchObject({
      id: syncedActivityId(session.id),
      source: 'training_session',
      sourceId: session.id,
      // Enrichment may still bump the completed session's version; the activity follows the newest.
      sourceVersion: expect.toSatisfy((v: number) => v >= session.version),
      type: 'strength',
      title: 'Legs',
      durationMin: 50,
      calories: 400,
      localDay: session.localDay,
    });

    const totals = await forgeDayWhen(user, session.localDay, settled);
    expect(totals.summary).toMatchObject({ calories: 400, minutes: 50, count: 1, syncedTrainingSessions: 1, bySource: { training_session: { calories: 400, minutes: 50, count: 1 } } });

    // Read-only in Forge: 409 pointing at Training; nothing changes.
    const activityId = syncedActivityId(session.id);
    const patch = await user.call('PATCH', `/forge/manual-activities/${activityId}`, { body: { durationMin: 10 } });
    expect(patch.status).toBe(409);
    expect(patch.body.detail).toMatch(/Training/);
    const del = await user.call('DELETE', `/forge/manual-activities/${activityId}`);
    expect(del.status).toBe(409);
    expect(del.body.detail).toMatch(/session in Training/);

    // A later edit of the completed session in Training flows to its activity.
    let edited = await user.call('PATCH', `/training/sessions/${session.id}`, { body: { durationActualMin: 60 } });
    if (edited.status === 409) edited = await user.call('PATCH', `/training/sessions/${session.id}`, { body: { durationActualMin: 60 } }); // changed meanwhile (enrichment)
    expect(edited.status).toBe(200);
    const after = await forgeDayWhen(user, session.localDay, (b) => b.activities[0]?.durationMin === 60 && settled(b), 'the edit');
    expect(after.activities[0].sourceVersion).toBeGreaterThanOrEqual(edited.body.version);
    expect(after.activities[0]).toMatchObject({ durationMin: 60, calories: edited.body.metrics.calories.kcal });
    expect(after.summary).toMatchObject({ minutes: 60, count: 1 });

    // Deleting the session in Training removes its activity and its share of the day.
    expect((await user.call('DELETE', `/training/sessions/${session.id}`)).status).toBe(204);
    const gone = await forgeDayWhen(user, session.localDay, (b) => b.activities.length === 0 && b.summary.count === 0, 'the removal');
    expect(gone.summary).toMatchObject({ calories: 0, minutes: 0, syncedTrainingSessions: 0 });
  });

  it('carries the wearable metrics of a session that has them', async () => {
    const user = await newUser();
    const session = await completeSessionOverHttp(user, { rpeAvg: 7 }, async (sessionId) => {
      const now = new Date();
      const linked = await putSessionWearable(ctx(), {
        userId: user.sub,
        sessionId,
        provider: 'garmin',
        externalId: `w-${sessionId}`,
        startAt: new Date(now.getTime() - 3_600_000).toISOString(),
        endAt: now.toISOString(),
        minBpm: 70,
        avgBpm: 138,
        maxBpm: 171,
        zoneSeconds: { z1: 300, z2: 900, z3: 1500, z4: 600, z5: 300 },
        belowZonesSeconds: 0,
        maxHr: { bpm: 185, method: 'tanaka' },
        trimp: 120,
        effortScore: 58,
        calories: 520,
        distanceM: null,
        quality: { level: 'good', completeness: 0.9, anomalyRate: 0.02, sampleCount: 3500 },
        linkedAt: now.toISOString(),
      });
      expect(linked).toBe('linked');
    });
    const activity = await eventually(() => getActivity(ctx(), user.sub, syncedActivityId(session.id)).then((a) => a ?? undefined), SYNC_DEADLINE_MS, 'activity');
    expect(activity).toMatchObject({ avgHr: 138, maxHr: 171, effortScore: 58, zones: { z1: 300, z2: 900, z3: 1500, z4: 600, z5: 300 } });
  });

  it('never syncs draft or active sessions', async () => {
    const user = await newUser();
    const draft = (await user.call('POST', '/training/sessions', { body: { coach: 'force', discipline: 'strength', title: 'Later', exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5 }] }] } })).body;
    await user.call('POST', `/training/sessions/${draft.id}/start`);
    // A completed session of the same user, synced after the active one was written: once it is there, the active one would be too.
    const done = await completeSessionOverHttp(user);
    await eventually(() => getActivity(ctx(), user.sub, syncedActivityId(done.id)).then((a) => a ?? undefined), SYNC_DEADLINE_MS, 'activity');
    expect(await getActivity(ctx(), user.sub, syncedActivityId(draft.id))).toBeNull();
  });
});

describe('sync consumer under redelivery, disorder and crashes (recorded stream batches)', () => {
  it('the same batch delivered twice → still one activity and unchanged totals', async () => {
    const userId = uniqueUserId();
    const session = completedSession(userId);
    await storeSource(session);
    const event = streamEvent(completedRecord(session, { ...session, status: 'active', completedAt: null, metrics: null, version: session.version - 1 }));

    expect(await syncTrainingSessions(event, lambdaContext)).toEqual({ batchItemFailures: [] });
    const summary = await dayWithCount(userId, session.localDay, 1);
    const dayItem = await rawDay(userId, session.localDay);
    const activity = await getActivity(ctx(), userId, syncedActivityId(session.id));

    expect(await syncTrainingSessions(event, lambdaContext)).toEqual({ batchItemFailures: [] });
    expect(await syncTrainingSessions(event, lambdaContext)).toEqual({ batchItemFailures: [] });
    // Give a (wrong) second write time to reach the day consumer.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await getActivity(ctx(), userId, syncedActivityId(session.id))).toEqual(activity);
    expect(await rawDay(userId, session.localDay)).toEqual(dayItem);
    expect(summary).toMatchObject({ count: 1, calories: 320, minutes: 45, syncedTrainingSessions: 1 });

    // The day consumer itself, handed the activity's INSERT twice, changes nothing either.
    const insert = streamEvent(streamRecord('INSERT', { newItem: activityToItem(activity!) }));
    expect(await applyActivityChanges(insert, lambdaContext)).toEqual({ batchItemFailures: [] });
    expect(await applyActivityChanges(insert, lambdaContext)).toEqual({ batchItemFailures: [] });
    expect(await rawDay(userId, session.localDay)).toEqual(dayItem);
  });

  it('out-of-order versions: an older session version never overwrites a newer one', async () => {
    const userId = uniqueUserId();
    const v3 = completedSession(userId, { version: 3 });
    const v4 = { ...v3, version: 4, metrics: { ...v3.metrics!, durationMin: 55, calories: { kcal: 390, method: 'met' as const } } };
    await storeSource(v3);
    await syncTrainingSessions(streamEvent(completedRecord(v4, v3)), lambdaContext);
    await syncTrainingSessions(streamEvent(completedRecord(v3)), lambdaContext);
    expect(await getActivity(ctx(), userId, syncedActivityId(v3.id))).toMatchObject({ sourceVersion: 4, durationMin: 55, calories: 390 });
    const summary = await eventually(async () => {
      const s = await getForgeDaySummary(ctx(), userId, v3.localDay);
      return s?.minutes === 55 ? s : undefined;
    }, 10_000, 'day at v4');
    expect(summary).toMatchObject({ count: 1, calories: 390 });
  });

  it('a crash mid-batch → the retry resumes in order: nothing lost, nothing doubled', async () => {
    const userId = uniqueUserId();
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const sessions = [completedSession(userId, { completedAt: at(300) }), completedSession(userId, { completedAt: at(200) }), completedSession(userId, { completedAt: at(100) })];
    const day = sessions[0]!.localDay;
    for (const s of sessions) s.localDay = day; // one day aggregate for all three
    await storeSource(...sessions);
    const event = streamEvent(...sessions.map((s) => completedRecord(s)));
    const victim = JSON.stringify(activityKey(userId, syncedActivityId(sessions[1]!.id)).SK);

    // 1) The write of the 2nd activity fails: the 2nd and 3rd records are reported, the 3rd not attempted.
    let mode: 'fail-before' | 'fail-after' | 'off' = 'fail-before';
    documentClient.middlewareStack.add(
      (next, context) => async (args) => {
        const hit = mode !== 'off' && /Update/.test(String(context.commandName)) && JSON.stringify(args.input).includes(victim.slice(1, -1));
        if (hit && mode === 'fail-before') {
          mode = 'off';
          throw new Error('injected crash before the write');
        }
        const result = await next(args);
        if (hit && mode === 'fail-after') {
          mode = 'off';
          throw new Error('injected crash after the write');
        }
        return result;
      },
      { step: 'initialize', name: 'forgeCrashInjector' },
    );
    try {
      const first = await syncTrainingSessions(event, lambdaContext);
      expect(first.batchItemFailures.map((f) => f.itemIdentifier)).toEqual([event.Records[1]!.dynamodb!.SequenceNumber, event.Records[2]!.dynamodb!.SequenceNumber]);
      expect(await getActivity(ctx(), userId, syncedActivityId(sessions[0]!.id))).not.toBeNull();
      expect(await getActivity(ctx(), userId, syncedActivityId(sessions[1]!.id))).toBeNull();
      expect(await getActivity(ctx(), userId, syncedActivityId(sessions[2]!.id))).toBeNull();

      // 2) The event source retries from the first failure; this time the 2nd write lands but the
      // function "crashes" right after it, so the same records come once more.
      // Every record of that retry failed, so the invocation fails as a whole and the same records
      // come again.
      mode = 'fail-after';
      const retry = retryFrom(event, first);
      await expect(syncTrainingSessions(retry, lambdaContext)).rejects.toThrow(/All records failed/);
      expect(await getActivity(ctx(), userId, syncedActivityId(sessions[1]!.id))).not.toBeNull();
      expect(await syncTrainingSessions(retry, lambdaContext)).toEqual({ batchItemFailures: [] });
    } finally {
      documentClient.middlewareStack.remove('forgeCrashInjector');
    }
    // And the whole batch once more for good measure (bisect / at-least-once).
    expect(await syncTrainingSessions(event, lambdaContext)).toEqual({ batchItemFailures: [] });

    for (const s of sessions) expect(await getActivity(ctx(), userId, syncedActivityId(s.id))).toMatchObject({ sourceVersion: s.version });
    const summary = await dayWithCount(userId, day, 3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await getForgeDaySummary(ctx(), userId, day)).toEqual(summary);
    expect(summary).toMatchObject({ count: 3, calories: 960, minutes: 135, syncedTrainingSessions: 3 });
  });

  it('REMOVE deletes the activity; a redelivered REMOVE or a REMOVE of a never-synced session is harmless', async () => {
    const userId = uniqueUserId();
    const session = completedSession(userId);
    await storeSource(session);
    await syncTrainingSessions(streamEvent(completedRecord(session)), lambdaContext);
    await dayWithCount(userId, session.localDay, 1);
    expect(await deleteSession(ctx(), userId, session.id)).toBe(true);
    const removal = streamEvent(removedRecord(session));
    expect(await syncTrainingSessions(removal, lambdaContext)).toEqual({ batchItemFailures: [] });
    expect(await syncTrainingSessions(removal, lambdaContext)).toEqual({ batchItemFailures: [] });
    expect(await getActivity(ctx(), userId, syncedActivityId(session.id))).toBeNull();
    await dayWithCount(userId, session.localDay, 0);
    expect(await syncTrainingSessions(streamEvent(removedRecord(completedSession(userId))), lambdaContext)).toEqual({ batchItemFailures: [] });
    // The same batch with the completion and the deletion, replayed after the session is gone:
    // the completion no longer writes anything, so no activity comes back even for a moment.
    const replay = streamEvent(completedRecord(session), removedRecord(session));
    expect(await syncTrainingSessions(replay, lambdaContext)).toEqual({ batchItemFailures: [] });
    expect(await getActivity(ctx(), userId, syncedActivityId(session.id))).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await getForgeDaySummary(ctx(), userId, session.localDay)).toMatchObject({ count: 0, calories: 0 });
    // The Forge side never writes Training items: the session stays deleted.
    const sessionItem = await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: { PK: `USER#${userId}`, SK: `SESSION#${session.id}` } }));
    expect(sessionItem.Item).toBeUndefined();
  });

  it('records read after their source is gone (e.g. the account was deleted) bring nothing back', async () => {
    const userId = uniqueUserId();
    const session = completedSession(userId); // never stored: deleted before its records were read
    expect(await syncTrainingSessions(streamEvent(completedRecord(session)), lambdaContext)).toEqual({ batchItemFailures: [] });
    expect(await getActivity(ctx(), userId, syncedActivityId(session.id))).toBeNull();
    // Same for the day totals: an activity INSERT read after the activity was deleted.
    const activity = { ...completedActivity(session) };
    expect(await applyActivityChanges(streamEvent(streamRecord('INSERT', { newItem: activityToItem(activity) })), lambdaContext)).toEqual({ batchItemFailures: [] });
    expect(await rawDay(userId, session.localDay)).toBeUndefined();
  });
});
