import { describe, expect, it } from 'vitest';
import { InvalidCursorError } from '../../../shared/db/cursor';
import { createGoal, deleteGoal, getGoal, listActiveGoals, listGoals, saveGoal, updateGoal } from '../../../shared/db/entities/goal';
import { newId } from '../../../shared/db/ids';
import { VersionConflictError } from '../../../shared/db/item';
import { goalCreateSchema, newGoal, type Goal } from '../../../shared/domain/training/goal';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';

const ctx = repositoryTableContext;

let clock = Date.now();

/** Ids are time-ordered: each goal gets its own millisecond so list order is creation order. */
function goal(userId: string, overrides: Partial<Goal> = {}): Goal {
  const at = ++clock;
  const fields = goalCreateSchema.parse({ title: 'Squat 140 kg', kind: 'strength', targetValue: 140, currentValue: 120, unit: 'kg', exerciseId: 'back-squat', deadline: '2027-06-30' });
  return { ...newGoal({ id: newId(at), userId, fields, now: new Date(at) }), ...overrides };
}

describe('goal repository', () => {
  it('creates once, reads back, and never overwrites an existing id', async () => {
    const g = goal(uniqueUserId());
    await createGoal(ctx(), g);
    expect(await getGoal(ctx(), g.userId, g.id)).toEqual(g);
    await expect(createGoal(ctx(), { ...g, title: 'other' })).rejects.toThrow();
    expect((await getGoal(ctx(), g.userId, g.id))!.title).toBe('Squat 140 kg');
  });

  it('lists goals with an optional status filter and signed cursors', async () => {
    const userId = uniqueUserId();
    const goals = [goal(userId), goal(userId), goal(userId, { status: 'achieved', achievedAt: new Date().toISOString() })];
    for (const g of goals) await createGoal(ctx(), g);
    const first = await listGoals(ctx(), userId, { limit: 2 });
    expect(first.items.map((g) => g.id)).toEqual([goals[0]!.id, goals[1]!.id]);
    const second = await listGoals(ctx(), userId, { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((g) => g.id)).toEqual([goals[2]!.id]);
    const achieved = await listGoals(ctx(), userId, { status: 'achieved', limit: 10 });
    expect(achieved.items.map((g) => g.id)).toEqual([goals[2]!.id]);
    await expect(listGoals(ctx(), uniqueUserId(), { limit: 2, cursor: first.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(listGoals(ctx(), userId, { status: 'active', limit: 2, cursor: first.nextCursor })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('is in the OPEN index only while active', async () => {
    const userId = uniqueUserId();
    const g = goal(userId);
    await createGoal(ctx(), g);
    expect((await listActiveGoals(ctx(), userId)).map((x) => x.id)).toEqual([g.id]);
    const achieved = await updateGoal(ctx(), userId, g.id, { status: 'achieved', currentValue: 140 });
    expect(achieved).toMatchObject({ status: 'achieved', currentValue: 140, version: 2 });
    expect(achieved!.achievedAt).not.toBeNull();
    expect(await listActiveGoals(ctx(), userId)).toEqual([]);
    const reopened = await updateGoal(ctx(), userId, g.id, { status: 'active' });
    expect(reopened).toMatchObject({ status: 'active', achievedAt: null, version: 3 });
    expect((await listActiveGoals(ctx(), userId)).map((x) => x.id)).toEqual([g.id]);
    await updateGoal(ctx(), userId, g.id, { status: 'archived' });
    expect(await listActiveGoals(ctx(), userId)).toEqual([]);
  });

  it('two concurrent saves with the same version: one wins, the other gets a conflict', async () => {
    const g = goal(uniqueUserId());
    await createGoal(ctx(), g);
    const results = await Promise.allSettled([
      saveGoal(ctx(), { ...g, currentValue: 125, version: 2 }, { version: 1 }),
      saveGoal(ctx(), { ...g, currentValue: 130, version: 2 }, { version: 1 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(VersionConflictError);
    expect(rejected.reason.currentVersion).toBe(2);
  });

  it('refuses an update based on a stale version the client saw', async () => {
    const g = goal(uniqueUserId());
    await createGoal(ctx(), g);
    await updateGoal(ctx(), g.userId, g.id, { currentValue: 125 }, { expectedVersion: 1 });
    await expect(updateGoal(ctx(), g.userId, g.id, { currentValue: 130 }, { expectedVersion: 1 })).rejects.toMatchObject({ name: 'VersionConflictError', currentVersion: 2 });
    expect((await getGoal(ctx(), g.userId, g.id))!.currentValue).toBe(125);
  });

  it("never shows, changes or deletes another user's goal", async () => {
    const g = goal(uniqueUserId());
    await createGoal(ctx(), g);
    const bob = uniqueUserId();
    expect(await getGoal(ctx(), bob, g.id)).toBeNull();
    expect(await updateGoal(ctx(), bob, g.id, { title: 'mine now' })).toBeNull();
    expect(await deleteGoal(ctx(), bob, g.id)).toBe(false);
    expect((await listGoals(ctx(), bob, { limit: 10 })).items).toEqual([]);
    expect(await listActiveGoals(ctx(), bob)).toEqual([]);
    expect(await getGoal(ctx(), g.userId, g.id)).toEqual(g);
  });

  it('deletes', async () => {
    const g = goal(uniqueUserId());
    await createGoal(ctx(), g);
    expect(await deleteGoal(ctx(), g.userId, g.id)).toBe(true);
    expect(await getGoal(ctx(), g.userId, g.id)).toBeNull();
    expect(await deleteGoal(ctx(), g.userId, g.id)).toBe(false);
    expect(await updateGoal(ctx(), g.userId, g.id, { title: 'x' })).toBeNull();
  });

  it('serves its read patterns with GetItem/Query only', async () => {
    const g = goal(uniqueUserId());
    await createGoal(ctx(), g);
    expect(await commandsOf(() => getGoal(ctx(), g.userId, g.id))).toEqual(['GetItem']);
    expect(await commandsOf(() => listGoals(ctx(), g.userId, { limit: 20 }))).toEqual(['Query']);
    expect(await commandsOf(() => listActiveGoals(ctx(), g.userId))).toEqual(['Query']);
  });
});
