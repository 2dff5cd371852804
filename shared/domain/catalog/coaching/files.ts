import { cycling, rowing, running, skierg, swimming } from '../data/cardio';
import { calisthenicsLegsCore } from '../data/calisthenics-legs-core';
import { calisthenicsPull } from '../data/calisthenics-pull';
import { calisthenicsPush } from '../data/calisthenics-push';
import { calisthenicsSkills } from '../data/calisthenics-skills';
import { hyrox } from '../data/hyrox';
import { metcon } from '../data/metcon';
import { mobility } from '../data/mobility';
import { strengthAccessories } from '../data/strength-accessories';
import { strengthLifts } from '../data/strength-lifts';

/** Exercise ids of each catalog data file; each has its coaching in `coaching/<file>.json`. */
export const coachingFiles = {
  'strength-lifts': strengthLifts.map((e) => e.id),
  'strength-accessories': strengthAccessories.map((e) => e.id),
  cardio: [...running, ...cycling, ...rowing, ...skierg, ...swimming].map((e) => e.id),
  metcon: metcon.map((e) => e.id),
  'calisthenics-push': calisthenicsPush.map((e) => e.id),
  'calisthenics-pull': calisthenicsPull.map((e) => e.id),
  'calisthenics-legs-core': calisthenicsLegsCore.map((e) => e.id),
  'calisthenics-skills': calisthenicsSkills.map((e) => e.id),
  hyrox: hyrox.map((e) => e.id),
  mobility: mobility.map((e) => e.id),
} as const satisfies Record<string, readonly string[]>;

export type CoachingFileName = keyof typeof coachingFiles;
export const coachingFileNames = Object.keys(coachingFiles) as CoachingFileName[];

const fileById = new Map<string, CoachingFileName>(coachingFileNames.flatMap((file) => coachingFiles[file].map((id) => [id, file] as const)));

/** The coaching file holding an exercise, or undefined for an id outside the catalog. */
export function coachingFileOf(exerciseId: string): CoachingFileName | undefined {
  return fileById.get(exerciseId);
}
