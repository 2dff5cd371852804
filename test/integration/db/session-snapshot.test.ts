import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import {
  cleanupSnapshots,
  deleteListedSnapshots,
  deleteSnapshot,
  deleteSnapshotsOfFinishedSessions,
  deleteSnapshotsOlderThan,
  getSnapshot,
  latestSnapshot,
  listSnapshotsOlderThan,
  saveSnapshot,
  SNAPSHOT_SHARDS,
  snapshotIndexKey,
  snapshotKey,
  snapshotShard,
} from '../../../shared/db/entities/session-snapshot';
import { createSession } from '../../../shared/db/entities/training-session';
import { newId } from '../../../shared/db/ids';
import { VersionConflictError } from '../../../shared/db/item';
import type { SnapshotState } from '../../../shared/domain/training/snapshot';
import { writeUnitsOf } from '../../support/consumed-capacity';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { draftSession } from '../../support/sessions';

const ctx = repositoryTableContext;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const state = (overrides: Partial<SnapshotState> = {}): SnapshotState => ({
  step: 'session',
  exerciseIndex: 1,
  setIndex: 2,
  completedExercises: [0],
  completedSets: [{ exerciseIndex: 0, setIndex: 0 }, { exerciseIndex: 0, setIndex: 1 }],
  pipelineState: { restEndsAt: '2026-05-01T10:00:30.000Z', inputs: { reps: 5, loadKg: 100 } },
  ...overrides,
});

const rawItem = async (userId: string, sessionId: string) =>
  (await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: snapshotKey(userId, sessionId) }))).Item;
const rawMarker = async (userId: string, sessionId: string) =>
  (await documentClient.send(new GetCommand({ TableName: ctx().tableName, Key: snapshotIndexKey(userId, sessionId) }))).Item;

describe('session snapshot repository', () => {
  it('creates at version 1 with TTL updatedAt + 7 days and a sharded cleanup index entry', async () => {
    const userId = uniqueUserId();
    const sessionId = newId();
    const now = new Date();
    const saved = await saveSnapshot(ctx(), userId, sessionId, state(), { now });
    expect(saved).toEqual({ ...state(), userId, sessionId, createdAt: now.toISOString(), updatedAt: now.toISOString(), version: 1 });
    expect(await getSnapshot(ctx(), userId, sessionId)).toEqual(saved);
    const item = await rawItem(userId, sessionId);
    expect(item!.expiresAt).toBe(Math.floor(now.getTime() / 1000) + 7 * 86_400);
    // The cleanup index entry is a marker of its own, so later saves do not rewrite it.
    expect(item).not.toHaveProperty('GSI3PK');
    expect(await rawMarker(userId, sessionId)).toMatchObject({ entity: 'sessionSnapshotIndex', GSI3PK: `SNAPSHOTS#${snapshotShard(userId)}`, GSI3SK: now.toISOString() });
    // The owner and the session are the key, not attributes again; the account export still names them.
    expect(item).not.toHaveProperty('userId');
    expect(item).not.toHaveProperty('sessionId');
    const { exportItem } = await import('../../../shared/db/entities/account');
    expect(exportItem(item!)).toEqual(saved);
  });

  it('is version-guarded: create only if absent, then only on the stored version', async () => {
    const userId = uniqueUserId();
    const sessionId = newId();
    const t0 = new Date();
    await saveSnapshot(ctx(), userId, sessionId, state(), { now: t0 });
    await expect(saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 7 }))).rejects.toMatchObject({ name: 'VersionConflictError', currentVersion: 1 });
    const t1 = new Date(t0.getTime() + 30_000);
    const v2 = await saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 3 }), { expectedVersion: 1, now: t1 });
    expect(v2).toMatchObject({ version: 2, setIndex: 3, createdAt: t0.toISOString(), updatedAt: t1.toISOString() });
    await expect(saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 9 }), { expectedVersion: 1 })).rejects.toMatchObject({ currentVersion: 2 });
    expect((await getSnapshot(ctx(), userId, sessionId))!.setIndex).toBe(3);
    // The cleanup index entry stays as it was created: a save writes the snapshot only.
    expect((await rawMarker(userId, sessionId))!.GSI3SK).toBe(t0.toISOString());
  });

  it('a save after the first writes the snapshot alone: one write unit, no index entry', async () => {
    const userId = uniqueUserId();
    const sessionId = newId();
    const first = await saveSnapshot(ctx(), userId, sessionId, state());
    const units = await writeUnitsOf(() => saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 3 }), { expectedVersion: first.version }));
    expect(units).toBe(1); // with the index entry on the snapshot (GSI3 projects ALL): 2
  });

  it('reads and updates a snapshot stored in the former format (owner and session as attributes, index keyed by update time)', async () => {
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    const userId = uniqueUserId();
    const sessionId = newId();
    const t0 = new Date(Date.now() - 3 * DAY);
    const legacyKey = `${t0.toISOString()}#${userId}#${sessionId}`;
    await documentClient.send(
      new PutCommand({
        TableName: ctx().tableName,
        Item: {
          ...snapshotKey(userId, sessionId), entity: 'sessionSnapshot', GSI3PK: `SNAPSHOTS#${snapshotShard(userId)}`, GSI3SK: legacyKey,
          expiresAt: Math.floor(t0.getTime() / 1000) + 7 * 86_400, ...state(), userId, sessionId, createdAt: t0.toISOString(), updatedAt: t0.toISOString(), version: 1,
        },
      }),
    );
    expect(await getSnapshot(ctx(), userId, sessionId)).toMatchObject({ userId, sessionId, version: 1 });
    expect((await listSnapshotsOlderThan(ctx(), new Date(Date.now() - 2 * DAY))).filter((ref) => ref.sessionId === sessionId)).toEqual([{ userId, sessionId, updatedAt: t0.toISOString() }]);
    const saved = await saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 4 }), { expectedVersion: 1 });
    expect(saved).toMatchObject({ userId, sessionId, version: 2, setIndex: 4, createdAt: t0.toISOString() });
    const item = await rawItem(userId, sessionId);
    expect(item).not.toHaveProperty('userId');
    expect(item!.GSI3SK).toBe(legacyKey);
  });

  it('the same save sent again (answer lost, or replayed from an offline outbox) answers the stored snapshot, not a conflict', async () => {
    const userId = uniqueUserId();
    const sessionId = newId();
    const first = await saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 1 }));
    expect(await saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 1 }))).toEqual(first);
    const second = await saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 2 }), { expectedVersion: 1 });
    expect(await saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 2 }), { expectedVersion: 1 })).toEqual(second);
    await expect(saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 3 }), { expectedVersion: 1 })).rejects.toMatchObject({ currentVersion: 2 });
  });

  it('two concurrent saves on the same version: one wins, the other gets a conflict', async () => {
    const userId = uniqueUserId();
    const sessionId = newId();
    await saveSnapshot(ctx(), userId, sessionId, state());
    const results = await Promise.allSettled([
      saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 4 }), { expectedVersion: 1 }),
      saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 5 }), { expectedVersion: 1 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflictError);
  });

  it('a save with a version recreates a snapshot that was deleted meanwhile (create if absent)', async () => {
    const userId = uniqueUserId();
    const sessionId = newId();
    await saveSnapshot(ctx(), userId, sessionId, state());
    expect(await deleteSnapshot(ctx(), userId, sessionId)).toBe(true);
    expect(await deleteSnapshot(ctx(), userId, sessionId)).toBe(false);
    expect(await saveSnapshot(ctx(), userId, sessionId, state(), { expectedVersion: 1 })).toMatchObject({ version: 2 });
  });

  it('refuses a state that breaks the bounds', async () => {
    await expect(saveSnapshot(ctx(), uniqueUserId(), newId(), state({ pipelineState: { blob: 'x'.repeat(70 * 1024) } }))).rejects.toThrow(/65536 bytes/);
    await expect(saveSnapshot(ctx(), uniqueUserId(), newId(), state({ exerciseIndex: 60 }))).rejects.toThrow();
  });

  it('offers the most recently updated snapshot younger than 24 h', async () => {
    const userId = uniqueUserId();
    const now = new Date();
    const [old, older, newest] = [newId(), newId(), newId()];
    await saveSnapshot(ctx(), userId, older, state(), { now: new Date(now.getTime() - 30 * HOUR) });
    await saveSnapshot(ctx(), userId, newest, state({ setIndex: 7 }), { now: new Date(now.getTime() - 1 * HOUR) });
    await saveSnapshot(ctx(), userId, old, state(), { now: new Date(now.getTime() - 2 * HOUR) });
    expect(await latestSnapshot(ctx(), userId, now)).toMatchObject({ sessionId: newest, setIndex: 7 });
    expect(await latestSnapshot(ctx(), userId, new Date(now.getTime() + 22 * HOUR))).toMatchObject({ sessionId: newest });
    expect(await latestSnapshot(ctx(), userId, new Date(now.getTime() + 25 * HOUR))).toBeNull();
  });

  it("two users never see or delete each other's snapshots", async () => {
    const alice = uniqueUserId();
    const bob = uniqueUserId();
    const sessionId = newId();
    await saveSnapshot(ctx(), alice, sessionId, state());
    expect(await getSnapshot(ctx(), bob, sessionId)).toBeNull();
    expect(await latestSnapshot(ctx(), bob)).toBeNull();
    expect(await deleteSnapshot(ctx(), bob, sessionId)).toBe(false);
    expect(await getSnapshot(ctx(), alice, sessionId)).not.toBeNull();
  });

  it('job: lists snapshots older than a cutoff across every shard with Query (and BatchGetItem of the markers\' snapshots) only, and deletes them', async () => {
    const now = Date.now();
    // Old enough for the cutoff below, young enough that the TTL sweeper leaves them alone.
    const oldAt = new Date(now - 3 * DAY);
    const users = Array.from({ length: 24 }, () => uniqueUserId());
    expect(new Set(users.map(snapshotShard)).size).toBeGreaterThan(4);
    const old = users.map((userId) => ({ userId, sessionId: newId() }));
    const fresh = users.slice(0, 4).map((userId) => ({ userId, sessionId: newId() }));
    for (const s of old) await saveSnapshot(ctx(), s.userId, s.sessionId, state(), { now: oldAt });
    for (const s of fresh) await saveSnapshot(ctx(), s.userId, s.sessionId, state());
    const cutoff = new Date(now - 2 * DAY);

    const commands = await commandsOf(() => listSnapshotsOlderThan(ctx(), cutoff));
    expect(commands.slice(0, SNAPSHOT_SHARDS)).toEqual(Array.from({ length: SNAPSHOT_SHARDS }, () => 'Query'));
    expect(new Set(commands.slice(SNAPSHOT_SHARDS))).toEqual(new Set(['BatchGetItem'])); // the markers' snapshots
    const listed = await listSnapshotsOlderThan(ctx(), cutoff);
    const listedIds = new Set(listed.map((ref) => ref.sessionId));
    expect(old.every((s) => listedIds.has(s.sessionId))).toBe(true);
    expect(fresh.some((s) => listedIds.has(s.sessionId))).toBe(false);

    expect(await deleteSnapshotsOlderThan(ctx(), cutoff)).toBeGreaterThanOrEqual(old.length);
    for (const s of old) expect(await getSnapshot(ctx(), s.userId, s.sessionId)).toBeNull();
    for (const s of fresh) expect(await getSnapshot(ctx(), s.userId, s.sessionId)).not.toBeNull();
  });

  it('job: a snapshot created before the cutoff but saved since is not listed as stale', async () => {
    const userId = uniqueUserId();
    const sessionId = newId();
    await saveSnapshot(ctx(), userId, sessionId, state(), { now: new Date(Date.now() - 3 * DAY) });
    await saveSnapshot(ctx(), userId, sessionId, state({ setIndex: 4 }), { expectedVersion: 1, now: new Date(Date.now() - 1 * DAY) });
    const listed = (await listSnapshotsOlderThan(ctx(), new Date(Date.now() - 2 * DAY))).filter((ref) => ref.userId === userId);
    expect(listed).toEqual([]);
    await deleteSnapshotsOlderThan(ctx(), new Date(Date.now() - 2 * DAY));
    expect(await getSnapshot(ctx(), userId, sessionId)).toMatchObject({ version: 2 });
  });

  it('job: a snapshot written again after it was listed is not deleted', async () => {
    const userId = uniqueUserId();
    const sessionId = newId();
    await saveSnapshot(ctx(), userId, sessionId, state(), { now: new Date(Date.now() - 3 * DAY) });
    const listed = (await listSnapshotsOlderThan(ctx(), new Date(Date.now() - 2 * DAY))).filter((ref) => ref.userId === userId);
    expect(listed).toHaveLength(1);
    await saveSnapshot(ctx(), userId, sessionId, state(), { expectedVersion: 1 });
    expect(await deleteListedSnapshots(ctx(), listed)).toBe(0);
    expect(await getSnapshot(ctx(), userId, sessionId)).toMatchObject({ version: 2 });
  });

  it('job: deletes snapshots of completed or deleted sessions, keeps those of open sessions', async () => {
    const userId = uniqueUserId();
    const active = draftSession(userId, { status: 'active', startedAt: new Date().toISOString() });
    const done = draftSession(userId, { status: 'completed', startedAt: new Date().toISOString(), completedAt: new Date().toISOString() });
    await createSession(ctx(), active);
    await createSession(ctx(), done);
    const orphan = newId();
    for (const id of [active.id, done.id, orphan]) await saveSnapshot(ctx(), userId, id, state());
    expect(await deleteSnapshotsOfFinishedSessions(ctx())).toBeGreaterThanOrEqual(2);
    expect(await getSnapshot(ctx(), userId, active.id)).not.toBeNull();
    expect(await getSnapshot(ctx(), userId, done.id)).toBeNull();
    expect(await getSnapshot(ctx(), userId, orphan)).toBeNull();
    const other = draftSession(userId, { status: 'completed', startedAt: new Date().toISOString(), completedAt: new Date().toISOString() });
    await createSession(ctx(), other);
    await saveSnapshot(ctx(), userId, other.id, state());
    const report = await cleanupSnapshots(ctx());
    expect(report.finished).toBeGreaterThanOrEqual(1);
    expect(await getSnapshot(ctx(), userId, other.id)).toBeNull();
    expect(await getSnapshot(ctx(), userId, active.id)).not.toBeNull();
    // Markers go with their snapshot, or once it is gone (here: cancelled).
    await deleteSnapshot(ctx(), userId, active.id);
    expect(await rawMarker(userId, active.id)).toBeDefined();
    await cleanupSnapshots(ctx());
    for (const id of [active.id, done.id, orphan, other.id]) expect(await rawMarker(userId, id)).toBeUndefined();
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const userId = uniqueUserId();
    const sessionId = newId();
    await saveSnapshot(ctx(), userId, sessionId, state());
    expect(await commandsOf(() => getSnapshot(ctx(), userId, sessionId))).toEqual(['GetItem']);
    expect(await commandsOf(() => latestSnapshot(ctx(), userId))).toEqual(['Query']);
    expect(await commandsOf(() => saveSnapshot(ctx(), userId, sessionId, state(), { expectedVersion: 1 }))).toEqual(['UpdateItem']);
  });
});
