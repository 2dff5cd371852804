import { describe, expect, it } from 'vitest';
import { todaySchema } from '../../../shared/domain/training/today';
import { newUser, type TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';

const legDay = {
  coach: 'force',
  discipline: 'strength',
  title: 'Legs',
  exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }] }],
};

async function completedSession(user: TestUser) {
  const session = (await user.call('POST', '/training/sessions', { body: legDay })).body;
  await user.call('POST', `/training/sessions/${session.id}/start`);
  for (let i = 0; i < 3; i++) {
    await user.call('POST', `/training/sessions/${session.id}/sets`, { body: { id: `s${i}`, exerciseIndex: 0, setIndex: i, reps: 5, loadKg: 100 + i * 5, rpe: 8 } });
  }
  const snapshot = await user.call('PUT', `/training/sessions/${session.id}/snapshot`, {
    body: { step: 'session', exerciseIndex: 0, setIndex: 2, completedExercises: [], completedSets: [{ exerciseIndex: 0, setIndex: 0 }], pipelineState: { restEndsAt: null } },
  });
  expect(snapshot.status).toBe(200);
  const recovery = await user.call('GET', '/training/recovery');
  expect(recovery.status).toBe(200);
  expect(recovery.body).toMatchObject({ sessionId: session.id, setIndex: 2, version: 1 });
  const completed = await user.call('POST', `/training/sessions/${session.id}/complete`, { body: { rpeAvg: 8, durationActualMin: 50, notes: 'strong' } });
  expect(completed.status).toBe(200);
  return completed.body;
}

describe('the Training flow over HTTP', () => {
  it('create → start → sets → snapshot → recovery → complete → history, records and today', async () => {
    const user = await newUser();
    expect((await user.call('PUT', '/me', { body: { weightKg: 80 } })).status).toBe(200);
    const session = await completedSession(user);
    expect(session.status).toBe('completed');
    expect(session.metrics).toMatchObject({ volumeKg: 1575, totalReps: 15, durationMin: 50, rpeAverage: 8, sessionLoad: 400, durationSource: 'explicit' });
    // Strength at RPE 8 → vigorous → MET 6.0 × 80 kg × 50/60 h = 400 kcal.
    expect(session.metrics.calories).toEqual({ kcal: 400, method: 'met' });
    expect(session.newRecords.find((r: { kind: string }) => r.kind === 'estimated_1rm')).toMatchObject({ formula: 'brzycki', value: 123.8 });

    expect((await user.call('GET', '/training/recovery')).status).toBe(204);
    const history = await user.call('GET', '/training/sessions?status=completed');
    expect(history.body.items.map((s: { id: string }) => s.id)).toEqual([session.id]);

    const records = await eventually(async () => {
      const r = await user.call('GET', '/training/records');
      return r.body.items.length >= 3 ? r.body.items : undefined;
    }, 10_000, 'records');
    expect(records.map((r: { kind: string }) => r.kind).sort()).toEqual(['best_volume', 'estimated_1rm', 'heaviest_load']);

    const today = await eventually(async () => {
      const t = await user.call('GET', '/training/today');
      return t.body.stats.count === 1 ? t.body : undefined;
    }, 10_000, 'today stats');
    expect(today.stats).toMatchObject({ count: 1, minutes: 50, load: 400 });
    expect(today.completedToday[0].id).toBe(session.id);
    expect(today.readiness.score).toBeGreaterThanOrEqual(0);
    expect(today.readiness.recovery).toBeDefined();
    expect(today.acwr.flag).toBe('insufficient_data');
    expect(today.activeSessions).toEqual([]);
    expect(todaySchema.parse(today)).toEqual(today);
  });

  it("Today's answer is exactly its documented schema (the manifest's todaySchema, the SPA's type of it)", async () => {
    const user = await newUser();
    await user.call('POST', '/training/goals', { body: { title: 'Squat 140', kind: 'strength', targetValue: 140, unit: 'kg', exerciseId: 'back-squat' } });
    await user.call('POST', '/training/locations', { body: { name: 'Garage', kind: 'home', equipment: ['barbell', 'rack'] } });
    await completedSession(user);
    const draft = (await user.call('POST', '/training/sessions', { body: legDay })).body;
    const active = (await user.call('POST', '/training/sessions', { body: { ...legDay, title: 'Legs again' } })).body;
    expect((await user.call('POST', `/training/sessions/${active.id}/start`)).status).toBe(200);
    const today = await eventually(async () => {
      const t = await user.call('GET', '/training/today');
      return t.body.stats.count === 1 ? t.body : undefined;
    }, 10_000, 'today stats');
    expect(today.activeSessions.map((s: { id: string }) => s.id)).toEqual([active.id]);
    expect(today.draftSessions.map((s: { id: string }) => s.id)).toEqual([draft.id]);
    expect([today.goals.length, today.locations.length, today.completedToday.length]).toEqual([1, 1, 1]);
    // Parsing keeps only what the schema declares (and adds its defaults): equal means nothing undeclared, nothing missing.
    expect(todaySchema.parse(today)).toEqual(today);
  });

  it("shows everything to its owner only; the other user gets 404 on every id", async () => {
    const alice = await newUser();
    const mallory = await newUser();
    const session = await completedSession(alice);
    const goal = (await alice.call('POST', '/training/goals', { body: { title: 'Squat 140', kind: 'strength', targetValue: 140, unit: 'kg', exerciseId: 'back-squat' } })).body;
    const location = (await alice.call('POST', '/training/locations', { body: { name: 'Home', kind: 'home', equipment: ['dumbbell', 'bench'] } })).body;
    const tries = await Promise.all([
      mallory.call('GET', `/training/sessions/${session.id}`),
      mallory.call('POST', `/training/sessions/${session.id}/complete`),
      mallory.call('PUT', `/training/sessions/${session.id}/snapshot`, { body: { step: 'session', exerciseIndex: 0, setIndex: 0, completedExercises: [], completedSets: [], pipelineState: {} } }),
      mallory.call('PATCH', `/training/goals/${goal.id}`, { body: { title: 'x' } }),
      mallory.call('DELETE', `/training/goals/${goal.id}`),
      mallory.call('PATCH', `/training/locations/${location.id}`, { body: { name: 'x' } }),
      mallory.call('DELETE', `/training/locations/${location.id}`),
    ]);
    expect(tries.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    expect((await mallory.call('GET', '/training/records')).body.items).toEqual([]);
    expect((await mallory.call('GET', '/training/goals')).body.items).toEqual([]);
    expect((await mallory.call('GET', '/training/locations')).body.items).toEqual([]);
    const today = await mallory.call('GET', '/training/today');
    expect(today.body).toMatchObject({ goals: [], locations: [], activeSessions: [], stats: { count: 0 } });
  });

  it('goals and locations CRUD; a completed session moves a matching goal', async () => {
    const user = await newUser();
    const goal = await user.call('POST', '/training/goals', { body: { title: 'Squat 140', kind: 'strength', targetValue: 140, unit: 'kg', exerciseId: 'back-squat' } });
    expect(goal.status).toBe(201);
    const location = await user.call('POST', '/training/locations', { body: { name: 'Garage', kind: 'home', equipment: ['barbell', 'rack', 'dumbbell'] } });
    expect(location.status).toBe(201);
    expect((await user.call('PATCH', `/training/locations/${location.body.id}`, { body: { equipment: ['barbell'] } })).body.equipment).toEqual(['barbell']);
    await completedSession(user);
    const moved = await eventually(async () => {
      const g = (await user.call('GET', '/training/goals')).body.items[0];
      return g.currentValue > 0 ? g : undefined;
    }, 10_000, 'goal progress');
    expect(moved.currentValue).toBeGreaterThanOrEqual(110);
    const today = (await user.call('GET', '/training/today')).body;
    expect(today.goals.map((g: { id: string }) => g.id)).toEqual([goal.body.id]);
    expect(today.locations.map((l: { id: string }) => l.id)).toEqual([location.body.id]);
    expect((await user.call('DELETE', `/training/goals/${goal.body.id}`)).status).toBe(204);
    expect((await user.call('DELETE', `/training/locations/${location.body.id}`)).status).toBe(204);
    expect((await user.call('GET', '/training/goals')).body.items).toEqual([]);
  });

  it('refuses a second completion, a snapshot of a finished session, and a stale snapshot version', async () => {
    const user = await newUser();
    const session = (await user.call('POST', '/training/sessions', { body: legDay })).body;
    await user.call('POST', `/training/sessions/${session.id}/start`);
    const state = { step: 'session', exerciseIndex: 0, setIndex: 0, completedExercises: [], completedSets: [], pipelineState: {} };
    expect((await user.call('PUT', `/training/sessions/${session.id}/snapshot`, { body: state })).status).toBe(200);
    expect((await user.call('PUT', `/training/sessions/${session.id}/snapshot`, { body: { ...state, expectedVersion: 1 } })).body.version).toBe(2);
    // The same save sent again (its answer lost) is that save; another state on the old version is stale.
    expect((await user.call('PUT', `/training/sessions/${session.id}/snapshot`, { body: { ...state, expectedVersion: 1 } })).body.version).toBe(2);
    expect((await user.call('PUT', `/training/sessions/${session.id}/snapshot`, { body: { ...state, setIndex: 1, expectedVersion: 1 } })).status).toBe(409);
    expect((await user.call('POST', `/training/sessions/${session.id}/complete`)).status).toBe(200);
    const again = await user.call('POST', `/training/sessions/${session.id}/complete`);
    expect(again.status).toBe(409);
    expect(again.body.currentStatus).toBe('completed');
    expect((await user.call('PUT', `/training/sessions/${session.id}/snapshot`, { body: state })).status).toBe(409);
    expect((await user.call('POST', `/training/sessions/${session.id}/sets`, { body: { id: 'late', exerciseIndex: 0, setIndex: 0, reps: 1 } })).status).toBe(409);
  });

  describe('bad input → 400 naming the field', () => {
    it.each([
      ['POST', '/training/goals', { title: '', kind: 'strength', targetValue: 1, unit: 'kg' }, 'body.title'],
      ['POST', '/training/goals', { title: 'x', kind: 'magic', targetValue: 1, unit: 'kg' }, 'body.kind'],
      ['POST', '/training/locations', { name: 'Gym', kind: 'gym', equipment: ['laser'] }, 'body.equipment.0'],
      ['POST', '/training/sessions/abc/complete', { rpeAvg: 12 }, 'body.rpeAvg'],
      ['PUT', '/training/sessions/abc/snapshot', { step: 'nap', exerciseIndex: 0, setIndex: 0, completedExercises: [], completedSets: [], pipelineState: {} }, 'body.step'],
    ])('%s %s', async (method, path, body, field) => {
      const user = await newUser();
      const response = await user.call(method, path, { body });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    });
  });
});
