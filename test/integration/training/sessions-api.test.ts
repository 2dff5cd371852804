import { describe, expect, it } from 'vitest';
import { newUser, type TestUser } from '../../support/stack';

const customSession = {
  coach: 'force',
  discipline: 'strength',
  title: 'Legs',
  exercises: [
    { exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }] },
    { exerciseId: 'romanian-deadlift', sets: [{ reps: 8, loadKg: 80 }] },
  ],
};

const create = async (user: TestUser) => {
  const response = await user.call('POST', '/training/sessions', { body: customSession });
  expect(response.status).toBe(201);
  return response.body;
};

describe('training sessions over HTTP', () => {
  it('creates a custom draft from catalog exercises', async () => {
    const user = await newUser();
    const session = await create(user);
    expect(session).toMatchObject({ status: 'draft', origin: 'custom', provider: 'user', enrichmentStatus: 'fast', userId: user.sub });
    expect(session.prescription.blocks[0].exercises.map((e: { exerciseId: string }) => e.exerciseId)).toEqual(['back-squat', 'romanian-deadlift']);
    expect((await user.call('GET', `/training/sessions/${session.id}`)).body.id).toBe(session.id);
  });

  it('refuses exercises outside the catalog, naming each one', async () => {
    const user = await newUser();
    const response = await user.call('POST', '/training/sessions', {
      body: { ...customSession, exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5 }] }, { exerciseId: 'moon-walk', sets: [{ reps: 5 }] }] },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'body.exercises.1.exerciseId', code: 'unknown_exercise', params: { exerciseId: expect.stringContaining('moon-walk') }, message: expect.stringContaining('moon-walk') }]);
  });

  it('runs start → log sets (idempotent) and refuses illegal transitions with 409 and the current state', async () => {
    const user = await newUser();
    const session = await create(user);
    const early = await user.call('POST', `/training/sessions/${session.id}/sets`, { body: { id: 'a', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100 } });
    expect(early.status).toBe(409);
    expect(early.body.currentStatus).toBe('draft');
    expect((await user.call('POST', `/training/sessions/${session.id}/start`)).body.status).toBe('active');
    expect((await user.call('POST', `/training/sessions/${session.id}/start`)).status).toBe(409);
    const set = { id: 'set-1', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100, rpe: 8 };
    const first = await user.call('POST', `/training/sessions/${session.id}/sets`, { body: set });
    expect(first.status).toBe(201);
    const retry = await user.call('POST', `/training/sessions/${session.id}/sets`, { body: set });
    expect(retry.status).toBe(200);
    expect(retry.body.session.loggedSets).toHaveLength(1);
    const concurrent = await Promise.all(
      [2, 3, 4].map((i) => user.call('POST', `/training/sessions/${session.id}/sets`, { body: { ...set, id: `set-${i}`, setIndex: i } })),
    );
    expect(concurrent.map((r) => r.status)).toEqual([201, 201, 201]);
    expect((await user.call('GET', `/training/sessions/${session.id}`)).body.loggedSets).toHaveLength(4);
  });

  it("gives another user 404 on every id of the first user's session", async () => {
    const alice = await newUser();
    const mallory = await newUser();
    const session = await create(alice);
    const id = session.id;
    const attempts = await Promise.all([
      mallory.call('GET', `/training/sessions/${id}`),
      mallory.call('PATCH', `/training/sessions/${id}`, { body: { title: 'mine now' } }),
      mallory.call('POST', `/training/sessions/${id}/start`),
      mallory.call('POST', `/training/sessions/${id}/sets`, { body: { id: 'x', exerciseIndex: 0, setIndex: 0 } }),
      mallory.call('DELETE', `/training/sessions/${id}`),
    ]);
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    const history = await mallory.call('GET', '/training/sessions');
    expect(history.body.items).toEqual([]);
    expect((await alice.call('GET', `/training/sessions/${id}`)).body.title).toBe('Legs');
  });

  it('lists history with filters and a cursor that only works for its owner', async () => {
    const alice = await newUser();
    const bob = await newUser();
    for (let i = 0; i < 3; i++) await create(alice);
    const page = await alice.call('GET', '/training/sessions?period=week&limit=2');
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.headers.get('cache-control')).toBe('private, max-age=300');
    const rest = await alice.call('GET', `/training/sessions?period=week&limit=2&cursor=${encodeURIComponent(page.body.nextCursor)}`);
    expect(rest.body.items).toHaveLength(1);
    const stolen = await bob.call('GET', `/training/sessions?period=week&limit=2&cursor=${encodeURIComponent(page.body.nextCursor)}`);
    expect(stolen.status).toBe(400);
    expect(stolen.body.errors[0].path).toBe('query.cursor');
    expect((await alice.call('GET', '/training/sessions?type=endurance')).body.items).toEqual([]);
  });

  it('edits and deletes', async () => {
    const user = await newUser();
    const session = await create(user);
    const patched = await user.call('PATCH', `/training/sessions/${session.id}`, { body: { title: 'Heavy legs', notes: 'felt good' } });
    expect(patched.body).toMatchObject({ title: 'Heavy legs', notes: 'felt good', version: 2 });
    const tooEarly = await user.call('PATCH', `/training/sessions/${session.id}`, { body: { rpeAvg: 7 } });
    expect(tooEarly.status).toBe(409);
    expect((await user.call('DELETE', `/training/sessions/${session.id}`)).status).toBe(204);
    expect((await user.call('GET', `/training/sessions/${session.id}`)).status).toBe(404);
  });

  describe('bad input → 400 naming the field', () => {
    it.each([
      ['POST', '/training/sessions', { ...customSession, coach: 'yoga' }, 'body.coach'],
      ['POST', '/training/sessions', { ...customSession, exercises: [] }, 'body.exercises'],
      ['POST', '/training/sessions', { ...customSession, userId: 'someone' }, 'body.userId'],
      ['GET', '/training/sessions?period=decade', undefined, 'query.period'],
      ['GET', '/training/sessions?limit=1000', undefined, 'query.limit'],
      ['GET', '/training/sessions?cursor=abc', undefined, 'query.cursor'],
    ])('%s %s', async (method, path, body, field) => {
      const user = await newUser();
      const response = await user.call(method, path, body === undefined ? {} : { body });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    });

    it('set fields are checked', async () => {
      const user = await newUser();
      const session = await create(user);
      await user.call('POST', `/training/sessions/${session.id}/start`);
      const response = await user.call('POST', `/training/sessions/${session.id}/sets`, { body: { id: 'x', exerciseIndex: 9, setIndex: 0, rpe: 11 } });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain('body.rpe');
      const badIndex = await user.call('POST', `/training/sessions/${session.id}/sets`, { body: { id: 'x', exerciseIndex: 9, setIndex: 0 } });
      expect(badIndex.status).toBe(400);
      expect(badIndex.body.errors[0].path).toBe('body.exerciseIndex');
    });
  });
});
