import type { Discipline } from '../api/types';

export interface CommonExercise {
  id: string;
  en: string;
  fr: string;
  discipline: Discipline;
  /** What a set of it is measured in, to prefill the set fields. */
  units: 'reps_load' | 'reps' | 'distance' | 'time';
}

/**
 * A short pick-list of catalog exercises for custom sessions (any other catalog id can be typed;
 * the API checks it). test/unit/frontend checks every entry against the catalog.
 */
export const commonExercises: readonly CommonExercise[] = [
  { id: 'back-squat', en: 'Back squat', fr: 'Squat arrière', discipline: 'strength', units: 'reps_load' },
  { id: 'front-squat', en: 'Front squat', fr: 'Squat avant', discipline: 'strength', units: 'reps_load' },
  { id: 'deadlift', en: 'Deadlift', fr: 'Soulevé de terre', discipline: 'strength', units: 'reps_load' },
  { id: 'romanian-deadlift', en: 'Romanian deadlift', fr: 'Soulevé de terre roumain', discipline: 'strength', units: 'reps_load' },
  { id: 'bench-press', en: 'Bench press', fr: 'Développé couché', discipline: 'strength', units: 'reps_load' },
  { id: 'overhead-press', en: 'Overhead press', fr: 'Développé militaire', discipline: 'strength', units: 'reps_load' },
  { id: 'barbell-row', en: 'Barbell row', fr: 'Rowing barre', discipline: 'strength', units: 'reps_load' },
  { id: 'hip-thrust', en: 'Barbell hip thrust', fr: 'Hip thrust à la barre', discipline: 'strength', units: 'reps_load' },
  { id: 'goblet-squat', en: 'Goblet squat', fr: 'Squat gobelet', discipline: 'strength', units: 'reps_load' },
  { id: 'lat-pulldown', en: 'Lat pulldown', fr: 'Tirage vertical', discipline: 'strength', units: 'reps_load' },
  { id: 'kettlebell-swing', en: 'Kettlebell swing', fr: 'Swing kettlebell', discipline: 'metcon', units: 'reps_load' },
  { id: 'thruster', en: 'Thruster', fr: 'Thruster', discipline: 'metcon', units: 'reps_load' },
  { id: 'wall-ball', en: 'Wall ball', fr: 'Wall ball', discipline: 'metcon', units: 'reps' },
  { id: 'burpee', en: 'Burpee', fr: 'Burpee', discipline: 'metcon', units: 'reps' },
  { id: 'push-up', en: 'Push-up', fr: 'Pompe', discipline: 'calisthenics', units: 'reps' },
  { id: 'pull-up', en: 'Pull-up', fr: 'Traction', discipline: 'calisthenics', units: 'reps' },
  { id: 'parallel-bar-dip', en: 'Parallel bar dip', fr: 'Dips aux barres parallèles', discipline: 'calisthenics', units: 'reps' },
  { id: 'run', en: 'Run', fr: 'Course', discipline: 'running', units: 'distance' },
  { id: 'easy-run', en: 'Easy run', fr: 'Footing', discipline: 'running', units: 'time' },
  { id: 'row-erg', en: 'Row', fr: 'Rameur', discipline: 'rowing', units: 'distance' },
  { id: 'ski-erg', en: 'Ski erg', fr: 'Ski erg', discipline: 'skierg', units: 'distance' },
];

export const findCommonExercise = (id: string): CommonExercise | undefined => commonExercises.find((e) => e.id === id);

/** "box-jump" → "Box jump": a readable name for a catalog id the SPA has no name for. */
const fromId = (id: string) => (id.charAt(0).toUpperCase() + id.slice(1)).replaceAll('-', ' ');

/** The exercise's name in the UI language when we know it, else the API's name (English), else its id made readable. */
export const exerciseName = (id: string, locale: 'en' | 'fr', fallback?: string): string => findCommonExercise(id)?.[locale] ?? fallback ?? fromId(id);
