import type { SnapshotState } from '../live/live-position';

/** PRODUCT.md §12: besides set done, exercise done and rest ended, the live session is saved every 30 s. */
export const SNAPSHOT_EVERY_MS = 30_000;

/**
 * A save (an event's or the 30-s tick's) only when the state differs from the last one the server
 * has: an unchanged state would be a write that recovers nothing. The rest that runs out on its own
 * is such an event: the state keeps the rest's end instant, and resuming after it shows no rest,
 * so its recovery point is the set-done one, unless the athlete edited something meanwhile.
 */
export const changedSinceSaved = (state: SnapshotState, lastSaved: string | null): boolean => JSON.stringify(state) !== lastSaved;
