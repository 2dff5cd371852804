import { catalogFiles, type CatalogFileName } from '../index';

/** Exercise ids of each catalog data file; each has its coaching in `coaching/<file>.json`. */
export const coachingFiles: Readonly<Record<CatalogFileName, readonly string[]>> = catalogFiles;

export type CoachingFileName = CatalogFileName;
export const coachingFileNames = Object.keys(coachingFiles) as CoachingFileName[];

const fileById = new Map<string, CoachingFileName>(coachingFileNames.flatMap((file) => coachingFiles[file].map((id) => [id, file] as const)));

/** The coaching file holding an exercise, or undefined for an id outside the catalog. */
export function coachingFileOf(exerciseId: string): CoachingFileName | undefined {
  return fileById.get(exerciseId);
}
