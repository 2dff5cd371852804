import { describe, expect, it } from 'vitest';
import { newUser, type TestUser } from '../../support/stack';

const benchAndRun = {
  coach: 'force',
  discipline: 'strength',
  title: 'Bench and run',
  exercises: [
    { exerciseId: 'bench-press', sets: [{ reps: 5 }, { reps: 5 }, { reps: 5 }] },
    { exerciseId: 'run', sets: [{ durationSec: 600 }] },
  ],
};

async function createStarted(user: TestUser) {
  const created = await user.call('POST', '/training/sessions', { body: benchAndRun });
  expect(created.status).toBe(201);
  expect((await user.call('POST', `/training/sessions/${created.body.id}/start`)).status).toBe(200);
  return created.body;
}

describe('last performance on new sessions', () => {
  it("carries the latest completed numbers of each exercise into the next session (custom and coach)", async () => {
    const user = await newUser();
    const first = await createStarted(user);
    expect(first.lastPerformance).toEqual([]);
    const logged = [
      { id: 'b0', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 60, rpe: 7 },
      { id: 'b1', exerciseIndex: 0, setIndex: 1, reps: 5, loadKg: 62.5, rpe: 8 },
      { id: 'r0', exerciseIndex: 1, setIndex: 0, durationSec: 610, distanceM: 2000 },
    ];
    for (const body of logged) expect((await user.call('POST', `/training/sessions/${first.id}/sets`, { body })).status).toBe(201);
    expect((await user.call('POST', `/training/sessions/${first.id}/complete`, { body: { rpeAvg: 7 } })).status).toBe(200);

    const second = (await user.call('POST', '/training/sessions', { body: benchAndRun })).body;
    expect(second.lastPerformance).toEqual([
      {
        exerciseId: 'bench-press',
        sessionId: first.id,
        performedAt: expect.any(String),
        localDay: expect.any(String),
        sets: [
          { setIndex: 0, reps: 5, loadKg: 60, durationSec: null, distanceM: null, rpe: 7 },
          { setIndex: 1, reps: 5, loadKg: 62.5, durationSec: null, distanceM: null, rpe: 8 },
        ],
      },
      { exerciseId: 'run', sessionId: first.id, performedAt: expect.any(String), localDay: expect.any(String), sets: [{ setIndex: 0, reps: null, loadKg: null, durationSec: 610, distanceM: 2000, rpe: null }] },
    ]);
    // Stored on the session, not computed on read.
    expect((await user.call('GET', `/training/sessions/${second.id}`)).body.lastPerformance).toEqual(second.lastPerformance);

    // A coach-written session gets it from the history read it already does.
    const coached = (await user.call('POST', '/training/sessions', { body: { coach: 'force', durationMin: 45, energy: 4, equipment: ['barbell', 'bench', 'rack', 'dumbbell'] } })).body;
    const ids: string[] = coached.prescription.blocks.flatMap((block: { exercises: Array<{ exerciseId: string }> }) => block.exercises.map((e) => e.exerciseId));
    expect(coached.lastPerformance).toEqual(second.lastPerformance.filter((entry: { exerciseId: string }) => ids.includes(entry.exerciseId)));
  });
});
