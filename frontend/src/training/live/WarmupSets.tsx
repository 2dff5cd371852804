import { useState } from 'react';
import type { LoggedSet, PrescribedExercise } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { warmupRamp, type WarmupImplement, type WarmupStep } from '../../../../shared/domain/training/warmup';
import type { ExerciseItem } from '../useExerciseCatalog';
import './gym-floor.css';

/**
 * Whether an exercise gets the warm-up ramp: a barbell or dumbbell lift with a load, its first
 * time in the session, and no warm-up sets already written in the plan.
 */
export function warmupImplement(item: ExerciseItem | undefined, exercise: PrescribedExercise, firstOfLift: boolean): WarmupImplement | null {
  if (!item || item.units !== 'reps_load' || !firstOfLift) return null;
  if (exercise.sets.some((set) => set.type === 'warmup')) return null;
  if (item.equipment.includes('barbell')) return 'barbell';
  if (item.equipment.includes('dumbbell')) return 'dumbbell';
  return null;
}

interface WarmupSetsProps {
  name: string;
  implement: WarmupImplement;
  workingLoadKg: number;
  /** Warm-up sets of this exercise already logged (a step is done when one has its load). */
  logged: readonly LoggedSet[];
  /** `n`: the step's number (1-based). */
  onLog: (step: WarmupStep, n: number) => Promise<void>;
}

/** The ramp above the working sets (collapsible); ✓ logs a step as a warm-up set. */
export function WarmupSets({ name, implement, workingLoadKg, logged, onLog }: WarmupSetsProps) {
  const { t, formatNumber } = useI18n();
  const steps = warmupRamp({ implement, workingLoadKg });
  const [saving, setSaving] = useState<number | null>(null);
  if (steps.length === 0) return null;
  const kg = (value: number) => `${formatNumber(value)} kg`;
  return (
    <details className="warmup-sets" open={steps.some((step) => !logged.some((set) => set.loadKg === step.loadKg))}>
      <summary>{t('warmup.summary', { count: steps.length, load: kg(steps.at(-1)!.loadKg) })}</summary>
      <p className="muted small">{t('warmup.intro')}</p>
      <ol className="warmup-list">
        {steps.map((step, i) => {
          const done = logged.find((set) => set.loadKg === step.loadKg);
          const label = t('warmup.step', { reps: step.reps, load: kg(step.loadKg) }) + (step.share === null && implement === 'barbell' ? ` (${t('warmup.emptyBar')})` : '');
          return (
            <li key={i} className={done ? 'set-done' : undefined}>
              <span>{label}</span>
              {done ? (
                <span className="done-mark" role="img" aria-label={t('warmup.logged', { n: i + 1, name })}>
                  ✓
                </span>
              ) : (
                <button
                  type="button"
                  className="done-btn"
                  disabled={saving !== null}
                  aria-label={t('warmup.log', { n: i + 1, name })}
                  onClick={() => {
                    setSaving(i);
                    void onLog(step, i + 1).finally(() => setSaving(null));
                  }}
                >
                  {saving === i ? '…' : '✓'}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
