import { describe, expect, it } from 'vitest';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import { epleyOneRepMax, entryOneRepMax, loadForReps } from '../../../shared/domain/coaches/offline/history';
import type { Prescription, PrescribedExercise } from '../../../shared/domain/coaches/prescription';
import { context, entry, set } from './fixtures';

const find = (p: Prescription, id: string): PrescribedExercise | undefined => p.blocks.flatMap((b) => b.exercises).find((e) => e.exerciseId === id);
const working = (e: PrescribedExercise | undefined) => (e?.sets ?? []).filter((s) => s.type === 'working');
const warmups = (e: PrescribedExercise | undefined) => (e?.sets ?? []).filter((s) => s.type === 'warmup');
const forceFields = (p: Prescription) => {
  if (p.coachFields.coach !== 'force') throw new Error('not a force prescription');
  return p.coachFields;
};

/** Last upper-body day two days ago (so today rotates to lower body), squats four days ago. */
const squatHistory = (rpes: (number | null)[], load = 100, reps = 5) => [
  entry('bench-press', '2025-03-08T18:00:00Z', [set({ reps: 5, loadKg: 80, rpe: 8 })]),
  entry('back-squat', '2025-03-06T18:00:00Z', [set({ reps: 5, loadKg: 60 }), ...rpes.map((rpe) => set({ reps, loadKg: load, rpe }))]),
];

describe('Epley helpers', () => {
  it('estimates 1RM with reps in reserve and inverts it', () => {
    expect(epleyOneRepMax(100, 5)).toBeCloseTo(116.667, 2);
    expect(epleyOneRepMax(100, 5, 2)).toBeCloseTo(123.333, 2);
    expect(epleyOneRepMax(140, 1)).toBe(140);
    expect(loadForReps(epleyOneRepMax(100, 5), 5, 0)).toBeCloseTo(100, 6);
    expect(entryOneRepMax(entry('x', '2025-01-01T00:00:00Z', [set({ reps: 5, loadKg: 100, rpe: 8 }), set({ reps: 3, loadKg: 90 })]))).toBeCloseTo(123.333, 2);
  });
});

describe('force coach: progressive overload', () => {
  it('adds 2.5 kg to a barbell lift when every working set was at RPE ≤ 8', () => {
    const p = offlineCoach(context('force', { history: squatHistory([7, 7.5, 8]) }));
    const squat = find(p, 'back-squat');
    expect(squat).toBeDefined();
    const sets = working(squat);
    expect(sets.length).toBeGreaterThanOrEqual(2);
    for (const s of sets) {
      expect(s.loadKg).toBe(102.5);
      expect(s.reps).toBe(5);
      expect(s.restSec).toBeGreaterThanOrEqual(120);
      expect(s.restSec).toBeLessThanOrEqual(180);
    }
    const ramp = warmups(squat);
    expect(ramp.length).toBeGreaterThan(0);
    for (const s of ramp) expect(s.loadKg ?? 0).toBeLessThan(102.5);
    const record = forceFields(p).progressionApplied.find((r) => r.exerciseId === 'back-squat');
    expect(record).toMatchObject({ change: 'load_up', loadDeltaKg: 2.5, repsDelta: 0 });
    const max = forceFields(p).workingMaxes.find((m) => m.exerciseId === 'back-squat');
    expect(max?.basis).toBe('history');
    expect(max?.estimatedOneRepMaxKg).toBeCloseTo(126.7, 1); // 100 kg × (1 + (5 + 3 RIR)/30)
  });

  it('repeats the load when a set went above RPE 8 or when effort was not logged', () => {
    for (const rpes of [[7, 8, 9], [null, null, null]]) {
      const p = offlineCoach(context('force', { history: squatHistory(rpes) }));
      for (const s of working(find(p, 'back-squat'))) expect(s.loadKg).toBe(100);
      expect(forceFields(p).progressionApplied.find((r) => r.exerciseId === 'back-squat')?.change).toBe('hold');
    }
  });

  it('holds on a low-energy day and deloads 10 % on a very low one', () => {
    const hold = offlineCoach(context('force', { energy: 2, history: squatHistory([7, 7, 7]) }));
    for (const s of working(find(hold, 'back-squat'))) expect(s.loadKg).toBe(100);
    const deload = offlineCoach(context('force', { energy: 1, history: squatHistory([7, 7, 7]) }));
    for (const s of working(find(deload, 'back-squat'))) expect(s.loadKg).toBe(90);
    expect(forceFields(deload).progressionApplied.find((r) => r.exerciseId === 'back-squat')?.change).toBe('deload');
  });

  it('adds one rep for dumbbell and bodyweight work instead of load', () => {
    const history = [
      entry('bench-press', '2025-03-08T18:00:00Z', [set({ reps: 5, loadKg: 80, rpe: 8 })]),
      entry('goblet-squat', '2025-03-06T18:00:00Z', [set({ reps: 6, loadKg: 24, rpe: 7 }), set({ reps: 6, loadKg: 24, rpe: 8 })]),
    ];
    const p = offlineCoach(context('force', { equipment: ['dumbbell', 'bench'], history }));
    const goblet = working(find(p, 'goblet-squat'));
    expect(goblet.length).toBeGreaterThan(0);
    for (const s of goblet) expect(s).toMatchObject({ loadKg: 24, reps: 7 });

    const bodyweight = [
      entry('push-up', '2025-03-08T18:00:00Z', [set({ reps: 12, rpe: 7 })]),
      entry('air-squat', '2025-03-06T18:00:00Z', [set({ reps: 15, rpe: 7 }), set({ reps: 15, rir: 3 })]),
    ];
    const bw = offlineCoach(context('force', { equipment: [], history: bodyweight }));
    for (const s of working(find(bw, 'air-squat'))) expect(s).toMatchObject({ loadKg: null, reps: 16 });
  });

  it('derives the load from the Epley 1RM when the last session used another rep range', () => {
    const history = [
      entry('bench-press', '2025-03-08T18:00:00Z', [set({ reps: 5, loadKg: 80, rpe: 8 })]),
      entry('back-squat', '2025-03-06T18:00:00Z', [set({ reps: 12, loadKg: 100, rpe: 8 })]),
    ];
    const p = offlineCoach(context('force', { history }));
    // 1RM = 100 × (1 + (12 + 2)/30) = 146.7; today 6 reps with 3 in reserve: 146.7 / 1.3 = 112.8 → 112.5 kg
    for (const s of working(find(p, 'back-squat'))) expect(s).toMatchObject({ reps: 6, loadKg: 112.5 });
    expect(forceFields(p).progressionApplied.find((r) => r.exerciseId === 'back-squat')?.change).toBe('from_1rm');
  });

  it('starts a first session from loads estimated from bodyweight, sex and level, and says they are estimates', () => {
    const p = offlineCoach(context('force', { profile: { weightKg: 80, sex: 'male', age: 34, maxHeartRate: null } }));
    const first = p.blocks.find((b) => b.kind === 'main')?.exercises[0];
    expect(first).toBeDefined();
    for (const s of working(first)) {
      expect(s.loadKg).toBeGreaterThan(20);
      expect(s.targetRpe).not.toBeNull();
      expect(s.targetRir).not.toBeNull();
    }
    expect(first?.notes).toMatch(/estimate from your bodyweight \(80 kg\)/);
    expect(p.summary).not.toMatch(/Progressive overload/);
    expect(forceFields(p).workingMaxes.every((m) => m.basis === 'rpe_target' && m.estimatedOneRepMaxKg === null)).toBe(true);
    const lighter = offlineCoach(context('force', { profile: { weightKg: 60, sex: 'female', age: 34, maxHeartRate: null } }));
    const lighterFirst = lighter.blocks.find((b) => b.kind === 'main')?.exercises.find((e) => e.exerciseId === first?.exerciseId);
    expect(working(lighterFirst)[0]?.loadKg ?? 0).toBeLessThan(working(first)[0]?.loadKg ?? 0);
  });

  it('makes the first working set a test set when nothing is known, and rotates the body split after the last session', () => {
    const p = offlineCoach(context('force', { profile: { weightKg: null, sex: null, age: null, maxHeartRate: null } }));
    const first = p.blocks.find((b) => b.kind === 'main')?.exercises[0];
    for (const s of working(first)) expect(s.loadKg).toBeNull();
    expect(first?.notes).toMatch(/test set/);
    expect(p.coachNotes.join(' ')).toMatch(/Add your bodyweight/);
    const afterLegs = offlineCoach(context('force', { history: [entry('back-squat', '2025-03-08T18:00:00Z', [set({ reps: 5, loadKg: 100, rpe: 8 })])] }));
    expect(afterLegs.title).toMatch(/Upper-body/);
  });

  it('counts bodyweight in the 1RM of a weighted pull-up and prescribes the added load from it', () => {
    // A leg day last → today is an upper day (pull-up as the vertical pull).
    const history = [
      entry('back-squat', '2025-03-09T18:00:00Z', [set({ reps: 5, loadKg: 100, rpe: 8 })]),
      entry('weighted-pull-up', '2025-03-07T18:00:00Z', [set({ reps: 3, loadKg: 30, rpe: 9 })]),
    ];
    const p = offlineCoach(context('force', { level: 'advanced', date: '2025-03-11', history, profile: { weightKg: 80, sex: 'male', age: 34, maxHeartRate: null } }));
    const max = forceFields(p).workingMaxes.find((m) => m.exerciseId === 'weighted-pull-up');
    // Epley on bodyweight + added load: (80 + 30) × (1 + (3 + 1) / 30) = 124.7 kg.
    expect(max?.estimatedOneRepMaxKg).toBeCloseTo(124.7, 1);
    const pullUp = p.blocks.flatMap((b) => b.exercises).find((e) => e.exerciseId === 'weighted-pull-up');
    expect(pullUp).toBeDefined();
    const added = working(pullUp)[0]?.loadKg ?? 0;
    const reps = working(pullUp)[0]?.reps ?? 0;
    const rir = working(pullUp)[0]?.targetRir ?? 0;
    // Added load = Epley load for today's reps and RIR − bodyweight (one 2 kg step of rounding).
    expect(Math.abs(added - (124.7 / (1 + (reps + rir) / 30) - 80))).toBeLessThanOrEqual(1);
    expect(added).toBeLessThan(30);
  });
});
