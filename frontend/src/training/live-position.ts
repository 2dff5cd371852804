import type { PipelineStep, PrescribedExercise, SnapshotRequest, TrainingSession } from '../api/types';
import type { Rest } from './RestTimer';

/** What the live view keeps besides the session: the exercise picked by hand and the rest running. */
export interface LiveState {
  chosen: number | null;
  rest: Rest | null;
}

export type SnapshotState = Omit<SnapshotRequest, 'expectedVersion'>;

/** The exercises in the order logged sets point at them (exerciseIndex). */
export const sessionExercises = (session: TrainingSession): PrescribedExercise[] => session.prescription.blocks.flatMap((block) => block.exercises);

export const loggedCount = (session: TrainingSession, exerciseIndex: number) => session.loggedSets.filter((set) => set.exerciseIndex === exerciseIndex).length;

/** The exercise shown (picked by hand, else the first with sets left, else the last) and its next set. */
export function currentPosition(session: TrainingSession, chosen: number | null): { exerciseIndex: number; setIndex: number } {
  const exercises = sessionExercises(session);
  const firstOpen = exercises.findIndex((exercise, i) => loggedCount(session, i) < exercise.sets.length);
  const exerciseIndex = chosen !== null && chosen < exercises.length ? chosen : firstOpen === -1 ? Math.max(0, exercises.length - 1) : firstOpen;
  return { exerciseIndex, setIndex: loggedCount(session, exerciseIndex) };
}

/** The recovery point of a live session (PUT /training/sessions/{id}/snapshot without its version). */
export function snapshotState(session: TrainingSession, step: PipelineStep, live: LiveState): SnapshotState {
  const exercises = sessionExercises(session);
  return {
    step,
    ...currentPosition(session, live.chosen),
    completedExercises: exercises.flatMap((exercise, i) => (loggedCount(session, i) >= exercise.sets.length ? [i] : [])),
    completedSets: session.loggedSets.map(({ exerciseIndex, setIndex }) => ({ exerciseIndex, setIndex })),
    pipelineState: { chosen: live.chosen, rest: live.rest },
  };
}

/** The live state saved in a snapshot: the exercise it was on, and its rest when still running. */
export function liveStateFrom(snapshot: Pick<SnapshotState, 'exerciseIndex' | 'pipelineState'>, now: number): LiveState {
  const rest = snapshot.pipelineState.rest as Partial<Rest> | null | undefined;
  const running = rest && typeof rest.endsAt === 'number' && typeof rest.totalSec === 'number' && rest.endsAt > now;
  return { chosen: snapshot.exerciseIndex, rest: running ? { endsAt: rest.endsAt!, totalSec: rest.totalSec! } : null };
}
