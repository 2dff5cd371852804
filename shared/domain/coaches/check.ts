import { getExercise, levelRank, resolveExercise, type Equipment, type Level } from '../catalog';
import { possibleWith } from './offline/implements';
import type { Prescription } from './prescription';

export interface PrescriptionIssue {
  path: string;
  message: string;
}

export interface CheckOptions {
  /** When given, every exercise must be possible with this equipment (a kettlebell may stand in for a dumbbell and back, see offline/implements). */
  equipment?: readonly Equipment[];
  /** When given, no exercise may require a higher level. */
  level?: Level;
}

/**
 * Catalog-aware checks that a zod schema for structured outputs cannot express: exercise ids
 * exist, the coach may prescribe them, equipment and level fit, and coachFields match the coach.
 */
export function checkPrescription(prescription: Prescription, options: CheckOptions = {}): PrescriptionIssue[] {
  const issues: PrescriptionIssue[] = [];
  if (prescription.coachFields.coach !== prescription.coach) {
    issues.push({ path: 'coachFields.coach', message: `must be "${prescription.coach}"` });
  }
  prescription.blocks.forEach((block, b) => {
    block.exercises.forEach((entry, e) => {
      const path = `blocks.${b}.exercises.${e}.exerciseId`;
      const exercise = getExercise(entry.exerciseId);
      if (!exercise) {
        issues.push({ path, message: `unknown exercise "${entry.exerciseId}"` });
        return;
      }
      if (!exercise.coaches.includes(prescription.coach)) {
        issues.push({ path, message: `"${exercise.id}" is not prescribed by the ${prescription.coach} coach` });
      }
      if (options.equipment && !possibleWith(exercise, options.equipment)) {
        issues.push({ path, message: `"${exercise.id}" needs ${exercise.equipment.join(', ')}` });
      }
      if (options.level && levelRank(exercise.minLevel) > levelRank(options.level)) {
        issues.push({ path, message: `"${exercise.id}" needs level ${exercise.minLevel}` });
      }
    });
  });
  const fieldIds: string[] = [];
  const fields = prescription.coachFields;
  if (fields.coach === 'force') fieldIds.push(...fields.workingMaxes.map((m) => m.exerciseId), ...fields.progressionApplied.map((p) => p.exerciseId));
  if (fields.coach === 'calisthenics') fieldIds.push(...fields.progressionLevels.map((p) => p.exerciseId));
  if (fields.coach === 'competitions') fieldIds.push(...fields.stations.map((s) => s.exerciseId));
  for (const id of fieldIds) {
    if (!getExercise(id)) issues.push({ path: 'coachFields', message: `unknown exercise "${id}"` });
  }
  return issues;
}

/**
 * Maps exercise ids that are not catalog ids onto the catalog (by id, then by name/synonym, using
 * `resolveExercise` on the id and on the displayed name). Returns the mapped prescription and the
 * entries that could not be mapped.
 */
export function mapToCatalog(prescription: Prescription): { prescription: Prescription; unresolved: string[] } {
  const unresolved: string[] = [];
  const mapId = (id: string, name?: string): string => {
    if (getExercise(id)) return id;
    const found = resolveExercise(id) ?? (name ? resolveExercise(name) : null);
    if (found) return found;
    unresolved.push(name ?? id);
    return id;
  };
  const blocks = prescription.blocks.map((block) => ({
    ...block,
    exercises: block.exercises.map((entry) => ({ ...entry, exerciseId: mapId(entry.exerciseId, entry.name) })),
  }));
  const fields = prescription.coachFields;
  let coachFields = fields;
  if (fields.coach === 'force') {
    coachFields = {
      ...fields,
      workingMaxes: fields.workingMaxes.map((m) => ({ ...m, exerciseId: mapId(m.exerciseId) })),
      progressionApplied: fields.progressionApplied.map((p) => ({ ...p, exerciseId: mapId(p.exerciseId) })),
    };
  } else if (fields.coach === 'calisthenics') {
    coachFields = { ...fields, progressionLevels: fields.progressionLevels.map((p) => ({ ...p, exerciseId: mapId(p.exerciseId) })) };
  } else if (fields.coach === 'competitions') {
    coachFields = { ...fields, stations: fields.stations.map((s) => ({ ...s, exerciseId: mapId(s.exerciseId) })) };
  }
  return { prescription: { ...prescription, blocks, coachFields }, unresolved: [...new Set(unresolved)] };
}
