import type { HistoryEntry, HistorySet } from '../context';

/** Effort of a logged set on the RPE scale: RPE, else 10 − RIR, else null. */
export function setEffort(set: HistorySet): number | null {
  if (set.rpe != null) return set.rpe;
  if (set.rir != null) return Math.max(0, 10 - set.rir);
  return null;
}

/** Reps left in the tank: RIR, else 10 − RPE, else 0 (assume a hard set). */
export function setReserve(set: HistorySet): number {
  if (set.rir != null) return Math.min(5, Math.max(0, set.rir));
  if (set.rpe != null) return Math.min(5, Math.max(0, 10 - set.rpe));
  return 0;
}

/**
 * Epley estimated 1RM of one set: load × (1 + reps/30), where reps include the reps left in
 * reserve (RIR, or 10 − RPE). A true single (1 rep, nothing left) is the 1RM itself.
 */
export function epleyOneRepMax(loadKg: number, reps: number, reserve = 0): number {
  const effective = reps + reserve;
  if (effective <= 1) return loadKg;
  return loadKg * (1 + effective / 30);
}

/**
 * Best Epley estimate over an entry's loaded sets of 1–15 reps; null when nothing qualifies.
 * `bodyKg` > 0 is for added-load lifts (weighted pull-up, dip): the body is part of the load
 * moved, so each set counts as bodyweight + added load (a set without added load counts too).
 */
export function entryOneRepMax(entry: HistoryEntry, bodyKg = 0): number | null {
  let best: number | null = null;
  for (const set of entry.sets) {
    if (set.reps == null || set.reps < 1 || set.reps > 15) continue;
    const load = (set.loadKg ?? 0) + bodyKg;
    if (load <= 0 || (bodyKg <= 0 && (set.loadKg ?? 0) <= 0)) continue;
    const estimate = epleyOneRepMax(load, set.reps, setReserve(set));
    if (best == null || estimate > best) best = estimate;
  }
  return best;
}

/** Load for `reps` with `reserve` reps left, from a 1RM (inverse Epley). */
export function loadForReps(oneRepMax: number, reps: number, reserve: number): number {
  const effective = reps + reserve;
  return effective <= 1 ? oneRepMax : oneRepMax / (1 + effective / 30);
}

/** History sorted newest first (stable; unparsable dates keep their place at the end). */
export function sortHistory(history: readonly HistoryEntry[]): HistoryEntry[] {
  return history
    .map((entry, index) => ({ entry, index, at: Date.parse(entry.performedAt) }))
    .sort((a, b) => {
      const ta = Number.isNaN(a.at) ? -Infinity : a.at;
      const tb = Number.isNaN(b.at) ? -Infinity : b.at;
      return tb - ta || a.index - b.index;
    })
    .map((item) => item.entry);
}

/**
 * The working sets of an entry: sets with reps; when loads are logged, those within 90 % of the
 * heaviest (ramp-up sets are warm-ups).
 */
export function workingSets(entry: HistoryEntry): HistorySet[] {
  const withReps = entry.sets.filter((set) => set.reps != null && set.reps > 0);
  const top = Math.max(0, ...withReps.map((set) => set.loadKg ?? 0));
  if (top <= 0) return withReps;
  return withReps.filter((set) => (set.loadKg ?? 0) >= top * 0.9);
}

/** Pace (s/km) of a set with distance and time, or null. */
export function setPace(set: HistorySet): number | null {
  if (set.distanceM == null || set.durationSec == null || set.distanceM <= 0 || set.durationSec <= 0) return null;
  return (set.durationSec / set.distanceM) * 1000;
}
