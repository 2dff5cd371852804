/** Linking a wearable workout and a training session that recorded the same effort (1:1). */

export interface Interval {
  start: number;
  end: number;
}

/** The smallest overlap that links: 5 minutes, or 30 % of the shorter of the two when that is less. */
const MIN_OVERLAP_MS = 5 * 60_000;
const MIN_OVERLAP_SHARE = 0.3;

export const overlapMs = (a: Interval, b: Interval): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Whether two intervals overlap enough to be the same effort (a touching edge never links). */
export function overlapsEnough(a: Interval, b: Interval): boolean {
  const overlap = overlapMs(a, b);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap >= Math.min(MIN_OVERLAP_MS, MIN_OVERLAP_SHARE * shorter);
}

/** The candidate overlapping `target` the most (enough to link), or null. Ties: the earlier start. */
export function bestOverlap<T>(target: Interval, candidates: readonly T[], intervalOf: (candidate: T) => Interval): T | null {
  let best: { candidate: T; overlap: number; start: number } | null = null;
  for (const candidate of candidates) {
    const interval = intervalOf(candidate);
    if (!overlapsEnough(target, interval)) continue;
    const overlap = overlapMs(target, interval);
    if (!best || overlap > best.overlap || (overlap === best.overlap && interval.start < best.start)) best = { candidate, overlap, start: interval.start };
  }
  return best?.candidate ?? null;
}

/** A completed session's interval: started → completed (no start: completed − its duration). */
export function sessionInterval(session: { startedAt: string | null; completedAt: string | null; metrics?: { durationMin?: number | null } | null }): Interval | null {
  if (!session.completedAt) return null;
  const end = Date.parse(session.completedAt);
  const start = session.startedAt ? Date.parse(session.startedAt) : end - (session.metrics?.durationMin ?? 0) * 60_000;
  return end > start ? { start, end } : null;
}

/** The longest workout a session can be matched against: we look this far back from a session's start. */
export const LONGEST_WORKOUT_MS = 6 * 3_600_000;
