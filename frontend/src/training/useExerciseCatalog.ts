import { useQuery } from '@tanstack/react-query';
import type { ExerciseItem } from '../../../functions/exercises/schemas';
import { unwrap } from '../api/typed-client';
import { useApp } from '../app/context';
import { useI18n } from '../i18n/i18n';
import { exerciseName } from './common-exercises';

export type { ExerciseItem };

/** The exercise catalog (GET /exercises, ~130 KB once per app start): names in both languages, units, equipment. */
export function useExerciseCatalog() {
  const { http } = useApp();
  return useQuery({
    queryKey: ['exercises'],
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: async () => new Map<string, ExerciseItem>((await unwrap(http.GET('/exercises'))).items.map((item) => [item.id, item])),
  });
}

/** `name(exerciseId, fallback)` in the UI's language: the catalog's name, else the short list's, else the fallback. */
export function useExerciseName(): (exerciseId: string, fallback?: string) => string {
  const { locale } = useI18n();
  const catalog = useExerciseCatalog();
  return (exerciseId, fallback) => catalog.data?.get(exerciseId)?.name[locale] ?? exerciseName(exerciseId, locale, fallback);
}
