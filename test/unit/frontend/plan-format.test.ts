import { describe, expect, it } from 'vitest';
import { en, fr } from '../../../frontend/src/training/plan/messages';
import {
  blockFormatText,
  blockRounds,
  blockStarts,
  describeGroup,
  describeLogged,
  exerciseLayout,
  formatDistance,
  formatDuration,
  formatPace,
  groupSets,
  maxHeartRateOf,
  paceSport,
  roundLine,
  setQuantity,
  showsSetTypes,
  zoneRange,
  zoneText,
  type PlanFormat,
  type SetContext,
} from '../../../frontend/src/training/plan/format';
import type { PrescribedBlock, PrescribedExercise, PrescribedSet } from '../../../shared/domain/coaches/prescription';

/** The app's formatting in one language: its dictionary and number format (as usePlanFormat builds it). */
function planFormat(dictionary: Record<string, string>, locale: string): PlanFormat {
  return {
    t: (key, vars = {}) => dictionary[key]!.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)),
    n: (value, digits = 1) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
  };
}
const f = planFormat(en, 'en');
const ff = planFormat(fr, 'fr');

const set = (fields: Partial<PrescribedSet> = {}): PrescribedSet => ({
  type: 'working',
  reps: null,
  loadKg: null,
  durationSec: null,
  distanceM: null,
  calories: null,
  targetRpe: null,
  targetRir: null,
  targetHrZone: null,
  targetPaceSecPerKm: null,
  restSec: 0,
  ...fields,
});
const exercise = (sets: PrescribedSet[], exerciseId = 'burpee'): PrescribedExercise => ({ exerciseId, name: exerciseId, sets, notes: null, scaling: null });
const block = (fields: Partial<PrescribedBlock>): PrescribedBlock => ({ name: 'Block', kind: 'main', format: 'straight', rounds: null, timeCapMin: null, exercises: [], ...fields });
const ctx = (fields: Partial<SetContext> = {}): SetContext => ({ f, sport: null, zone: () => undefined, ...fields });

describe('plan formatting: times, distances, paces', () => {
  it('writes durations as m:ss, and h:mm:ss from an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(12)).toBe('0:12');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(1980)).toBe('33:00');
    expect(formatDuration(3599.6)).toBe('1:00:00');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('writes distances in m below 1 km, else in km, with the language’s decimal separator', () => {
    expect(formatDistance(340, f)).toBe('340 m');
    expect(formatDistance(999, f)).toBe('999 m');
    expect(formatDistance(1000, f)).toBe('1 km');
    expect(formatDistance(1250, f)).toBe('1.25 km');
    expect(formatDistance(21097, f)).toBe('21.1 km');
    expect(formatDistance(1500, ff)).toBe('1,5 km');
  });

  it('picks the pace unit from the exercise’s sport, none for strength or stations', () => {
    expect(paceSport({ discipline: 'running', movementPattern: 'cyclical' }, 'strength')).toBe('run');
    expect(paceSport({ discipline: 'rowing', movementPattern: 'cyclical' }, 'rowing')).toBe('row');
    expect(paceSport({ discipline: 'skierg', movementPattern: 'cyclical' }, 'hyrox')).toBe('row');
    expect(paceSport({ discipline: 'swimming', movementPattern: 'cyclical' }, 'swimming')).toBe('swim');
    expect(paceSport({ discipline: 'cycling', movementPattern: 'cyclical' }, 'cycling')).toBe('bike');
    expect(paceSport({ discipline: 'hyrox', movementPattern: 'cyclical' }, 'hyrox')).toBe('run');
    expect(paceSport({ discipline: 'hyrox', movementPattern: 'jump' }, 'hyrox')).toBeNull();
    expect(paceSport({ discipline: 'strength', movementPattern: 'squat' }, 'running')).toBeNull();
    expect(paceSport({ discipline: 'metcon', movementPattern: 'hinge' }, 'metcon')).toBeNull();
    // Without a catalog entry, the session's discipline decides.
    expect(paceSport(undefined, 'running')).toBe('run');
    expect(paceSport(undefined, 'hyrox')).toBeNull();
  });

  it('writes a pace per km, per 500 m, per 100 m or in km/h', () => {
    expect(formatPace(330, 'run', f)).toBe('5:30 /km');
    expect(formatPace(250, 'row', f)).toBe('2:05 /500 m');
    expect(formatPace(1050, 'swim', f)).toBe('1:45 /100 m');
    expect(formatPace(120, 'bike', f)).toBe('30 km/h');
    expect(formatPace(125, 'bike', ff)).toBe('28,8 km/h');
  });
});

describe('plan formatting: heart-rate zones', () => {
  it('takes the profile’s max heart rate, else Tanaka from the birth year, else nothing', () => {
    expect(maxHeartRateOf({ maxHeartRate: 190, birthYear: 1990 }, 2026)).toEqual({ bpm: 190, source: 'profile' });
    expect(maxHeartRateOf({ maxHeartRate: null, birthYear: 1986 }, 2026)).toEqual({ bpm: 180, source: 'age' });
    expect(maxHeartRateOf({ maxHeartRate: null, birthYear: null }, 2026)).toBeNull();
    expect(maxHeartRateOf(undefined, 2026)).toBeNull();
  });

  it('makes Z1–Z5 of 50–60–70–80–90–100 % of max heart rate', () => {
    expect([1, 2, 3, 4, 5].map((zone) => zoneRange(zone, 200))).toEqual([
      { zone: 1, minBpm: 100, maxBpm: 120 },
      { zone: 2, minBpm: 120, maxBpm: 140 },
      { zone: 3, minBpm: 140, maxBpm: 160 },
      { zone: 4, minBpm: 160, maxBpm: 180 },
      { zone: 5, minBpm: 180, maxBpm: 200 },
    ]);
    expect(zoneRange(2, 187)).toEqual({ zone: 2, minBpm: 112, maxBpm: 131 });
  });

  it('shows the bpm range when known, just the zone otherwise', () => {
    expect(zoneText(2, { minBpm: 120, maxBpm: 140 })).toBe('Z2 120–140 bpm');
    expect(zoneText(4, undefined)).toBe('Z4');
  });
});

describe('plan formatting: block formats', () => {
  const three = [exercise([set({ reps: 9 })]), exercise([set({ reps: 12 })])];
  it('reads For Time with rounds and cap', () => {
    expect(blockFormatText(block({ format: 'for_time', rounds: 8, timeCapMin: 25, exercises: three }), f)).toBe('8 rounds for time · cap 25 min');
    expect(blockFormatText(block({ format: 'for_time', rounds: 1, timeCapMin: null, exercises: three }), f)).toBe('1 round for time');
    expect(blockFormatText(block({ format: 'for_time', rounds: null, timeCapMin: 12, exercises: three }), f)).toBe('For time · cap 12 min');
    expect(blockFormatText(block({ format: 'for_time', rounds: 6, timeCapMin: 24, exercises: three }), ff)).toBe('6 tours au chrono · limite 24 min');
  });

  it('reads AMRAP and EMOM with their minutes (EMOM: one set a minute when no length is given)', () => {
    expect(blockFormatText(block({ format: 'amrap', timeCapMin: 15, exercises: three }), f)).toBe('AMRAP · 15 min');
    expect(blockFormatText(block({ format: 'emom', timeCapMin: 12, exercises: three }), f)).toBe('EMOM · 12 min');
    const tenMinutes = exercise(Array.from({ length: 10 }, () => set({ reps: 6 })));
    expect(blockFormatText(block({ format: 'emom', timeCapMin: null, exercises: [tenMinutes] }), f)).toBe('EMOM · 10 min');
    expect(blockFormatText(block({ format: 'amrap', timeCapMin: 15, exercises: three }), ff)).toBe('AMRAP (un maximum de tours) · 15 min');
  });

  it('reads supersets and circuits with their rounds, from the sets when not written', () => {
    const pair = [exercise([set({ reps: 8 }), set({ reps: 8 }), set({ reps: 8 }), set({ reps: 8 })]), exercise([set({ reps: 10 }), set({ reps: 10 }), set({ reps: 10 }), set({ reps: 10 })])];
    expect(blockFormatText(block({ format: 'superset', rounds: null, exercises: pair }), f)).toBe('Superset · 4 rounds');
    expect(blockFormatText(block({ format: 'circuit', rounds: 3, exercises: three }), f)).toBe('Circuit · 3 rounds');
    expect(blockRounds(block({ rounds: null, exercises: [exercise([set()]), exercise([set(), set()])] }))).toBeNull();
  });

  it('reads intervals and stations, and nothing for plain straight sets', () => {
    expect(blockFormatText(block({ format: 'intervals', exercises: three }), f)).toBe('Intervals');
    expect(blockFormatText(block({ format: 'intervals', rounds: 6, exercises: three }), f)).toBe('Intervals · 6 rounds');
    expect(blockFormatText(block({ format: 'stations', exercises: three }), f)).toBe('Stations');
    expect(blockFormatText(block({ format: 'straight', exercises: three }), f)).toBeNull();
  });

  it('numbers exercises across blocks in order, as logged sets point at them', () => {
    expect(blockStarts([block({ exercises: three }), block({ exercises: [exercise([set()])] }), block({ exercises: three })])).toEqual([0, 2, 3]);
  });
});

describe('plan formatting: sets', () => {
  const warmup = set({ type: 'warmup', reps: 5, loadKg: 40, restSec: 60 });
  const working = set({ reps: 5, loadKg: 100, targetRpe: 8, restSec: 120 });

  it('groups identical consecutive sets and shows their types', () => {
    const sets = [warmup, warmup, working, working, working];
    const groups = groupSets(sets);
    expect(groups.map((group) => [group.count, group.from])).toEqual([
      [2, 0],
      [3, 2],
    ]);
    expect(showsSetTypes(sets)).toBe(true);
    expect(groups.map((group) => describeGroup(group, ctx(), true))).toEqual([
      { type: 'Warm-up', text: '2 × 5 @ 40 kg · rest 1:00' },
      { type: 'Working', text: '3 × 5 @ 100 kg · RPE 8 · rest 2:00' },
    ]);
    expect(groupSets([working, warmup, working]).map((group) => group.count)).toEqual([1, 1, 1]);
    expect(showsSetTypes([working, working])).toBe(false);
  });

  it('writes reps, load, time, distance and calories', () => {
    expect(setQuantity(set({ reps: 10 }), 1, f)).toBe('10 reps');
    expect(setQuantity(set({ reps: 1 }), 1, f)).toBe('1 rep');
    expect(setQuantity(set({ reps: 10 }), 5, f)).toBe('5 × 10 reps');
    expect(setQuantity(set({ reps: 5, loadKg: 102.5 }), 1, f)).toBe('5 reps @ 102.5 kg');
    expect(setQuantity(set({ durationSec: 12 }), 4, f)).toBe('4 × 0:12');
    expect(setQuantity(set({ durationSec: 1980 }), 1, f)).toBe('33:00');
    expect(setQuantity(set({ distanceM: 800, durationSec: 264 }), 1, f)).toBe('800 m in 4:24');
    expect(setQuantity(set({ distanceM: 5000 }), 1, f)).toBe('5 km');
    expect(setQuantity(set({ calories: 15 }), 1, f)).toBe('15 cal');
    expect(setQuantity(set({ distanceM: 50, loadKg: 100 }), 1, f)).toBe('50 m @ 100 kg');
    expect(setQuantity(set(), 1, f)).toBeNull();
    expect(setQuantity(set({ reps: 5, loadKg: 100 }), 3, ff)).toBe('3 × 5 @ 100 kg');
    expect(setQuantity(set({ reps: 8 }), 1, ff)).toBe('8 répétitions');
  });

  it('adds RPE, RIR, zone with bpm, pace in the sport’s unit and rest', () => {
    const run = set({ distanceM: 800, durationSec: 264, targetRpe: 7.5, targetHrZone: 4, targetPaceSecPerKm: 330, restSec: 90 });
    const zones = (zone: number) => zoneRange(zone, 190);
    expect(describeGroup({ set: run, count: 1 }, ctx({ sport: 'run', zone: zones }), false).text).toBe('800 m in 4:24 · RPE 7.5 · Z4 152–171 bpm · 5:30 /km · rest 1:30');
    // A station or a strength exercise never shows /km, and an unknown max HR shows just the zone.
    expect(describeGroup({ set: run, count: 1 }, ctx({ sport: null }), false).text).toBe('800 m in 4:24 · RPE 7.5 · Z4 · rest 1:30');
    expect(describeGroup({ set: set({ reps: 8, targetRpe: 7.5, targetRir: 3, restSec: 30 }), count: 3 }, ctx({ f: ff }), false).text).toBe(
      '3 × 8 répétitions · RPE 7,5 · 3 en réserve · repos 0:30',
    );
    expect(describeGroup({ set: set({ distanceM: 2000, targetPaceSecPerKm: 250 }), count: 1 }, ctx({ sport: 'row' }), false).text).toBe('2 km · 2:05 /500 m');
  });

  it('writes each exercise of an AMRAP, EMOM or For Time as one line of the round', () => {
    expect(roundLine(set({ reps: 9 }), 'Burpee', ctx())).toBe('9 × Burpee');
    expect(roundLine(set({ reps: 12, loadKg: 24 }), 'Kettlebell swing', ctx())).toBe('12 × Kettlebell swing @ 24 kg');
    expect(roundLine(set({ distanceM: 340, targetHrZone: 3 }), 'Run', ctx())).toBe('340 m Run · Z3');
    expect(roundLine(set({ calories: 15, restSec: 60 }), 'Row', ctx())).toBe('15 cal Row');
    const emom = block({ format: 'emom', timeCapMin: 10, exercises: [exercise(Array.from({ length: 10 }, () => set({ reps: 6, restSec: 45 })))] });
    expect(exerciseLayout(emom, emom.exercises[0]!)).toBe('round-line');
    const uneven = exercise([set({ reps: 10 }), set({ reps: 8 })]);
    expect(exerciseLayout(block({ format: 'amrap', exercises: [uneven] }), uneven)).toBe('grouped');
    const superset = block({ format: 'superset', exercises: [exercise([set({ reps: 8 }), set({ reps: 8 }), set({ reps: 8 })])] });
    expect(exerciseLayout(superset, superset.exercises[0]!)).toBe('per-round');
    const straight = block({ format: 'straight', exercises: [exercise([set({ reps: 5 }), set({ reps: 5 })])] });
    expect(exerciseLayout(straight, straight.exercises[0]!)).toBe('grouped');
  });

  it('writes what a logged set did', () => {
    const logged = { reps: 5, loadKg: 100, durationSec: null, distanceM: null, rpe: 8, rir: null };
    expect(describeLogged(logged, f)).toBe('5 reps @ 100 kg · RPE 8');
    expect(describeLogged({ ...logged, reps: null, loadKg: null, distanceM: 800, durationSec: 250, rpe: null }, f)).toBe('800 m in 4:10');
    expect(describeLogged({ reps: null, loadKg: null, durationSec: 1980, distanceM: null, rpe: null, rir: 2 }, ff)).toBe('33:00 · 2 en réserve');
  });
});

describe('plan texts', () => {
  it('has every English text in French, translated', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    // Same words in both languages only where French uses them too (units, acronyms, "Circuit", "Zone"…).
    const same = Object.keys(en).filter((key) => en[key as keyof typeof en] === fr[key as keyof typeof fr]);
    expect(same.sort()).toEqual(
      ['plan.competitions.distance', 'plan.durationValue', 'plan.endurance.minutes', 'plan.endurance.zone', 'plan.format.circuit', 'plan.format.minutes', 'plan.rpe', 'plan.analysis.transitionStrategy', 'plan.details.progressions'].sort(),
    );
  });
});
