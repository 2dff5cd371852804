import type { TrainingSession } from '../api/types';

/**
 * A read that set off before a write and answers after it carries an older version than the
 * copy the write left in the cache: the newer copy stays (a logged set never shows as undone).
 */
export function newerSession(cached: TrainingSession | undefined, read: TrainingSession): TrainingSession {
  return cached && cached.id === read.id && cached.version > read.version ? cached : read;
}
