import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../shared/db/entities/training-session';
import { SESSION_LIST_ATTRIBUTES } from '../../../shared/domain/training/session-summary';
import { tableContext } from '../../support/db';
import { draftSession } from '../../support/sessions';
import { newUser, type TestUser } from '../../support/stack';

const legs = {
  coach: 'force',
  discipline: 'strength',
  title: 'Legs',
  exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }, { reps: 3, loadKg: 110 }] }],
};

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const ids = (page: { body: { items: { id: string }[] } }) => page.body.items.map((item) => item.id);

describe('GET /training/sessions (light history list)', () => {
  let alice: TestUser;
  let bob: TestUser;
  let completedId: string;
  let draftId: string;
  let oldId: string;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([newUser(), newUser()]);
    // Both users' profiles (and time zone) exist before sessions are filed by local day.
    await Promise.all([alice.call('GET', '/me'), bob.call('GET', '/me')]);
    const completed = (await alice.call('POST', '/training/sessions', { body: legs })).body;
    await alice.call('POST', `/training/sessions/${completed.id}/start`);
    await alice.call('POST', `/training/sessions/${completed.id}/sets`, { body: { id: 'a', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100, rpe: 7 } });
    await alice.call('POST', `/training/sessions/${completed.id}/sets`, { body: { id: 'b', exerciseIndex: 0, setIndex: 1, reps: 3, loadKg: 110, rpe: 9 } });
    expect((await alice.call('POST', `/training/sessions/${completed.id}/complete`, { body: { rpeAvg: 8, durationActualMin: 40 } })).status).toBe(200);
    completedId = completed.id;
    draftId = (await alice.call('POST', '/training/sessions', { body: { ...legs, title: 'Legs again' } })).body.id;
    // Seven weeks ago, another coach and discipline: only the quarter and the year reach it.
    const createdAt = daysAgo(50);
    const old = draftSession(alice.sub, { coach: 'endurance', discipline: 'running', title: 'Easy run', status: 'completed', createdAt, startedAt: createdAt, completedAt: createdAt, updatedAt: createdAt, localDay: createdAt.slice(0, 10) });
    await createSession(tableContext(), old);
    oldId = old.id;
    await bob.call('POST', '/training/sessions', { body: { ...legs, title: "Bob's legs" } });
  });

  it('answers light items only: no prescription, logged sets or coach context, but the counts and best sets', async () => {
    const page = await alice.call('GET', '/training/sessions?period=month');
    expect(page.status).toBe(200);
    expect(ids(page)).toEqual([draftId, completedId]);
    for (const item of page.body.items) expect(Object.keys(item).sort()).toEqual([...SESSION_LIST_ATTRIBUTES].sort());
    const completed = page.body.items[1];
    expect(completed).toMatchObject({ status: 'completed', title: 'Legs', coach: 'force', discipline: 'strength', setCount: 2, metrics: { volumeKg: 830, setCount: 2 } });
    // 3 × 110 kg (Brzycki 116.5) beats 5 × 100 kg (112.5).
    expect(completed.bestSets).toEqual([{ exerciseId: 'back-squat', sets: 2, volumeKg: 830, e1rmKg: 116.5, reps: 3, loadKg: 110 }]);
    expect(page.body.items[0]).toMatchObject({ status: 'draft', setCount: 0, bestSets: [], metrics: null });
    // The full session stays one GET away.
    const full = await alice.call('GET', `/training/sessions/${completedId}`);
    expect(full.body.loggedSets).toHaveLength(2);
    expect(full.body.prescription.blocks[0].exercises[0].exerciseId).toBe('back-squat');
    expect(full.body).not.toHaveProperty('bestSets');
  });

  it('filters by period, coach, discipline and status', async () => {
    expect(ids(await alice.call('GET', '/training/sessions?period=week'))).toEqual([draftId, completedId]);
    expect(ids(await alice.call('GET', '/training/sessions?period=quarter'))).toEqual([draftId, completedId, oldId]);
    expect(ids(await alice.call('GET', '/training/sessions?period=year&type=endurance'))).toEqual([oldId]);
    expect(ids(await alice.call('GET', '/training/sessions?period=year&discipline=strength'))).toEqual([draftId, completedId]);
    expect(ids(await alice.call('GET', '/training/sessions?period=quarter&status=completed'))).toEqual([completedId, oldId]);
    expect(ids(await alice.call('GET', '/training/sessions?period=month&type=endurance'))).toEqual([]);
  });

  it('pages with a cursor (also under a filter) that only its owner and its query can use', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await alice.call('GET', `/training/sessions?period=quarter&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.body.items).toHaveLength(1);
      seen.push(...ids(page));
      cursor = page.body.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen).toEqual([draftId, completedId, oldId]);

    const first = await alice.call('GET', '/training/sessions?period=quarter&status=completed&limit=1');
    expect(ids(first)).toEqual([completedId]);
    const next = await alice.call('GET', `/training/sessions?period=quarter&status=completed&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(ids(next)).toEqual([oldId]);
    expect(next.body.nextCursor).toBeUndefined();

    const stolen = await bob.call('GET', `/training/sessions?period=quarter&status=completed&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(stolen.status).toBe(400);
    expect(stolen.body.errors[0].path).toBe('query.cursor');
    const otherQuery = await alice.call('GET', `/training/sessions?period=quarter&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(otherQuery.status).toBe(400);
  });

  it("never lists another user's sessions", async () => {
    const bobs = await bob.call('GET', '/training/sessions?period=year');
    expect(bobs.body.items.map((item: { title: string }) => item.title)).toEqual(["Bob's legs"]);
    expect(ids(await alice.call('GET', '/training/sessions?period=year'))).not.toContain(bobs.body.items[0].id);
  });

  it('drops a deleted session from the list', async () => {
    const extra = (await alice.call('POST', '/training/sessions', { body: { ...legs, title: 'To delete' } })).body.id;
    expect(ids(await alice.call('GET', '/training/sessions?period=week'))).toContain(extra);
    expect((await alice.call('DELETE', `/training/sessions/${extra}`)).status).toBe(204);
    expect(ids(await alice.call('GET', '/training/sessions?period=week'))).toEqual([draftId, completedId]);
  });
});
