import type { ProviderWorkout } from '../../domain/wearables/provider';
import { parseFit } from './fit';
import { parseGpx } from './gpx';
import { parseTcx } from './tcx';
import { MAX_WORKOUT_FILE_BYTES, toProviderWorkout, WorkoutFileError, type WorkoutFileFormat } from './workout-file';

export * from './workout-file';

/**
 * Reads a FIT, TCX or GPX file into a workout (summary, window, HR samples). Any problem with
 * the file itself is a WorkoutFileError with a code and a sentence saying what is wrong.
 */
export async function parseWorkoutFile(format: WorkoutFileFormat, bytes: Uint8Array): Promise<ProviderWorkout> {
  if (bytes.byteLength === 0) throw new WorkoutFileError('empty_file', 'The file is empty.');
  if (bytes.byteLength > MAX_WORKOUT_FILE_BYTES) {
    throw new WorkoutFileError('file_too_large', `The file is ${bytes.byteLength} bytes; the limit is ${MAX_WORKOUT_FILE_BYTES} bytes.`);
  }
  const activity = format === 'fit' ? await parseFit(bytes) : format === 'tcx' ? parseTcx(bytes) : parseGpx(bytes);
  return toProviderWorkout(format, bytes, activity);
}
