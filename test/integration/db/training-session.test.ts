import { describe, expect, it } from 'vitest';
import { InvalidCursorError } from '../../../shared/db/cursor';
import { newId } from '../../../shared/db/ids';
import {
  completeSessionAtomically,
  createSession,
  deleteSession,
  enrichmentQueueDepth,
  enrichmentQueuePosition,
  getSession,
  listSessionHistory,
  saveSession,
} from '../../../shared/db/entities/training-session';
import { VersionConflictError } from '../../../shared/db/item';
import { MAX_LOGGED_SETS, type LoggedSet, type TrainingSession } from '../../../shared/domain/training/session';
import { writeUnitsOf } from '../../support/consumed-capacity';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { draftSession } from '../../support/sessions';

const ctx = repositoryTableContext;
/** A completed session on `localDay` (GSI1 history lists completed sessions only). */
const completedOn = (userId: string, localDay: string, overrides: Partial<TrainingSession> = {}) =>
  draftSession(userId, { createdAt: `${localDay}T10:00:00.000Z`, startedAt: `${localDay}T10:05:00.000Z`, completedAt: `${localDay}T11:00:00.000Z`, status: 'completed', localDay, ...overrides });

describe('training session repository', () => {
  it('creates once, reads back, and never overwrites an existing id', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    expect(await getSession(ctx(), session.userId, session.id)).toEqual(session);
    await expect(createSession(ctx(), { ...session, title: 'other' })).rejects.toThrow();
    expect((await getSession(ctx(), session.userId, session.id))!.title).toBe(session.title);
  });

  it("is scoped to the owner's partition: another user's id is simply not found", async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    expect(await getSession(ctx(), uniqueUserId(), session.id)).toBeNull();
    expect(await deleteSession(ctx(), uniqueUserId(), session.id)).toBe(false);
    expect(await getSession(ctx(), session.userId, session.id)).not.toBeNull();
  });

  it('guards transitions: a completed session cannot be written back to draft by a stale writer', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    const active: TrainingSession = { ...session, status: 'active', startedAt: new Date().toISOString(), version: 2 };
    await saveSession(ctx(), active, { version: 1, status: 'draft' });
    const completed: TrainingSession = { ...active, status: 'completed', completedAt: new Date().toISOString(), version: 3 };
    await completeSessionAtomically(ctx(), completed, { version: 2 });
    // A writer that read the draft (version 1) tries to save it again.
    await expect(saveSession(ctx(), { ...session, version: 2 }, { version: 1, status: 'draft' })).rejects.toBeInstanceOf(VersionConflictError);
    expect((await getSession(ctx(), session.userId, session.id))!.status).toBe('completed');
  });

  it('two concurrent updates with the same version: one wins, the other gets a conflict', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    const results = await Promise.allSettled([
      saveSession(ctx(), { ...session, title: 'A', version: 2 }, { version: 1, status: 'draft' }),
      saveSession(ctx(), { ...session, title: 'B', version: 2 }, { version: 1, status: 'draft' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(VersionConflictError);
    expect(rejected.reason.currentVersion).toBe(2);
  });

  it('completing removes the recovery snapshot in the same transaction', async () => {
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    const { documentClient } = await import('../../../shared/db/client');
    const session = draftSession(uniqueUserId(), { status: 'active', startedAt: new Date().toISOString() });
    await createSession(ctx(), session);
    await documentClient.send(new PutCommand({ TableName: ctx().tableName, Item: { PK: `USER#${session.userId}`, SK: `SNAPSHOT#${session.id}`, entity: 'sessionSnapshot' } }));
    await completeSessionAtomically(ctx(), { ...session, status: 'completed', completedAt: new Date().toISOString(), version: 2 }, { version: 1 });
    const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
    const snapshot = await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: { PK: `USER#${session.userId}`, SK: `SNAPSHOT#${session.id}` } }));
    expect(snapshot.Item).toBeUndefined();
  });

  it('lists history newest first by local day with filters and signed cursors', async () => {
    const userId = uniqueUserId();
    const days = ['2026-11-01', '2026-11-05', '2026-11-10', '2026-11-15', '2026-11-20'];
    for (const [i, day] of days.entries()) {
      await createSession(ctx(), completedOn(userId, day, { coach: i % 2 ? 'endurance' : 'force' }));
    }
    const first = await listSessionHistory(ctx(), userId, { fromDay: '2026-11-02', toDay: '2026-11-30', limit: 2 });
    expect(first.items.map((s) => s.localDay)).toEqual(['2026-11-20', '2026-11-15']);
    const second = await listSessionHistory(ctx(), userId, { fromDay: '2026-11-02', toDay: '2026-11-30', limit: 2, cursor: first.nextCursor });
    expect(second.items.map((s) => s.localDay)).toEqual(['2026-11-10', '2026-11-05']);
    const onlyForce = await listSessionHistory(ctx(), userId, { fromDay: '2026-11-01', toDay: '2026-11-30', coach: 'force', limit: 10 });
    expect(onlyForce.items.map((s) => s.localDay)).toEqual(['2026-11-20', '2026-11-10', '2026-11-01']);
  });

  it('filtered pages are full, and a cursor is only given when more sessions match', async () => {
    const userId = uniqueUserId();
    // 30 days: endurance on days 1–3 only, force on the other 27 (DynamoDB filters after its Limit).
    for (let day = 1; day <= 30; day++) {
      const localDay = `2026-09-${String(day).padStart(2, '0')}`;
      await createSession(ctx(), completedOn(userId, localDay, { coach: day <= 3 ? 'endurance' : 'force' }));
    }
    const range = { fromDay: '2026-09-01', toDay: '2026-09-30' };
    const endurance = await listSessionHistory(ctx(), userId, { ...range, coach: 'endurance', limit: 2 });
    expect(endurance.items.map((s) => s.localDay)).toEqual(['2026-09-03', '2026-09-02']);
    const rest = await listSessionHistory(ctx(), userId, { ...range, coach: 'endurance', limit: 2, cursor: endurance.nextCursor });
    expect(rest.items.map((s) => s.localDay)).toEqual(['2026-09-01']);
    expect(rest.nextCursor).toBeUndefined();
    // Exactly a page's worth: no cursor to an empty page.
    const exact = await listSessionHistory(ctx(), userId, { ...range, coach: 'endurance', limit: 3 });
    expect(exact.items).toHaveLength(3);
    expect(exact.nextCursor).toBeUndefined();
    const all = await listSessionHistory(ctx(), userId, { ...range, limit: 30 });
    expect(all.items).toHaveLength(30);
    expect(all.nextCursor).toBeUndefined();
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listSessionHistory(ctx(), userId, { ...range, coach: 'force', limit: 20, cursor });
      pages.push(page.items.map((s) => s.localDay));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([20, 7]);
    expect(new Set(pages.flat()).size).toBe(27);
  });

  it("refuses tampered cursors and another user's cursor", async () => {
    const alice = uniqueUserId();
    const bob = uniqueUserId();
    for (const userId of [alice, bob]) {
      for (let i = 0; i < 3; i++) await createSession(ctx(), completedOn(userId, '2026-11-10'));
    }
    const page = await listSessionHistory(ctx(), alice, { fromDay: '2026-01-01', toDay: '2099-12-31', limit: 1 });
    expect(page.nextCursor).toBeDefined();
    const filter = { fromDay: '2026-01-01', toDay: '2099-12-31', limit: 1 };
    await expect(listSessionHistory(ctx(), bob, { ...filter, cursor: page.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
    const [payload, signature] = page.nextCursor!.split('.');
    const forgedPayload = Buffer.from(Buffer.from(payload!, 'base64url').toString().replaceAll(alice, bob)).toString('base64url');
    await expect(listSessionHistory(ctx(), bob, { ...filter, cursor: `${forgedPayload}.${signature}` })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(listSessionHistory(ctx(), alice, { ...filter, cursor: 'garbage' })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(listSessionHistory(ctx(), alice, { ...filter, coach: 'endurance', cursor: page.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('reports queue position by priority then ticket, and leaves the queue once enriched', async () => {
    const userId = uniqueUserId();
    const queued = (enrichmentPriority: number) => draftSession(userId, { enrichmentStatus: 'fast', enrichmentQueuedAt: new Date().toISOString(), enrichmentPriority });
    const [early, late, urgent] = [queued(1), queued(1), queued(10)];
    for (const s of [early, late, urgent]) await createSession(ctx(), s);
    const stored = async (s: TrainingSession) => (await getSession(ctx(), userId, s.id))!;
    const [earlyRead, lateRead] = [await stored(early), await stored(late)];
    // Other files' sessions share the queue counters: compare positions, not absolutes.
    expect(lateRead.enrichmentTicket).toBeGreaterThan(earlyRead.enrichmentTicket!);
    const gap = async (a: TrainingSession, b: TrainingSession) => (await enrichmentQueuePosition(ctx(), b)) - (await enrichmentQueuePosition(ctx(), a));
    expect(await gap(earlyRead, lateRead)).toBe(lateRead.enrichmentTicket! - earlyRead.enrichmentTicket!);
    expect(await gap(await stored(urgent), earlyRead)).toBeGreaterThan(0);
    // The worker starts the late one: everything of its priority up to its ticket counts as started.
    const started = { ...lateRead, enrichmentStatus: 'enriching' as const, version: 2 };
    await saveSession(ctx(), started, { version: 1, status: 'draft' });
    // The early one now has no same-priority session ahead: only higher priorities, as if it held ticket 1.
    expect(await enrichmentQueuePosition(ctx(), earlyRead)).toBe(await enrichmentQueuePosition(ctx(), { ...earlyRead, enrichmentTicket: 1 }));
    await saveSession(ctx(), { ...started, enrichmentStatus: 'enriched', version: 3 }, { version: 2, status: 'draft' });
    expect((await stored(late)).enrichmentTicket).toBeUndefined();
    expect(await enrichmentQueueDepth(ctx())).toBeGreaterThanOrEqual(2);
  });

  it('reads the queue position in one GetItem however long the queue ahead', async () => {
    const userId = uniqueUserId();
    const ahead = Array.from({ length: 120 }, () => draftSession(userId, { enrichmentStatus: 'fast', enrichmentQueuedAt: new Date().toISOString(), enrichmentPriority: 3 }));
    for (const s of ahead) await createSession(ctx(), s);
    const last = draftSession(userId, { enrichmentStatus: 'fast', enrichmentQueuedAt: new Date().toISOString(), enrichmentPriority: 3 });
    await createSession(ctx(), last);
    const mine = (await getSession(ctx(), userId, last.id))!;
    const first = (await getSession(ctx(), userId, ahead[0]!.id))!;
    expect(await commandsOf(() => enrichmentQueuePosition(ctx(), mine))).toEqual(['GetItem']);
    expect((await enrichmentQueuePosition(ctx(), mine)) - (await enrichmentQueuePosition(ctx(), first))).toBe(mine.enrichmentTicket! - first.enrichmentTicket!);
    expect(mine.enrichmentTicket! - first.enrichmentTicket!).toBeGreaterThanOrEqual(120);
  });

  it('stays far below 400 KB at the logged-set bound', async () => {
    const session = draftSession(uniqueUserId());
    const sets: LoggedSet[] = Array.from({ length: MAX_LOGGED_SETS }, (_, i) => ({
      id: `set-${i}-${'x'.repeat(30)}`, exerciseIndex: i % 60, exerciseId: 'romanian-deadlift-with-pause', setIndex: i % 200,
      reps: 12, loadKg: 102.5, durationSec: 3600, distanceM: 10000, rpe: 8.5, rir: 2, completedAt: new Date().toISOString(),
    }));
    const big = { ...session, loggedSets: sets };
    const { toItem } = await import('../../../shared/db/entities/training-session');
    expect(Buffer.byteLength(JSON.stringify(toItem(big)))).toBeLessThan(200 * 1024);
    await createSession(ctx(), big);
    expect((await getSession(ctx(), session.userId, session.id))!.loggedSets).toHaveLength(MAX_LOGGED_SETS);
  });

  it('keeps an open session out of the full-history index (GSI1) and files it there once completed', async () => {
    const userId = uniqueUserId();
    const range = { fromDay: '2026-01-01', toDay: '2099-12-31', limit: 10 };
    const session = draftSession(userId, { status: 'active', startedAt: new Date().toISOString() });
    await createSession(ctx(), session);
    const { toItem } = await import('../../../shared/db/entities/training-session');
    expect(toItem(session)).not.toHaveProperty('GSI1PK');
    expect((await listSessionHistory(ctx(), userId, range)).items).toEqual([]);
    const completed: TrainingSession = { ...session, status: 'completed', completedAt: new Date().toISOString(), version: 2 };
    await completeSessionAtomically(ctx(), completed, { version: 1 });
    expect((await listSessionHistory(ctx(), userId, range)).items.map((s) => s.id)).toEqual([session.id]);
  });

  it('stores the prescription, logged sets, last performances and new records deflated, and still reads items that hold them plain', async () => {
    const { GetCommand, PutCommand } = await import('@aws-sdk/lib-dynamodb');
    const { documentClient } = await import('../../../shared/db/client');
    const { toItem } = await import('../../../shared/db/entities/training-session');
    const at = new Date().toISOString();
    const sets: LoggedSet[] = Array.from({ length: 15 }, (_, i) => ({
      id: `set-${i}`, exerciseIndex: i % 5, exerciseId: 'back-squat', setIndex: Math.floor(i / 5), reps: 5, loadKg: 100, durationSec: null, distanceM: null, rpe: 8, rir: null, completedAt: at,
    }));
    const session = draftSession(uniqueUserId(), { status: 'active', startedAt: at, loggedSets: sets });
    await createSession(ctx(), session);
    const stored = (await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: { PK: `USER#${session.userId}`, SK: `SESSION#${session.id}` } }))).Item!;
    expect(stored.loggedSets).toBeInstanceOf(Uint8Array);
    expect((stored.loggedSets as Uint8Array).length).toBeLessThan(JSON.stringify(sets).length / 4);
    expect(stored.prescription).toBeInstanceOf(Uint8Array);
    expect((stored.prescription as Uint8Array).length).toBeLessThan(JSON.stringify(session.prescription).length / 2);
    expect(await getSession(ctx(), session.userId, session.id)).toEqual(session);
    // An item written before: the same lists as DynamoDB lists.
    const legacy = draftSession(session.userId, { loggedSets: sets });
    await documentClient.send(new PutCommand({ TableName: ctx().tableName, Item: { ...toItem(legacy), prescription: legacy.prescription, loggedSets: sets, lastPerformance: [], newRecords: [] } }));
    expect(await getSession(ctx(), legacy.userId, legacy.id)).toEqual(legacy);
  });

  it("logs each set of a 5-exercise, 15-set session in at most 5 write units (the item under 3 KB, GSI4 and GSI5 1 each)", async () => {
    const { buildCustomSession } = await import('../../../shared/domain/training/custom-session');
    const { logSet, startSession } = await import('../../../shared/domain/training/lifecycle');
    const exercises = ['back-squat', 'bench-press', 'deadlift', 'overhead-press', 'barbell-row'].map((exerciseId) => ({
      exerciseId, notes: null, sets: Array.from({ length: 3 }, () => ({ reps: 5, loadKg: 100, durationSec: null, distanceM: null, targetRpe: null, restSec: 120 })),
    }));
    const now = new Date();
    const built = buildCustomSession({ coach: 'force', discipline: 'strength', title: 'Five lifts', locationId: null, exercises }, { id: newId(now.getTime()), userId: uniqueUserId(), timeZone: 'UTC', now });
    // Enriched before the athlete starts, as in the bench (a session still queued also rewrites its GSI3 copy).
    let session: TrainingSession = { ...built, enrichmentStatus: 'full' };
    await createSession(ctx(), session);
    const started = startSession(session, now);
    await saveSession(ctx(), started, { version: session.version, status: session.status });
    session = started;
    const units: number[] = [];
    for (let i = 0; i < 15; i++) {
      const next = logSet(session, { id: `set-${i}`, exerciseIndex: Math.floor(i / 3), setIndex: i % 3, reps: 5, loadKg: 100, durationSec: null, distanceM: null, rpe: 8, rir: null }, now).session;
      units.push(await writeUnitsOf(() => saveSession(ctx(), next, { version: session.version, status: session.status })));
      session = next;
    }
    expect(Math.max(...units)).toBeLessThanOrEqual(5); // with the prescription stored plain: 7
    expect((await getSession(ctx(), session.userId, session.id))!.loggedSets).toHaveLength(15);
  });

  it('deletes the session with its companions', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    expect(await deleteSession(ctx(), session.userId, session.id)).toBe(true);
    expect(await getSession(ctx(), session.userId, session.id)).toBeNull();
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const session = completedOn(uniqueUserId(), '2026-11-10');
    await createSession(ctx(), session);
    expect(await commandsOf(() => getSession(ctx(), session.userId, session.id))).toEqual(['GetItem']);
    expect(await commandsOf(() => listSessionHistory(ctx(), session.userId, { fromDay: '2026-01-01', toDay: '2099-01-01', limit: 20 }))).toEqual(['Query']);
    expect(await commandsOf(() => enrichmentQueuePosition(ctx(), session))).toEqual(['GetItem']);
  });
});
