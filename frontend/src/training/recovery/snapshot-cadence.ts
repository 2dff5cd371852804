import type { SnapshotState } from '../live/live-position';

/** PRODUCT.md §12: besides set done, exercise done and rest ended, the live session is saved every 30 s. */
export const SNAPSHOT_EVERY_MS = 30_000;

/**
 * The 30-s save only when the state differs from the last one the server has: the events already
 * save every change they make, so an unchanged tick would be a write (~2.5 WRU) that recovers nothing.
 */
export const changedSinceSaved = (state: SnapshotState, lastSaved: string | null): boolean => JSON.stringify(state) !== lastSaved;
