import { describe, expect, it } from 'vitest';
import { newUser, type TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';

const legs = {
  coach: 'force',
  discipline: 'strength',
  title: 'Legs',
  exercises: [
    { exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }] },
    { exerciseId: 'romanian-deadlift', sets: [{ reps: 8, loadKg: 80 }] },
  ],
};

async function activeSession(user: TestUser) {
  const created = await user.call('POST', '/training/sessions', { body: legs });
  expect(created.status).toBe(201);
  expect((await user.call('POST', `/training/sessions/${created.body.id}/start`)).status).toBe(200);
  return created.body.id as string;
}

const swapPath = (id: string, index: number) => `/training/sessions/${id}/exercises/${index}/swap`;
type Enrichment = { status: string; content?: { exercises: Array<{ exerciseId: string }> } | null };

describe('POST /training/sessions/{id}/exercises/{index}/swap', () => {
  it('replaces the exercise, keeps the sets logged on the old one and records the swap; a retry changes nothing', async () => {
    const user = await newUser();
    const id = await activeSession(user);
    const logged = await user.call('POST', `/training/sessions/${id}/sets`, { body: { id: 'set-1', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100 } });
    expect(logged.status).toBe(201);

    const swapped = await user.call('POST', swapPath(id, 0), { body: { exerciseId: 'front-squat' } });
    expect(swapped.status).toBe(200);
    const exercise = swapped.body.prescription.blocks[0].exercises[0];
    expect(exercise).toMatchObject({ exerciseId: 'front-squat', name: 'Front squat' });
    expect(exercise.sets.map((s: { reps: number; loadKg: number }) => [s.reps, s.loadKg])).toEqual([[5, 100], [5, 100], [5, 100]]);
    expect(swapped.body.loggedSets).toEqual([expect.objectContaining({ id: 'set-1', exerciseIndex: 0, exerciseId: 'back-squat', setIndex: 0 })]);
    expect(swapped.body.swaps).toEqual([{ exerciseIndex: 0, from: 'back-squat', to: 'front-squat', at: expect.any(String) }]);

    const retry = await user.call('POST', swapPath(id, 0), { body: { exerciseId: 'front-squat' } });
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(swapped.body.version);
    expect(retry.body.swaps).toHaveLength(1);

    // Sets logged after the swap are on the new exercise; the stored session says the same.
    await user.call('POST', `/training/sessions/${id}/sets`, { body: { id: 'set-2', exerciseIndex: 0, setIndex: 1, reps: 5, loadKg: 90 } });
    const stored = (await user.call('GET', `/training/sessions/${id}`)).body;
    expect(stored.loggedSets.map((s: { exerciseId: string }) => s.exerciseId)).toEqual(['back-squat', 'front-squat']);
    expect(stored.swaps).toHaveLength(1);
  });

  it('re-enriches the session for the new exercise', async () => {
    const user = await newUser();
    const id = await activeSession(user);
    const enrichment = (): Promise<Enrichment> => user.call('GET', `/training/sessions/${id}/enrichment`).then((r) => r.body);
    await eventually(async () => ((await enrichment()).status === 'enriched' ? true : undefined), 15_000, 'first enrichment');
    const swapped = await user.call('POST', swapPath(id, 1), { body: { exerciseId: 'good-morning' } });
    expect(swapped.status).toBe(200);
    expect(swapped.body.enrichmentStatus).toBe('fast');
    const content = await eventually(async () => {
      const now = await enrichment();
      return now.status === 'enriched' ? now.content : undefined;
    }, 15_000, 'enrichment after the swap');
    expect(content?.exercises.map((e) => e.exerciseId)).toEqual(['back-squat', 'good-morning']);
  });

  it('answers 409 on a completed session, 404 on another user\'s, and 400 naming the field', async () => {
    const alice = await newUser();
    const mallory = await newUser();
    const id = await activeSession(alice);

    const foreign = await mallory.call('POST', swapPath(id, 0), { body: { exerciseId: 'front-squat' } });
    expect(foreign.status).toBe(404);

    const unknown = await alice.call('POST', swapPath(id, 0), { body: { exerciseId: 'moon-walk' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'body.exerciseId', code: 'unknown_exercise' })]);

    const outside = await alice.call('POST', swapPath(id, 7), { body: { exerciseId: 'front-squat' } });
    expect(outside.status).toBe(400);
    expect(outside.body.errors).toEqual([expect.objectContaining({ path: 'params.index', code: 'exercise_index_out_of_range', params: { count: 2 } })]);

    const missing = await alice.call('POST', swapPath(id, 0), { body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('body.exerciseId');

    await alice.call('POST', `/training/sessions/${id}/sets`, { body: { id: 'only', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100 } });
    expect((await alice.call('POST', `/training/sessions/${id}/complete`, { body: {} })).status).toBe(200);
    const late = await alice.call('POST', swapPath(id, 0), { body: { exerciseId: 'front-squat' } });
    expect(late.status).toBe(409);
    expect(late.body.currentStatus).toBe('completed');
    expect((await alice.call('GET', `/training/sessions/${id}`)).body.prescription.blocks[0].exercises[0].exerciseId).toBe('back-squat');
  });
});
