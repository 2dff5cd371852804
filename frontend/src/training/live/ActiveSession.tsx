import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useCapabilities } from '../../api/capabilities';
import { keys } from '../../api/keys';
import type { SessionSnapshot, TrainingSession } from '../../api/types';
import { useLocation } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { useKeepSessionOffline, useQueuedSession } from '../../offline/live-writes';
import { OutboxStatus } from '../../offline/OutboxStatus';
import { RecoveryOffer } from '../recovery/RecoveryPrompt';
import { useRecovery } from '../recovery/useRecovery';
import { useSnapshotSaver } from '../recovery/useSnapshotSaver';
import { FeedbackStep } from './FeedbackStep';
import { clock } from './format';
import { emptyLiveState, liveBlocks, liveStateFrom, loggedOf, setProgress, snapshotState, type LiveState } from './live-position';
import { liveStore, useLiveEntry } from './live-store';
import { LiveSession, type LiveUpdate } from './LiveSession';

/**
 * An active session. A recovery point of it saved by an earlier visit (reload, other device) is
 * offered first (Resume / Cancel) unless this tab is already running it; then the pipeline runs
 * from the state chosen.
 */
export function ActiveSession({ session: fromServer }: { session: TrainingSession }) {
  const { t } = useI18n();
  const { can } = useCapabilities();
  const recovery = useRecovery(can('GET /training/recovery'));
  const entry = useLiveEntry(fromServer.id);
  useKeepSessionOffline(fromServer);
  // What the server said plus what waits in the outbox (logged offline, not sent yet).
  const { session, finishedOffline, snapshot } = useQueuedSession(fromServer, recovery.data?.sessionId === fromServer.id ? recovery.data : null);
  if (finishedOffline) return <FinishedOffline sessionId={session.id} />;
  if (recovery.isLoading) return <p aria-busy="true">{t('common.loading')}</p>;
  if (snapshot && !entry.live && !entry.recovery && can('DELETE /training/sessions/{id}/snapshot')) return <RecoveryOffer snapshot={snapshot} />;
  return <SessionPipeline session={session} resumed={entry.recovery === 'resumed' ? snapshot : null} />;
}

type Step = 'session' | 'confirm' | 'feedback';

/** The results of the timed blocks run, as lines for the session notes (feedback step). */
function timedNotes(session: TrainingSession, live: LiveState, t: ReturnType<typeof useI18n>['t']): string[] {
  return liveBlocks(session).flatMap((block) => {
    const state = live.timed[String(block.blockIndex)];
    if (!block.timed || block.timed === 'emom' || !state?.startedAt || !state.endedAt) return [];
    const capSec = (block.block.timeCapMin ?? 0) * 60;
    const seconds = Math.max(0, (state.endedAt - state.startedAt) / 1000);
    const time = clock(capSec > 0 ? Math.min(capSec, seconds) : seconds);
    if (block.timed === 'amrap') {
      if (!state.resultSaved) return [];
      const reps = block.exercises.reduce(
        (sum, entry) => sum + loggedOf(session, entry.exerciseIndex).filter((set) => set.setIndex >= state.rounds * entry.exercise.sets.length).reduce((s, set) => s + (set.reps ?? 0), 0),
        0,
      );
      return [t('live.timed.notes.amrap', { block: block.block.name, rounds: state.rounds, reps, time })];
    }
    return [t('live.timed.notes.forTime', { block: block.block.name, rounds: state.rounds, total: block.block.rounds ?? 1, time })];
  });
}

/** Live session → (sets left? confirm) → feedback, saving the recovery point on every set, exercise, rest end, step, and every 30 s, whenever it changed. */
function SessionPipeline({ session, resumed }: { session: TrainingSession; resumed: SessionSnapshot | null }) {
  const { t } = useI18n();
  const { can } = useCapabilities();
  const { search } = useLocation();
  const client = useQueryClient();
  const [initial] = useState(() => {
    const entry = liveStore.get(session.id);
    const focus: 'start' | 'resume' | null = liveStore.take(session.id, 'justStarted') ? 'start' : resumed && !entry.live ? 'resume' : null;
    const live = entry.live ?? (resumed ? liveStateFrom(resumed, Date.now()) : emptyLiveState());
    const version = client.getQueryData<SessionSnapshot>(keys.snapshot(session.id))?.version ?? resumed?.version;
    return { focus, live, version, feedback: !entry.live && resumed?.step === 'feedback' };
  });
  const [step, setStep] = useState<Step>(initial.feedback ? 'feedback' : search.get('finish') ? 'confirm' : 'session');
  const [live, setLive] = useState<LiveState>(initial.live);
  const [saveRequests, setSaveRequests] = useState(0);
  const state = useMemo(() => snapshotState(session, step === 'feedback' ? 'feedback' : 'session', live), [session, step, live]);
  const { save, savedAt } = useSnapshotSaver(session.id, state, { enabled: can('PUT /training/sessions/{id}/snapshot'), initialVersion: initial.version });
  const requestSave = () => setSaveRequests((n) => n + 1);
  const progress = setProgress(session, live);
  const left = Math.max(0, progress.total - progress.done);

  // Kept for the other screens (the in-progress bar) and for coming back to this one.
  useEffect(() => liveStore.setLive(session.id, live), [session.id, live]);

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

  const update: LiveUpdate = (change, save) => {
    setLive(change);
    if (save) requestSave();
  };
  const goTo = (next: Step) => {
    setStep(next);
    requestSave();
  };
  const finish = () => goTo(left > 0 && step !== 'confirm' ? 'confirm' : 'feedback');
  const keepGoing = () => {
    setStep('session');
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.set-current .done-btn, #live-finish')?.focus());
  };

  if (step === 'feedback') {
    return (
      <FeedbackStep
        session={session}
        suggestedNotes={timedNotes(session, live, t)}
        onBack={() => goTo('session')}
        onCompleted={() => {
          liveStore.markCompleted(session.id);
        }}
      />
    );
  }
  return (
    <>
      {can('POST /training/sessions/{id}/sets') && <LiveSession session={session} live={live} snapshotSavedAt={savedAt} update={update} focusOnMount={initial.focus} />}
      {can('POST /training/sessions/{id}/complete') &&
        (step === 'confirm' && left > 0 ? (
          <FinishConfirm left={left} total={progress.total} onFinish={() => goTo('feedback')} onBack={keepGoing} />
        ) : (
          <div className="actions finish">
            <button type="button" id="live-finish" className="big" onClick={finish}>
              {t('live.finish')}
            </button>
          </div>
        ))}
    </>
  );
}

/** Finished with no network: the completion waits in the outbox, after the sets. */
function FinishedOffline({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="finished-offline-title">
      <h2 id="finished-offline-title">{t('offline.finished.title')}</h2>
      <OutboxStatus sessionId={sessionId} />
      <p>{t('offline.finished.body')}</p>
    </section>
  );
}

/** "12 of 40 sets not done — finish anyway?" before the feedback step. */
function FinishConfirm({ left, total, onFinish, onBack }: { left: number; total: number; onFinish: () => void; onBack: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card finish-confirm" aria-labelledby="finish-confirm-title">
      <h2 id="finish-confirm-title" tabIndex={-1} ref={heading}>
        {t('live.finish.title')}
      </h2>
      <p>{t('live.finish.left', { left, total })}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onFinish}>
          {t('live.finish.anyway')}
        </button>
        <button type="button" onClick={onBack}>
          {t('live.finish.keepGoing')}
        </button>
      </div>
    </section>
  );
}
