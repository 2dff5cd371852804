import { createHash } from 'node:crypto';
import type { HrSample } from '../../domain/science/heart-rate/timeline';
import type { ProviderWorkout } from '../../domain/wearables/provider';
import { plainSport } from '../providers/sports';
import { WORKOUT_FILE_FORMATS, type WorkoutFileErrorCode, type WorkoutFileFormat } from '../../domain/wearables/import-job';

export { MAX_WORKOUT_FILE_BYTES, WORKOUT_FILE_ERRORS, WORKOUT_FILE_FORMATS } from '../../domain/wearables/import-job';
export type { WorkoutFileErrorCode, WorkoutFileFormat } from '../../domain/wearables/import-job';

/** A file that cannot be imported: a stable code for the app and an English sentence saying why. */
export class WorkoutFileError extends Error {
  constructor(readonly code: WorkoutFileErrorCode, message: string) {
    super(message);
    this.name = 'WorkoutFileError';
  }
}

/** The format a file name announces, or null. */
export function formatFromFileName(fileName: string): WorkoutFileFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  return WORKOUT_FILE_FORMATS.find((format) => format === extension) ?? null;
}

/** What a parser read from a file, before it becomes a workout. */
export interface ParsedActivity {
  sport: string | null;
  title: string | null;
  /** From the file's summary (FIT session, TCX laps); else derived from the track. */
  startAt: Date | null;
  elapsedSec: number | null;
  calories: number | null;
  distanceKm: number | null;
  avgHr: number | null;
  maxHr: number | null;
  /** Every timed point of the track, with or without heart rate. */
  points: Array<{ t: Date; bpm: number | null }>;
}

export const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
export const positive = (value: unknown): number | null => {
  const number = finite(value);
  return number !== null && number > 0 ? number : null;
};

/**
 * A parsed activity as the workout the importers store: the window runs from the summary's
 * start (else the first point) for the elapsed time (else to the last point). The external id is
 * the file's content hash, so importing the same file twice updates one workout.
 */
export function toProviderWorkout(format: WorkoutFileFormat, bytes: Uint8Array, activity: ParsedActivity): ProviderWorkout {
  const times = activity.points.map((point) => point.t.getTime()).filter(Number.isFinite);
  const first = times.length > 0 ? Math.min(...times) : null;
  const last = times.length > 0 ? Math.max(...times) : null;
  const start = activity.startAt && Number.isFinite(activity.startAt.getTime()) ? activity.startAt.getTime() : first;
  const elapsed = positive(activity.elapsedSec);
  const end = start !== null && elapsed !== null ? start + elapsed * 1000 : last;
  if (start === null || end === null || !(end > start)) {
    throw new WorkoutFileError('no_activity', `The ${format.toUpperCase()} file holds no timed activity (no start time or no track with times).`);
  }
  const samples: HrSample[] = activity.points.flatMap((point) =>
    point.bpm !== null && Number.isFinite(point.t.getTime()) ? [{ t: point.t.toISOString(), bpm: point.bpm }] : [],
  );
  const sport = plainSport(activity.sport ?? 'workout');
  return {
    externalId: `${format}-${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}`,
    type: sport,
    title: (activity.title?.trim() || sport.replace(/^./, (c) => c.toUpperCase())).slice(0, 120),
    startAt: new Date(start).toISOString(),
    endAt: new Date(end).toISOString(),
    calories: positive(activity.calories),
    distanceKm: positive(activity.distanceKm) === null ? null : Math.round(activity.distanceKm! * 1000) / 1000,
    avgHr: positive(activity.avgHr),
    maxHr: positive(activity.maxHr),
    samples,
    samplingIntervalSec: null,
    sourceUpdatedAt: null,
  };
}
