import type { Discipline } from '../../shared/domain/catalog/schema';
import type { IllustrationRef } from '../../shared/domain/illustrations/illustration';

/**
 * The distinct (exercise, discipline) pairs a session's prescription shows, in the session's
 * discipline. No catalog import: session reads bundle this (the stream consumer checks the ids).
 */
export function prescribedRefs(session: { discipline: string; prescription?: unknown }): IllustrationRef[] {
  const blocks = (session.prescription as { blocks?: { exercises?: { exerciseId?: unknown }[] }[] } | undefined)?.blocks ?? [];
  const ids = new Set<string>();
  for (const block of blocks) for (const exercise of block.exercises ?? []) if (typeof exercise.exerciseId === 'string') ids.add(exercise.exerciseId);
  return [...ids].map((exerciseId) => ({ exerciseId, discipline: session.discipline as Discipline }));
}
