import { describe, expect, it } from 'vitest';
import { chainOf, getExercise } from '../../../shared/domain/catalog';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import { type Prescription } from '../../../shared/domain/coaches/prescription';
import { plannedBlockSec, setWorkSec } from '../../../shared/domain/coaches/planned-duration';
import { context, entry, FULL_GYM, set } from './fixtures';

const all = (p: Prescription) => p.blocks.flatMap((b) => b.exercises);
const fields = <C extends Prescription['coachFields']['coach']>(p: Prescription, coach: C) => {
  if (p.coachFields.coach !== coach) throw new Error(`expected ${coach} fields`);
  return p.coachFields as Extract<Prescription['coachFields'], { coach: C }>;
};

describe('endurance coach', () => {
  it('warms up, runs intervals by HR zone with paces from history, cools down', () => {
    const history = [entry('easy-run', '2025-03-08T07:00:00Z', [set({ distanceM: 8000, durationSec: 2880, rpe: 4 })])];
    const p = offlineCoach(context('endurance', { discipline: 'running', energy: 4, durationMin: 60, history, profile: { weightKg: 70, sex: 'female', age: 40, maxHeartRate: null } }));
    expect(p.discipline).toBe('running');
    expect(p.blocks[0]?.kind).toBe('warmup');
    expect(p.blocks[p.blocks.length - 1]?.kind).toBe('cooldown');
    const main = p.blocks.find((b) => b.kind === 'main');
    expect(main?.format).toBe('intervals');
    const hard = (main?.exercises[0]?.sets ?? []);
    expect(hard.length).toBeGreaterThanOrEqual(3);
    for (const s of hard) {
      expect(s.targetHrZone).toBeGreaterThanOrEqual(4);
      expect(s.restSec).toBeGreaterThan(0);
      expect(s.targetPaceSecPerKm).toBeLessThan(360); // faster than the logged 6:00/km easy pace
    }
    const f = fields(p, 'endurance');
    expect(f.referencePaceSecPerKm).toBe(360);
    expect(f.maxHeartRate).toBe(180); // Tanaka: 208 − 0.7 × 40
    expect(f.heartRateZones).toHaveLength(5);
    expect(f.heartRateZones[3]).toEqual({ zone: 4, minBpm: 144, maxBpm: 162 });
    expect(f.totalZoneMinutes.map((z) => z.zone)).toEqual([1, 2, 3, 4, 5]);
    expect(f.targetZones.some((z) => z >= 4)).toBe(true);
    expect(f.intervalStructure).toMatch(/×/);
  });

  it('keeps very low energy days easy (zone ≤ 2) and uses the equipment for the discipline', () => {
    const p = offlineCoach(context('endurance', { energy: 1, equipment: ['bike'], discipline: 'cycling' }));
    expect(p.discipline).toBe('cycling');
    expect(fields(p, 'endurance').sessionType).toBe('recovery');
    for (const e of all(p)) for (const s of e.sets) expect(s.targetHrZone ?? 1).toBeLessThanOrEqual(2);
    expect(all(p).some((e) => getExercise(e.exerciseId)?.discipline === 'cycling')).toBe(true);
  });

  it('swims by distance with pool equipment, and falls back when the discipline is impossible', () => {
    const swim = offlineCoach(context('endurance', { equipment: ['pool'], discipline: 'swimming', energy: 4 }));
    expect(swim.discipline).toBe('swimming');
    expect(swim.blocks.find((b) => b.kind === 'main')?.exercises[0]?.sets.every((s) => s.distanceM != null)).toBe(true);
    const noPool = offlineCoach(context('endurance', { equipment: [], discipline: 'swimming' }));
    expect(noPool.discipline).toBe('running');
    expect(noPool.coachNotes.join(' ')).toMatch(/swimming/);
  });
});

describe('functional coach', () => {
  it('programs an AMRAP, EMOM or For Time piece with scaling options', () => {
    const formats = new Set<string>();
    for (const date of ['2025-03-10', '2025-03-11', '2025-03-12']) {
      const p = offlineCoach(context('functional', { date, durationMin: 40 }));
      const f = fields(p, 'functional');
      formats.add(f.workoutFormat);
      const metcon = p.blocks.find((b) => b.format === f.workoutFormat);
      expect(metcon, f.workoutFormat).toBeDefined();
      expect(metcon?.timeCapMin).not.toBeNull();
      expect(f.scalingOptions.map((o) => o.level)).toEqual(['rx', 'scaled', 'foundations']);
      expect(f.stimulus.length).toBeGreaterThan(10);
    }
    expect([...formats].sort()).toEqual(['amrap', 'emom', 'for_time']);
  });

  it('adds a strength EMOM on longer sessions and scales loads for beginners', () => {
    const rx = offlineCoach(context('functional', { durationMin: 60, level: 'advanced' }));
    const scaled = offlineCoach(context('functional', { durationMin: 60, level: 'beginner' }));
    expect(rx.blocks.some((b) => b.kind === 'main' && b.format === 'emom')).toBe(true);
    const load = (p: Prescription, id: string) => all(p).find((e) => e.exerciseId === id)?.sets[0]?.loadKg;
    const shared = all(rx).map((e) => e.exerciseId).filter((id) => load(rx, id) != null && load(scaled, id) != null);
    for (const id of shared) expect(load(scaled, id) ?? 0).toBeLessThan(load(rx, id) ?? 0);
  });
});

describe('calisthenics coach', () => {
  it('moves up a chain when the last attempt was mastered, down when it was a struggle', () => {
    const mastered = offlineCoach(context('calisthenics', { date: '2025-03-11', history: [entry('push-up', '2025-03-08T10:00:00Z', [set({ reps: 12, rpe: 7 }), set({ reps: 12, rpe: 8 })])] }));
    const levels = fields(mastered, 'calisthenics').progressionLevels;
    const push = levels.find((l) => l.chain === 'push-up');
    expect(push?.exerciseId).toBe('diamond-push-up');
    expect(push?.level).toBe((chainOf('diamond-push-up')?.index ?? -1) + 1);
    expect(push?.of).toBe(7);
    const struggled = offlineCoach(context('calisthenics', { date: '2025-03-11', history: [entry('pull-up', '2025-03-09T10:00:00Z', [set({ reps: 2, rpe: 10 })])] }));
    const pull = fields(struggled, 'calisthenics').progressionLevels.find((l) => l.chain === 'pull-up');
    expect(pull?.exerciseId).toBe('band-assisted-pull-up');
  });

  it('balances push and pull sets and names its skill focus', () => {
    for (const equipment of [[], ['pull-up-bar', 'rings', 'dip-bars', 'parallettes'] as const]) {
      const p = offlineCoach(context('calisthenics', { equipment: [...equipment], durationMin: 50 }));
      const f = fields(p, 'calisthenics');
      expect(f.pullSets).toBeGreaterThan(0);
      expect(Math.abs(f.pushSets - f.pullSets)).toBeLessThanOrEqual(1);
      expect(f.pushPullRatio).toBeCloseTo(f.pushSets / f.pullSets, 2);
      expect(f.skillFocus.length).toBeGreaterThan(0);
      expect(p.blocks.some((b) => b.kind === 'skill')).toBe(true);
    }
  });

  it('follows a skill goal', () => {
    const p = offlineCoach(context('calisthenics', { goals: ['Front lever'], equipment: ['pull-up-bar'] }));
    const skill = p.blocks.find((b) => b.kind === 'skill');
    expect(chainOf(skill?.exercises[0]?.exerciseId ?? '')?.chain.id).toBe('front-lever');
  });
});

describe('competitions coach', () => {
  it('alternates runs and HYROX stations with target splits that add up', () => {
    const p = offlineCoach(context('competitions', { durationMin: 90, energy: 4, equipment: FULL_GYM }));
    const main = p.blocks.find((b) => b.format === 'stations');
    expect(main).toBeDefined();
    const f = fields(p, 'competitions');
    expect(f.stations.length).toBeGreaterThanOrEqual(2);
    expect(f.runSplits.length).toBe(f.stations.length);
    expect(f.stations.map((s) => s.exerciseId)).toContain('sled-push');
    expect(main?.exercises.filter((e) => e.exerciseId === 'hyrox-run').length).toBe(f.runSplits.length);
    for (const s of f.stations) expect(s.targetSplitSec).toBeGreaterThan(0);
    expect(f.totalTargetSec).toBe(Math.round(plannedBlockSec(main!)));
    for (const e of main?.exercises ?? []) for (const s of e.sets) expect(setWorkSec(s, getExercise(e.exerciseId))).toBe(s.durationSec);
  });

  it('replaces stations it cannot run with time-matched bodyweight work', () => {
    const p = offlineCoach(context('competitions', { equipment: [], durationMin: 45 }));
    const f = fields(p, 'competitions');
    for (const s of f.stations) expect(getExercise(s.exerciseId)?.equipment).toEqual(['none']);
    expect(f.stations.length).toBeGreaterThan(0);
  });

  it('slows the target splits on low-energy days', () => {
    const normal = fields(offlineCoach(context('competitions', { energy: 3, durationMin: 30, equipment: FULL_GYM })), 'competitions');
    const tired = fields(offlineCoach(context('competitions', { energy: 2, durationMin: 30, equipment: FULL_GYM })), 'competitions');
    const perMetre = (f: typeof normal) => (f.runSplits[0]?.targetSec ?? 0) / (f.runSplits[0]?.distanceM ?? 1);
    expect(perMetre(tired)).toBeGreaterThan(perMetre(normal));
  });
});
