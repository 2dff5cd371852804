import type { PrescribedExercise, PrescribedSet, TrainingSession } from '../api/types';
import { useCapabilities } from '../api/capabilities';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../ui/Alert';
import { ActiveSession } from './ActiveSession';
import { exerciseName } from './common-exercises';
import { CompletionReport } from './CompletionReport';
import { sessionExercises } from './live-position';
import { useDeleteSession, useSession, useStartSession } from './useSessions';

/** Session detail: the plan and what was logged; start a draft, run an active session (live → feedback), see what it came to. */
export function SessionPage({ id }: { id: string }) {
  const { t, m, formatDay } = useI18n();
  const { can } = useCapabilities();
  const session = useSession(id);
  const start = useStartSession(id);
  const remove = useDeleteSession(id);

  if (session.isPending) return <p aria-busy="true">{t('common.loading')}</p>;
  if (session.isError) return <ErrorAlert error={session.error} />;
  const s = session.data;

  const confirmDelete = () => {
    if (window.confirm(t('session.delete.confirm'))) remove.mutate(undefined, { onSuccess: () => navigate('/', { replace: true }) });
  };

  return (
    <article aria-labelledby="session-title">
      <div className="page-head">
        <h1 id="session-title">{s.title}</h1>
        <span className={`badge badge-${s.status}`}>{m.status[s.status]}</span>
      </div>
      <p className="muted">
        {formatDay(s.localDay)} · {t('session.coachName', { name: m.coach[s.coach] })} · {m.discipline[s.discipline]} · {t('session.estimated', { min: s.prescription.estimatedDurationMin })}
      </p>
      <ErrorAlert error={start.error ?? remove.error} />
      {s.status === 'draft' && can('POST /training/sessions/{id}/start') && (
        <button type="button" className="primary big" onClick={() => start.mutate()} disabled={start.isPending}>
          {start.isPending ? t('common.wait') : t('session.start')}
        </button>
      )}
      {s.status === 'active' && <ActiveSession session={s} />}
      {s.metrics && <CompletionReport session={s} />}
      <h2>{t('session.exercises')}</h2>
      <ol className="plan">
        {sessionExercises(s).map((exercise, index) => (
          <PlanExercise key={index} session={s} exercise={exercise} index={index} />
        ))}
      </ol>
      {can('DELETE /training/sessions/{id}') && (
        <button type="button" className="danger" onClick={confirmDelete} disabled={remove.isPending}>
          {t('session.delete')}
        </button>
      )}
    </article>
  );
}

function PlanExercise({ session, exercise, index }: { session: TrainingSession; exercise: PrescribedExercise; index: number }) {
  const { t, locale } = useI18n();
  const logged = session.loggedSets.filter((set) => set.exerciseIndex === index);
  return (
    <li className="card plan-exercise">
      <h3>{exerciseName(exercise.exerciseId, locale, exercise.name)}</h3>
      {exercise.notes && <p className="muted">{exercise.notes}</p>}
      <table>
        <caption className="visually-hidden">{t('session.setsOf', { name: exercise.name })}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('set.target')}</th>
            <th scope="col">{t('set.done')}</th>
          </tr>
        </thead>
        <tbody>
          {exercise.sets.map((set, setIndex) => {
            const done = logged.find((l) => l.setIndex === setIndex);
            return (
              <tr key={setIndex} className={done ? 'set-done' : undefined}>
                <td>{setIndex + 1}</td>
                <td>{describeSet(set, t)}</td>
                <td>{done ? `✓ ${describeSet(done, t)}` : '–'}</td>
              </tr>
            );
          })}
          {logged
            .filter((l) => l.setIndex >= exercise.sets.length)
            .map((extra) => (
              <tr key={extra.id} className="set-done">
                <td>{extra.setIndex + 1}</td>
                <td>–</td>
                <td>✓ {describeSet(extra, t)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </li>
  );
}

type SetLike = Partial<Pick<PrescribedSet, 'reps' | 'loadKg' | 'durationSec' | 'distanceM' | 'targetRpe'>> & { rpe?: number | null };

/** "5 × 100 kg · RPE 8", "400 m", "60 s". */
export function describeSet(set: SetLike, t: ReturnType<typeof useI18n>['t']): string {
  const parts: string[] = [];
  if (set.reps != null) parts.push(set.loadKg != null ? `${set.reps} × ${set.loadKg} kg` : t('set.repsN', { n: set.reps }));
  else if (set.loadKg != null) parts.push(`${set.loadKg} kg`);
  if (set.distanceM != null) parts.push(`${set.distanceM} m`);
  if (set.durationSec != null) parts.push(`${set.durationSec} s`);
  const rpe = set.rpe ?? set.targetRpe;
  if (rpe != null) parts.push(`RPE ${rpe}`);
  return parts.join(' · ') || '–';
}
