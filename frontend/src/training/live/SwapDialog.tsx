import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useCapabilities } from '../../api/capabilities';
import { ApiError } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/typed-client';
import type { PrescribedExercise, TrainingSession } from '../../api/types';
import { useApp } from '../../app/context';
import { useI18n } from '../../i18n/i18n';
import { useProfile } from '../../profile/useProfile';
import { apiErrorText } from '../../ui/Alert';
import { rankAlternatives, type SwapAlternative, type SwapCandidate } from '../../../../shared/domain/training/swap';
import { locations } from '../collections';
import { remember } from '../useSessions';
import { useExerciseCatalog, useExerciseName, type ExerciseItem } from '../useExerciseCatalog';
import { muscleNames } from './gym-floor-messages';
import './gym-floor.css';

const candidateOf = (item: ExerciseItem, locale: 'en' | 'fr'): SwapCandidate => ({
  id: item.id,
  name: item.name[locale],
  discipline: item.discipline,
  movementPattern: item.movementPattern,
  primaryMuscles: item.muscles.primary,
  secondaryMuscles: item.muscles.secondary,
  equipment: item.equipment,
  minLevel: item.minLevel,
  units: item.units,
});

/**
 * The equipment the session can count on: what the coach was told (location + extras), else the
 * location's list for the athlete's own sessions; null when nothing says (every alternative shown).
 */
function useSessionEquipment(session: TrainingSession): readonly string[] | null {
  const list = locations.useList();
  if (session.origin === 'coach') return session.context.equipment;
  const location = session.context.locationId ? list.data?.find((entry) => entry.id === session.context.locationId) : undefined;
  return location ? location.equipment : null;
}

function useSwapExercise(sessionId: string) {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ index, exerciseId }: { index: number; exerciseId: string }) =>
      unwrap(http.POST('/training/sessions/{id}/exercises/{index}/swap', { params: { path: { id: sessionId, index } }, body: { exerciseId } })),
    onSuccess: (session) => {
      remember(client, session);
      // The coaching details were written for the old exercise: follow the new enrichment.
      void client.invalidateQueries({ queryKey: keys.enrichment(session.id) });
    },
  });
}

/** "Swap" on an exercise of a draft or active session: ranked catalog alternatives, confirm → the session with the new exercise. */
export function SwapExercise({ session, exerciseIndex, exercise, onSwapped }: { session: TrainingSession; exerciseIndex: number; exercise: PrescribedExercise; onSwapped?: (text: string) => void }) {
  const { t } = useI18n();
  const name = useExerciseName()(exercise.exerciseId, exercise.name);
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const { can } = useCapabilities();
  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);
  if (session.status === 'completed' || !can('POST /training/sessions/{id}/exercises/{index}/swap')) return null;
  return (
    <>
      <button type="button" className="swap-btn" onClick={() => setOpen(true)} aria-label={t('swap.openLabel', { name })}>
        ⇄ {t('swap.open')}
      </button>
      <dialog ref={dialog} className="gym-dialog swap-dialog" onClose={() => setOpen(false)} aria-labelledby={`swap-title-${exerciseIndex}`}>
        {open && (
          <SwapChoices
            session={session}
            exerciseIndex={exerciseIndex}
            exercise={exercise}
            name={name}
            onDone={(text) => {
              setOpen(false);
              if (text) onSwapped?.(text);
            }}
          />
        )}
      </dialog>
    </>
  );
}

function SwapChoices({ session, exerciseIndex, exercise, name, onDone }: { session: TrainingSession; exerciseIndex: number; exercise: PrescribedExercise; name: string; onDone: (text: string | null) => void }) {
  const { t, locale, m } = useI18n();
  const catalog = useExerciseCatalog();
  const profile = useProfile();
  const equipment = useSessionEquipment(session);
  const swap = useSwapExercise(session.id);
  const [choice, setChoice] = useState<string | null>(null);
  const groupId = useId();
  const alternatives = useMemo<SwapAlternative[]>(() => {
    const current = catalog.data?.get(exercise.exerciseId);
    if (!catalog.data || !current) return [];
    const candidates = [...catalog.data.values()].map((item) => candidateOf(item, locale));
    return rankAlternatives({ current: candidateOf(current, locale), candidates, equipment, level: profile.data?.level ?? 'intermediate' });
  }, [catalog.data, exercise.exerciseId, locale, equipment, profile.data?.level]);
  const muscles = (list: readonly string[]) => list.map((muscle) => muscleNames[locale][muscle as keyof (typeof muscleNames)['en']] ?? muscle).join(', ');

  const confirm = () => {
    const picked = alternatives.find((alt) => alt.candidate.id === choice);
    if (!picked) return;
    swap.mutate({ index: exerciseIndex, exerciseId: picked.candidate.id }, { onSuccess: () => onDone(t('swap.done', { from: name, to: picked.candidate.name })) });
  };

  return (
    <form
      method="dialog"
      onSubmit={(event) => {
        event.preventDefault();
        confirm();
      }}
    >
      <h2 id={`swap-title-${exerciseIndex}`}>{t('swap.title', { name })}</h2>
      <p className="muted small">{t('swap.intro')}</p>
      {catalog.isLoading ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : alternatives.length === 0 ? (
        <p>{t('swap.none')}</p>
      ) : (
        <fieldset className="swap-options">
          <legend className="visually-hidden">{t('swap.title', { name })}</legend>
          {alternatives.map((alt) => {
            const id = `${groupId}-${alt.candidate.id}`;
            const needs = alt.candidate.equipment.filter((item) => item !== 'none');
            return (
              <label key={alt.candidate.id} htmlFor={id} className={`swap-option${choice === alt.candidate.id ? ' swap-option-chosen' : ''}`}>
                <input type="radio" id={id} name={groupId} value={alt.candidate.id} checked={choice === alt.candidate.id} onChange={() => setChoice(alt.candidate.id)} />
                <span className="swap-option-name">{alt.candidate.name}</span>
                <span className="swap-reasons muted small">
                  {[
                    alt.samePattern ? t('swap.samePattern') : null,
                    alt.sharedMuscles.length > 0 ? t('swap.muscles', { muscles: muscles(alt.sharedMuscles) }) : null,
                    needs.length > 0 ? t('swap.equipment', { equipment: needs.map((item) => m.equipment[item as keyof typeof m.equipment] ?? item).join(', ') }) : t('swap.bodyweight'),
                    alt.withinLevel ? null : t('swap.aboveLevel'),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </label>
            );
          })}
        </fieldset>
      )}
      {swap.error && (
        <div className="alert alert-error" role="alert">
          <p>{swap.error instanceof ApiError ? apiErrorText(swap.error, t) : t('error.unexpected')}</p>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={!choice || swap.isPending}>
          {swap.isPending ? t('swap.saving') : t('swap.confirm')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('swap.cancel')}
        </button>
      </div>
    </form>
  );
}
