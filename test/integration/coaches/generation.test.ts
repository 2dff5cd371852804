import { describe, expect, it } from 'vitest';
import { createLocation } from '../../../shared/db/entities/location';
import { getSessionEnrichment } from '../../../shared/db/entities/session-enrichment';
import { newId } from '../../../shared/db/ids';
import { coaches, getExercise, type Coach, type Equipment } from '../../../shared/domain/catalog';
import { newLocation } from '../../../shared/domain/training/location';
import { tableContext } from '../../support/db';
import { newUser, type TestUser } from '../../support/stack';

/** The local stack runs the offline coach unless the machine running the tests has an OpenAI key. */
const exerciseIds = (session: any): string[] => session.prescription.blocks.flatMap((b: any) => b.exercises.map((e: any) => e.exerciseId));

async function addLocation(user: TestUser, equipment: Equipment[]) {
  const location = newLocation({ id: newId(), userId: user.sub, fields: { name: 'Garage gym', kind: 'home', equipment, notes: null }, now: new Date() });
  await createLocation(tableContext(), location);
  return location;
}

const GEAR: Record<Coach, Equipment[]> = {
  force: ['barbell', 'rack', 'bench', 'dumbbell'],
  endurance: ['rower'],
  functional: ['kettlebell', 'dumbbell', 'pull-up-bar', 'box', 'jump-rope'],
  calisthenics: ['pull-up-bar', 'rings', 'parallettes'],
  competitions: ['sled', 'skierg', 'rower', 'wall-ball', 'sandbag', 'kettlebell'],
};

describe('POST /training/sessions: coach generation', () => {
  it.each(coaches.map((c) => [c]))('the %s coach writes a draft from the catalog, queued for enrichment', async (coach) => {
    const user = await newUser();
    const response = await user.call('POST', '/training/sessions', { body: { coach, equipment: GEAR[coach], durationMin: 45, energy: 3, goals: ['get fitter'] } });
    expect(response.status).toBe(201);
    const session = response.body;
    expect(response.headers.get('location')).toBe(`/training/sessions/${session.id}`);
    expect(session).toMatchObject({ userId: user.sub, status: 'draft', origin: 'coach', coach, enrichmentStatus: 'fast', enrichmentPriority: 5, context: { locationId: null, durationMin: 45, energy: 3 } });
    expect([...session.context.equipment].sort()).toEqual([...GEAR[coach]].sort()); // stored in catalog order
    expect(session.prescription.coach).toBe(coach);
    expect(session.prescription.coachFields.coach).toBe(coach);
    expect(exerciseIds(session).length).toBeGreaterThan(0);
    for (const id of exerciseIds(session)) expect(getExercise(id), id).toBeDefined();
    expect(session.generation.provider).toBe(session.provider);
    expect(session).toMatchObject({ provider: 'offline', tokenUsage: null });
    expect(session.generation).toEqual({ provider: 'offline', model: null, offlineReason: 'no_api_key', budgetExceeded: false, aiBudget: null, tokenUsage: null, openAiAttempts: 0 });
    expect(Math.abs(session.prescription.estimatedDurationMin - 45)).toBeLessThanOrEqual(4.5);
    const stored = await user.call('GET', `/training/sessions/${session.id}`);
    expect(stored.status).toBe(200);
    // The enrichment worker may already have picked the session up: its fields move on their own
    // (its queue ticket is issued when it is queued); a read adds each exercise's illustration.
    expect(Object.keys(stored.body.illustrations ?? {}).sort()).toEqual([...new Set(exerciseIds(session))].sort());
    const background = (s: Record<string, unknown>) => {
      const { generation: _g, enrichmentStatus: _s, enrichmentAttempts: _a, enrichmentTicket: _t, illustrations: _i, updatedAt: _u, version: _v, ...rest } = s;
      return rest;
    };
    expect(background(stored.body)).toEqual(background(session));
  });

  it("uses the caller's location equipment plus the listed equipment, and the profile (French)", async () => {
    const user = await newUser();
    await user.call('PUT', '/me', { body: { locale: 'fr', level: 'beginner', birthYear: 1990 } });
    const location = await addLocation(user, ['pull-up-bar']);
    const response = await user.call('POST', '/training/sessions', { body: { coach: 'calisthenics', locationId: location.id, equipment: ['parallettes'], durationMin: 30, energy: 2 } });
    expect(response.status).toBe(201);
    expect(response.body.context).toEqual({ locationId: location.id, equipment: ['pull-up-bar', 'parallettes'], durationMin: 30, energy: 2 });
    for (const id of exerciseIds(response.body)) {
      const exercise = getExercise(id)!;
      expect(exercise.equipment.every((e) => e === 'none' || e === 'pull-up-bar' || e === 'parallettes'), id).toBe(true);
      expect(exercise.minLevel, id).toBe('beginner');
    }
    expect(response.body.prescription.blocks[0].name).toBe('Échauffement');
  });

  it("refuses another user's location with 404 naming body.locationId (custom sessions too)", async () => {
    const alice = await newUser();
    const mallory = await newUser();
    const location = await addLocation(alice, ['barbell', 'rack']);
    const generated = await mallory.call('POST', '/training/sessions', { body: { coach: 'force', locationId: location.id, durationMin: 45, energy: 3 } });
    expect(generated.status).toBe(404);
    expect(generated.headers.get('content-type')).toContain('application/problem+json');
    expect(generated.body.errors).toEqual([{ path: 'body.locationId', code: 'unknown_location', message: expect.stringContaining('not one of your locations') }]);
    const custom = await mallory.call('POST', '/training/sessions', {
      body: { coach: 'force', discipline: 'strength', title: 'Mine', locationId: location.id, exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5 }] }] },
    });
    expect(custom.status).toBe(404);
    expect(custom.body.errors[0].path).toBe('body.locationId');
    expect((await mallory.call('GET', '/training/sessions')).body.items).toEqual([]);
    expect((await alice.call('POST', '/training/sessions', { body: { coach: 'force', locationId: location.id, durationMin: 45, energy: 3 } })).status).toBe(201);
  });

  describe('bad input → 400 naming the field', () => {
    it.each([
      [{ coach: 'yoga', durationMin: 45, energy: 3 }, 'body.coach'],
      [{ coach: 'force', durationMin: 5, energy: 3 }, 'body.durationMin'],
      [{ coach: 'force', durationMin: 181, energy: 3 }, 'body.durationMin'],
      [{ coach: 'force', energy: 3 }, 'body.durationMin'],
      [{ coach: 'force', durationMin: 45, energy: 0 }, 'body.energy'],
      [{ coach: 'force', durationMin: 45, energy: 2.5 }, 'body.energy'],
      [{ coach: 'force', durationMin: 45, energy: 3, mode: 'slow' }, 'body.mode'],
      [{ coach: 'force', durationMin: 45, energy: 3, priority: 11 }, 'body.priority'],
      [{ coach: 'force', durationMin: 45, energy: 3, equipment: ['spaceship'] }, 'body.equipment.0'],
      [{ coach: 'force', durationMin: 45, energy: 3, discipline: 'chess' }, 'body.discipline'],
      [{ coach: 'force', durationMin: 45, energy: 3, userId: 'someone-else' }, 'body.userId'],
      [['force'], 'body'],
    ])('%j', async (body, field) => {
      const user = await newUser();
      const response = await user.call('POST', '/training/sessions', { body });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    });
  });

  it('mode full: the enrichment content is stored with the session, which is not queued', async () => {
    const user = await newUser();
    const response = await user.call('POST', '/training/sessions', { body: { coach: 'force', equipment: GEAR.force, durationMin: 40, energy: 4, mode: 'full' } });
    expect(response.status).toBe(201);
    const session = response.body;
    expect(session).toMatchObject({ enrichmentStatus: 'full', enrichmentQueuedAt: null });
    const enrichment = await getSessionEnrichment(tableContext(), user.sub, session.id);
    expect(enrichment).not.toBeNull();
    expect(enrichment!.exercises.map((e) => e.exerciseId)).toEqual(exerciseIds(session));
    expect(enrichment!.coachAnalysis.coach).toBe('force');
    for (const e of enrichment!.exercises) {
      expect(e.coachingCues.length).toBeGreaterThan(0);
      expect(e.progressions.easier && e.progressions.harder && e.progressions.variation).toBeTruthy();
      expect(e.technicalBreakdown.setup && e.technicalBreakdown.execution && e.technicalBreakdown.breathing).toBeTruthy();
    }
    // another user cannot see it: the enrichment lives in the owner's partition
    const other = await newUser();
    expect(await getSessionEnrichment(tableContext(), other.sub, session.id)).toBeNull();
  });

  it('fast mode writes no enrichment and takes the priority', async () => {
    const user = await newUser();
    const response = await user.call('POST', '/training/sessions', { body: { coach: 'endurance', durationMin: 30, energy: 2, priority: 9 } });
    expect(response.body).toMatchObject({ enrichmentStatus: 'fast', enrichmentPriority: 9 });
    expect(await getSessionEnrichment(tableContext(), user.sub, response.body.id)).toBeNull();
  });

  it('progressive overload from the last completed session: +2.5 kg on a squat done at RPE ≤ 8', async () => {
    const user = await newUser();
    const custom = await user.call('POST', '/training/sessions', {
      body: {
        coach: 'force',
        discipline: 'strength',
        title: 'Squat and bench',
        exercises: [
          { exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }] },
          { exerciseId: 'bench-press', sets: [{ reps: 5, loadKg: 70 }] },
        ],
      },
    });
    const id = custom.body.id;
    expect((await user.call('POST', `/training/sessions/${id}/start`)).status).toBe(200);
    for (const setIndex of [0, 1, 2]) {
      const logged = await user.call('POST', `/training/sessions/${id}/sets`, { body: { id: `sq-${setIndex}`, exerciseIndex: 0, setIndex, reps: 5, loadKg: 100, rpe: 7.5 } });
      expect(logged.status).toBe(201);
    }
    await user.call('POST', `/training/sessions/${id}/sets`, { body: { id: 'bp-0', exerciseIndex: 1, setIndex: 0, reps: 5, loadKg: 70, rpe: 8 } });
    const completed = await user.call('POST', `/training/sessions/${id}/complete`, { body: { rpeAvg: 7 } });
    expect(completed.status).toBe(200);

    const next = await user.call('POST', '/training/sessions', { body: { coach: 'force', equipment: ['barbell', 'rack', 'bench'], durationMin: 60, energy: 3 } });
    expect(next.status).toBe(201);
    const squat = next.body.prescription.blocks.flatMap((b: any) => b.exercises).find((e: any) => e.exerciseId === 'back-squat');
    expect(squat).toBeDefined();
    const working = squat.sets.filter((s: any) => s.type === 'working');
    expect(working.length).toBeGreaterThan(0);
    for (const set of working) expect(set.loadKg).toBe(102.5);
    const applied = next.body.prescription.coachFields.progressionApplied.find((p: any) => p.exerciseId === 'back-squat');
    expect(applied).toMatchObject({ change: 'load_up', loadDeltaKg: 2.5 });
  });
});

describe('GET /exercises', () => {
  it('lists the catalog, filtered by discipline and free text (en/fr, accents ignored)', async () => {
    const user = await newUser();
    const all = await user.call('GET', '/exercises');
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(150);
    const squat = all.body.items.find((e: any) => e.id === 'back-squat');
    expect(squat).toMatchObject({
      name: { en: 'Back squat', fr: 'Squat arrière' },
      discipline: 'strength',
      coaches: expect.arrayContaining(['force']),
      muscles: { primary: ['quads', 'glutes'], secondary: expect.any(Array) },
      equipment: ['barbell', 'rack'],
      units: 'reps_load',
      visual: { keywords: expect.any(Array), bodyPosition: 'squatting', implement: 'barbell' },
    });
    expect(all.headers.get('cache-control')).toBe('private, max-age=3600');

    const rowing = await user.call('GET', '/exercises?discipline=rowing');
    expect(rowing.body.items.length).toBeGreaterThan(0);
    expect(rowing.body.items.every((e: any) => e.discipline === 'rowing')).toBe(true);

    const french = await user.call('GET', `/exercises?q=${encodeURIComponent('souleve de terre')}`);
    expect(french.body.items.map((e: any) => e.id)).toContain('deadlift');
    const none = await user.call('GET', '/exercises?q=zzzz');
    expect(none.body).toEqual({ items: [] });
  });

  it('needs a token and names bad query fields', async () => {
    const user = await newUser();
    const bad = await user.call('GET', '/exercises?discipline=chess');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('query.discipline');
    expect((await user.call('GET', '/exercises?color=red')).body.errors[0].path).toBe('query.color');
    const { call } = await import('../../support/stack');
    expect((await call('GET', '/exercises')).status).toBe(401);
  });
});
