import { useCapabilities } from '../api/capabilities';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from '../ui/Alert';
import { usePageTitle } from '../ui/usePageTitle';
import { SessionHeartRate } from '../wearables/SessionHeartRate';
import { ActiveSession } from './live/ActiveSession';
import { CompletionReport } from './live/CompletionReport';
import { StartSession } from './live/StartSession';
import { SessionPlan } from './plan/SessionPlan';
import { GenerationNote } from './prepare/GenerationNote';
import { useDeleteSession, useSession } from './useSessions';

/** Session detail: the plan and what was logged; start a draft, run an active session (live → feedback), see what it came to. */
export function SessionPage({ id }: { id: string }) {
  const { t, m, formatDay } = useI18n();
  const { can } = useCapabilities();
  const session = useSession(id);
  const remove = useDeleteSession(id);
  usePageTitle(session.data?.title);

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
      <GenerationNote session={s} />
      <ErrorAlert error={remove.error} />
      {s.status === 'draft' && <StartSession session={s} />}
      {s.status === 'active' && <ActiveSession session={s} />}
      {s.metrics && <CompletionReport session={s} />}
      {s.status === 'completed' && can('GET /training/sessions/{id}/wearable') && <SessionHeartRate sessionId={s.id} />}
      <SessionPlan session={s} />
      {can('DELETE /training/sessions/{id}') && (
        <button type="button" className="danger" onClick={confirmDelete} disabled={remove.isPending}>
          {t('session.delete')}
        </button>
      )}
    </article>
  );
}
