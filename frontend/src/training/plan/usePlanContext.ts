import { useMemo } from 'react';
import type { PrescribedExercise, TrainingSession } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { useProfile } from '../../profile/useProfile';
import { useExerciseCatalog, useExerciseName } from '../useExerciseCatalog';
import { maxHeartRateOf, paceSport, zoneRange, type MaxHeartRate, type PlanFormat, type SetContext, type ZoneRange } from './format';

/** Formatting in the UI's language: its texts, and numbers with its decimal separator. */
export function usePlanFormat(): PlanFormat {
  const { t, locale } = useI18n();
  return useMemo(() => {
    const formats = new Map<number, Intl.NumberFormat>();
    return {
      t,
      n: (value, digits = 1) => {
        let format = formats.get(digits);
        if (!format) formats.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
        return format.format(value);
      },
    };
  }, [t, locale]);
}

export interface PlanContext {
  f: PlanFormat;
  /** The exercise's name in the UI's language. */
  name(exercise: Pick<PrescribedExercise, 'exerciseId' | 'name'>): string;
  /** The name of an exercise of this plan from its id alone (coach fields name exercises by id). */
  nameOf(exerciseId: string): string;
  /** Pace unit and bpm ranges for one exercise's sets. */
  setContext(exercise: Pick<PrescribedExercise, 'exerciseId'>): SetContext;
  /** The athlete's zones in bpm (the endurance coach's own, else from the profile), empty when the max heart rate is unknown. */
  zones: ZoneRange[];
  /** Where the bpm come from. */
  maxHr: { bpm: number; source: MaxHeartRate['source'] | 'coach' } | null;
}

/**
 * What the plan needs to read a session as written: the athlete's heart-rate zones (endurance: the
 * coach's `heartRateZones`; else the profile's max heart rate, else Tanaka from the birth year), the
 * catalog (pace unit per exercise) and exercise names in the UI's language.
 */
export function usePlanContext(session: TrainingSession): PlanContext {
  const f = usePlanFormat();
  const profile = useProfile();
  const catalog = useExerciseCatalog();
  const exerciseName = useExerciseName();
  const fields = session.prescription.coachFields;
  const coachZones = fields.coach === 'endurance' && fields.heartRateZones.length > 0 ? fields.heartRateZones : null;
  const fromProfile = maxHeartRateOf(profile.data, new Date().getFullYear());
  const maxHr: PlanContext['maxHr'] =
    coachZones && fields.coach === 'endurance' && fields.maxHeartRate != null ? { bpm: fields.maxHeartRate, source: 'coach' } : fromProfile;
  const zones: ZoneRange[] = coachZones ?? (fromProfile ? [1, 2, 3, 4, 5].map((zone) => zoneRange(zone, fromProfile.bpm)) : []);
  return {
    f,
    name: (exercise) => exerciseName(exercise.exerciseId, exercise.name),
    nameOf: (exerciseId) =>
      exerciseName(exerciseId, session.prescription.blocks.flatMap((block) => block.exercises).find((exercise) => exercise.exerciseId === exerciseId)?.name ?? exerciseId),
    setContext: (exercise) => ({
      f,
      sport: paceSport(catalog.data?.get(exercise.exerciseId), session.discipline),
      zone: (zone) => zones.find((range) => range.zone === zone),
    }),
    zones,
    maxHr,
  };
}
