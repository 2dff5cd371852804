import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useCapabilities } from '../api/capabilities';
import { keys } from '../api/keys';
import type { PipelineStep, SessionSnapshot, TrainingSession } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { FeedbackStep } from './FeedbackStep';
import { liveStateFrom, snapshotState, type LiveState } from './live-position';
import { LiveSession } from './LiveSession';
import { useRecovery } from './recovery/useRecovery';
import { useSnapshotSaver } from './recovery/useSnapshotSaver';

/** An active session: waits for the recovery point (if any) so the live view resumes where it was. */
export function ActiveSession({ session }: { session: TrainingSession }) {
  const { t } = useI18n();
  const { can } = useCapabilities();
  const recovery = useRecovery(can('GET /training/recovery'));
  if (recovery.isLoading) return <p aria-busy="true">{t('common.loading')}</p>;
  return <SessionPipeline session={session} recovered={recovery.data?.sessionId === session.id ? recovery.data : null} />;
}

type Step = Extract<PipelineStep, 'session' | 'feedback'>;

/** Live session → feedback, saving the recovery point on every step, set, exercise and rest end, and every 30 s. */
function SessionPipeline({ session, recovered }: { session: TrainingSession; recovered: SessionSnapshot | null }) {
  const { t } = useI18n();
  const { can } = useCapabilities();
  const client = useQueryClient();
  const [resumed] = useState(() => client.getQueryData<SessionSnapshot>(keys.snapshot(session.id)) ?? recovered);
  const [step, setStep] = useState<Step>(resumed?.step === 'feedback' ? 'feedback' : 'session');
  const [live, setLive] = useState<LiveState>(() => (resumed ? liveStateFrom(resumed, Date.now()) : { chosen: null, rest: null }));
  const [saveRequests, setSaveRequests] = useState(0);
  const state = useMemo(() => snapshotState(session, step, live), [session, step, live]);
  const { save, savedAt } = useSnapshotSaver(session.id, state, { enabled: can('PUT /training/sessions/{id}/snapshot'), initialVersion: resumed?.version });
  const requestSave = () => setSaveRequests((n) => n + 1);

  // Runs after the saver has taken the new state: set done, exercise done, rest skipped, step changed.
  useEffect(() => {
    if (saveRequests > 0) void save();
  }, [saveRequests, save]);

  // Rest ended on its own: save when the countdown reaches 0.
  useEffect(() => {
    if (!live.rest) return;
    const timer = setTimeout(() => setSaveRequests((n) => n + 1), Math.max(0, live.rest.endsAt - Date.now()));
    return () => clearTimeout(timer);
  }, [live.rest]);

  const goTo = (next: Step) => {
    setStep(next);
    requestSave();
  };

  if (step === 'feedback') return <FeedbackStep session={session} onBack={() => goTo('session')} />;
  return (
    <>
      {can('POST /training/sessions/{id}/sets') && (
        <LiveSession
          session={session}
          live={live}
          snapshotSavedAt={savedAt}
          onChange={(next, save) => {
            setLive(next);
            if (save) requestSave();
          }}
        />
      )}
      {can('POST /training/sessions/{id}/complete') && (
        <div className="actions finish">
          <button type="button" className="big" onClick={() => goTo('feedback')}>
            {t('feedback.finish')}
          </button>
        </div>
      )}
    </>
  );
}
