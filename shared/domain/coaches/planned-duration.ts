import { getExercise, type Exercise, type MovementPattern } from '../catalog';
import type { PrescribedBlock, PrescribedSet, Prescription } from './prescription';

// ---------------------------------------------------------------------------------------------
// Planned duration
//
// The rule (also used by the offline coach to fit the time available):
// - work time of a set = durationSec when given; else distanceM × pace (targetPaceSecPerKm, else
//   the exercise's default pace); else reps × seconds per rep of its movement pattern (× 2 for
//   unilateral exercises, whose reps are per side); else calories × seconds per calorie; else 30 s;
// - a set costs work + restSec;
// - within a block, moving to the next exercise costs EXERCISE_TRANSITION_SEC (per round);
// - a block runs `rounds` times (null = once); the rest after its very last set is not counted,
//   the move to the next block costs BLOCK_TRANSITION_SEC instead;
// - AMRAP and EMOM blocks last exactly timeCapMin; a For Time block lasts the computed time,
//   capped by timeCapMin.

export const BLOCK_TRANSITION_SEC = 60;
export const EXERCISE_TRANSITION_SEC = 15;
export const DEFAULT_SET_SEC = 30;

/** Seconds per repetition, by movement pattern (controlled tempo, including the brief reset). */
export const SECONDS_PER_REP: Readonly<Record<MovementPattern, number>> = {
  squat: 3,
  hinge: 3,
  lunge: 2.5,
  'horizontal-push': 2.5,
  'vertical-push': 2.5,
  'horizontal-pull': 2.5,
  'vertical-pull': 3,
  carry: 2,
  core: 2.5,
  cyclical: 1,
  jump: 3,
  olympic: 4,
  skill: 5,
  mobility: 4,
  rotation: 2.5,
  isolation: 2.5,
};

/** Default pace (s/km) when a distance has no target pace: by discipline, else by pattern. */
const DEFAULT_PACE_BY_DISCIPLINE: Readonly<Partial<Record<Exercise['discipline'], number>>> = {
  running: 360,
  cycling: 120,
  rowing: 250,
  skierg: 270,
  swimming: 1_250,
};
const DEFAULT_PACE_BY_PATTERN: Readonly<Partial<Record<MovementPattern, number>>> = {
  carry: 700,
  lunge: 3_000,
  jump: 3_000,
  'horizontal-push': 3_000,
  'horizontal-pull': 3_600,
  cyclical: 360,
};
const SECONDS_PER_CALORIE: Readonly<Partial<Record<Exercise['discipline'], number>>> = {
  rowing: 4,
  skierg: 4.5,
  cycling: 3.5,
};

export function defaultPaceSecPerKm(exercise: Exercise | undefined): number {
  if (!exercise) return 600;
  return DEFAULT_PACE_BY_DISCIPLINE[exercise.discipline] ?? DEFAULT_PACE_BY_PATTERN[exercise.movementPattern] ?? 600;
}

export function setWorkSec(set: PrescribedSet, exercise: Exercise | undefined): number {
  if (set.durationSec != null) return set.durationSec;
  if (set.distanceM != null) return (set.distanceM * (set.targetPaceSecPerKm ?? defaultPaceSecPerKm(exercise))) / 1000;
  if (set.reps != null) {
    const perRep = exercise ? SECONDS_PER_REP[exercise.movementPattern] : 3;
    return set.reps * perRep * (exercise?.unilateral ? 2 : 1);
  }
  if (set.calories != null) return set.calories * ((exercise && SECONDS_PER_CALORIE[exercise.discipline]) ?? 4);
  return DEFAULT_SET_SEC;
}

export function plannedBlockSec(block: PrescribedBlock): number {
  if ((block.format === 'amrap' || block.format === 'emom') && block.timeCapMin != null) return block.timeCapMin * 60;
  let round = 0;
  let lastRest = 0;
  block.exercises.forEach((entry, index) => {
    const exercise = getExercise(entry.exerciseId);
    if (index > 0) round += EXERCISE_TRANSITION_SEC;
    for (const set of entry.sets) {
      round += setWorkSec(set, exercise) + set.restSec;
      lastRest = set.restSec;
    }
  });
  const rounds = block.rounds ?? 1;
  const total = round * rounds - lastRest;
  if (block.format === 'for_time' && block.timeCapMin != null) return Math.min(total, block.timeCapMin * 60);
  return total;
}

export function plannedSeconds(blocks: readonly PrescribedBlock[]): number {
  let total = 0;
  blocks.forEach((block, index) => {
    if (index > 0) total += BLOCK_TRANSITION_SEC;
    total += plannedBlockSec(block);
  });
  return total;
}

/** Planned session time in minutes (unrounded), from sets, rests, durations and transitions. */
export function plannedDurationMin(prescription: Pick<Prescription, 'blocks'>): number {
  return plannedSeconds(prescription.blocks) / 60;
}

/**
 * Minutes per heart-rate zone (Z1–Z5) of a session: each set's work at its target zone, times the
 * block's rounds; recoveries inside interval blocks count as zone 1. The coach fields and the
 * coach's analysis both read this, so they cannot disagree.
 */
export function zoneMinutesOf(blocks: readonly PrescribedBlock[]): { zone: number; minutes: number }[] {
  const seconds = [0, 0, 0, 0, 0];
  for (const block of blocks) {
    const rounds = block.rounds ?? 1;
    for (const entry of block.exercises) {
      const exercise = getExercise(entry.exerciseId);
      for (const set of entry.sets) {
        if (set.targetHrZone != null) seconds[set.targetHrZone - 1] = (seconds[set.targetHrZone - 1] ?? 0) + setWorkSec(set, exercise) * rounds;
        if (block.format === 'intervals') seconds[0] = (seconds[0] ?? 0) + set.restSec * rounds;
      }
    }
  }
  return seconds.map((sec, i) => ({ zone: i + 1, minutes: Math.round((sec / 60) * 10) / 10 }));
}
