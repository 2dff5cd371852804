import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import type { LastPerformance, LogSetRequest, TrainingSession } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ExerciseIllustration } from '../illustrations/ExerciseIllustration';
import { knownIllustrations } from '../illustrations/useIllustration';
import { apiErrorText } from '../../ui/Alert';
import { useExerciseCatalog, useExerciseName } from '../useExerciseCatalog';
import { useQueueSet } from '../../offline/live-writes';
import { OutboxStatus } from '../../offline/OutboxStatus';
import { withLoggedSet } from '../../offline/merge';
import { currentPosition, liveBlocks, loggedOf, nextOpenRow, rowKey, sessionExercises, setProgress, tableRows, WORK_FIELDS, type Field, type LiveBlock, type LiveExercise, type LiveState, type PlannedRow, type TimedState } from './live-position';
import { parseDecimal, parseTime } from './format';
import { RestTimer } from './RestTimer';
import { isEmptySet, parseRowValues } from './row-values';
import { SavedAgo } from './SavedAgo';
import { carriedValues, doneButtonId, exerciseFields, inputId, prefill, SetTable, type RowMessage, type RowValues } from './SetTable';
import { locations } from '../collections';
import { SwapExercise } from './SwapDialog';
import { TimedBlock } from './TimedBlock';
import { warmupImplement, WarmupSets } from './WarmupSets';
import './live.css';

/** A typed value as a number (null when blank or unreadable). */
const numberOf = (field: Field, text: string): number | null => {
  const value = field === 'durationSec' ? parseTime(text) : parseDecimal(text);
  return value === null || Number.isNaN(value) ? null : value;
};
/** The time a set was saved (ms). */
const savedNow = () => Date.now();
const lastSavedAt = (session: TrainingSession) => (session.loggedSets.length ? Math.max(...session.loggedSets.map((set) => Date.parse(set.completedAt))) : null);
/** A failed send worth resending with the same set id: no answer, a timeout, throttling or a server error. */
const retryable = (error: unknown) => !(error instanceof ApiError) || error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;

interface RowState {
  /** The set as first sent (its id is reused by every retry). */
  body?: LogSetRequest;
  saving: boolean;
  failed: boolean;
  message: RowMessage | null;
}

export type LiveUpdate = (change: (live: LiveState) => LiveState, save: boolean) => void;

interface LiveSessionProps {
  session: TrainingSession;
  live: LiveState;
  /** When the recovery point was last saved (ms), for "saved Xs ago". */
  snapshotSavedAt: number | null;
  /** `save`: an event worth a recovery point right away (set done, exercise done, rest ended or skipped). */
  update: LiveUpdate;
  /** Where focus goes when the view appears: the first row after Start, the current row after Resume. */
  focusOnMount: 'start' | 'resume' | null;
}

/** The gym floor: one table per exercise (one tap per set), timed blocks with their clock, the rest timer. */
export function LiveSession({ session, live, snapshotSavedAt, update, focusOnMount }: LiveSessionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const catalog = useExerciseCatalog();
  const exerciseName = useExerciseName();
  const queueSet = useQueueSet(session.id);
  const [rows, setRows] = useState<Record<string, RowState>>({});
  const [setSavedAt, setSetSavedAt] = useState(() => lastSavedAt(session));
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);
  const blocks = liveBlocks(session);
  const position = currentPosition(session, live);
  const progress = setProgress(session, live);
  const savedAt = Math.max(setSavedAt ?? 0, snapshotSavedAt ?? 0) || null;
  const anySaving = Object.values(rows).some((row) => row.saving);
  const anyFailed = Object.values(rows).some((row) => row.failed);
  const name = (entry: LiveExercise) => exerciseName(entry.exercise.exerciseId, entry.exercise.name);
  const locationList = locations.useList();
  const plateInventory = locationList.data?.find((location) => location.id === session.context.locationId)?.plates ?? null;
  const lastOf = (exerciseId: string): LastPerformance | undefined => (session.lastPerformance ?? []).find((entry) => entry.exerciseId === exerciseId);

  // Focus after Start / Resume, once.
  useEffect(() => {
    if (!focusOnMount) return;
    // In this order (a selector list would take the first in the page: a row's plates button before its ✓).
    const selectors = focusOnMount === 'start' ? ['.set-current input, .set-current button, .live .timed button'] : ['.set-current .done-btn', '.set-current button, .live .timed button'];
    const target = selectors.map((selector) => document.querySelector<HTMLElement>(selector)).find((element) => element !== null);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
    // Only when the view appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Focus the next row's ✓ after a set is saved (or the finish button when all are done).
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const patchRow = (key: string, change: Partial<RowState>) =>
    setRows((current) => ({ ...current, [key]: { saving: false, failed: false, message: null, ...current[key], ...change } }));

  /** Stores the set on this device (the outbox sends it, now or once back online): the session with it logged. */
  const send = async (body: LogSetRequest): Promise<TrainingSession> => {
    const stored = await queueSet(body);
    setSetSavedAt(savedNow());
    return withLoggedSet(session, stored);
  };

  /**
   * A row's values: what was typed, over the target; blanks take what today's row before logged or
   * was given by hand (a load entered on set 1 is offered again on set 2), else last time's set at
   * that position, else last time's last set, else what the row before shows.
   */
  const rowValues = (entry: LiveExercise, row: PlannedRow, ordinal: number, all: PlannedRow[]): RowValues => {
    const last = lastOf(entry.exercise.exerciseId);
    const values = prefill(row.target, undefined);
    const fill = (source: RowValues | undefined) => {
      for (const field of WORK_FIELDS) if (!values[field] && source?.[field]) values[field] = source[field];
    };
    const numbers = (source: RowValues | undefined) => Object.fromEntries(WORK_FIELDS.map((field) => [field, source?.[field] ? numberOf(field, source[field]) : null]));
    const before = ordinal > 0 ? all[ordinal - 1]! : null;
    if (before) {
      const logged = loggedOf(session, entry.exerciseIndex).find((set) => set.setIndex === before.setIndex);
      fill(carriedValues(row.target, logged ?? numbers(live.drafts[rowKey(entry.exerciseIndex, before.setIndex)])));
    }
    fill(carriedValues(row.target, last?.sets[ordinal]));
    fill(carriedValues(row.target, last?.sets.at(-1)));
    if (before) fill(carriedValues(row.target, numbers(rowValues(entry, before, ordinal - 1, all))));
    return { ...values, ...live.drafts[rowKey(entry.exerciseIndex, row.setIndex)] };
  };

  const logRow = async (block: LiveBlock, entry: LiveExercise, row: PlannedRow, values: RowValues, force: boolean) => {
    const key = rowKey(entry.exerciseIndex, row.setIndex);
    const n = tableRows(session, live, block, entry).findIndex((r) => r.setIndex === row.setIndex) + 1;
    const state = rows[key];
    if (state?.saving) return;
    let body = state?.body;
    if (!body) {
      const parsed = parseRowValues(values, t);
      if (typeof parsed === 'string') return patchRow(key, { message: { kind: 'invalid', text: parsed } });
      if (!force && isEmptySet(parsed)) return patchRow(key, { message: { kind: 'confirm', text: t('live.empty', { n }) } });
      if (!force && parsed.reps === 0) return patchRow(key, { message: { kind: 'confirm', text: t('live.zeroReps', { n }) } });
      body = { id: crypto.randomUUID(), exerciseIndex: entry.exerciseIndex, setIndex: row.setIndex, ...parsed };
    }
    patchRow(key, { body, saving: true, message: null });
    try {
      const next = await send(body);
      setRows((current) => {
        const { [key]: _done, ...rest } = current;
        return rest;
      });
      setAnnouncement(t('live.saved', { n, name: name(entry) }));
      const exercise = entry.exercise;
      const restSec = row.target?.restSec ?? exercise.sets.at(-1)?.restSec ?? 0;
      update((current) => {
        const { [key]: _draft, ...drafts } = current.drafts;
        const following = nextOpenRow(next, { ...current, drafts }, { exerciseIndex: entry.exerciseIndex, setIndex: row.setIndex });
        focusNext.current = following ? doneButtonId(following.exerciseIndex, following.setIndex) : 'live-finish';
        return {
          ...current,
          drafts,
          cursor: following ? { exerciseIndex: following.exerciseIndex, setIndex: following.setIndex } : null,
          rest: restSec > 0 ? { endsAt: Date.now() + restSec * 1000, totalSec: restSec } : current.rest,
        };
      }, true);
    } catch (error) {
      if (retryable(error)) patchRow(key, { saving: false, failed: true, message: { kind: 'failed', text: t('live.notSaved', { n }) } });
      else patchRow(key, { body: undefined, saving: false, failed: false, message: { kind: 'error', text: error instanceof ApiError ? apiErrorText(error, t) : t('error.unexpected') } });
    }
  };

  const restNext = (() => {
    const entry = blocks.flatMap((block) => block.exercises).find((e) => e.exerciseIndex === position.exerciseIndex);
    if (!entry) return null;
    const block = blocks[entry.blockIndex]!;
    if (block.timed) return name(entry);
    const index = tableRows(session, live, block, entry).findIndex((row) => row.setIndex === position.setIndex);
    return index === -1 ? name(entry) : `${name(entry)} · ${t('live.col.set').toLowerCase()} ${index + 1}`;
  })();
  const showBlockHeadings = blocks.length > 1;

  return (
    <section className="card live" aria-labelledby="live-title">
      <div className="page-head">
        <h2 id="live-title">{t('live.heading')}</h2>
        <SavedAgo savedAt={savedAt} saving={anySaving} failed={anyFailed} />
      </div>
      <OutboxStatus sessionId={session.id} />
      <p className="muted small">{t('live.intro')}</p>
      <div className="live-progress">
        <span>{t('live.setsDone', { done: progress.done, total: progress.total })}</span>
        <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('live.setsDone', { done: progress.done, total: progress.total })} />
      </div>
      <div className="live-sticky">
        {live.rest && (
          <RestTimer
            rest={live.rest}
            next={restNext}
            onChange={(rest) => update((current) => ({ ...current, rest }), true)}
          />
        )}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {blocks.map((block) =>
        block.timed ? (
          <TimedBlock
            key={block.blockIndex}
            session={session}
            block={block}
            state={live.timed[String(block.blockIndex)] ?? { startedAt: null, endedAt: null, rounds: 0, resultSaved: false }}
            catalog={catalog.data}
            lastPerformance={lastOf}
            name={name}
            drafts={live.drafts}
            onEdit={(key, field, value) => update((current) => ({ ...current, drafts: { ...current.drafts, [key]: { ...current.drafts[key], [field]: value } } }), false)}
            onState={(change) =>
              update((current) => {
                const before: TimedState = current.timed[String(block.blockIndex)] ?? { startedAt: null, endedAt: null, rounds: 0, resultSaved: false };
                return { ...current, timed: { ...current.timed, [String(block.blockIndex)]: { ...before, ...change } } };
              }, true)
            }
            send={async (bodies) => {
              for (const body of bodies) await send(body);
            }}
          />
        ) : (
          <section key={block.blockIndex} className="live-block" aria-labelledby={showBlockHeadings ? `live-block-${block.blockIndex}` : undefined}>
            {showBlockHeadings && <h3 id={`live-block-${block.blockIndex}`}>{block.block.name}</h3>}
            {block.exercises.map((entry) => {
              const all = tableRows(session, live, block, entry);
              const logged = loggedOf(session, entry.exerciseIndex);
              const added = live.addedFields[String(entry.exerciseIndex)] ?? [];
              const last = lastOf(entry.exercise.exerciseId);
              const fields = exerciseFields({ item: catalog.data?.get(entry.exercise.exerciseId), targets: all.map((row) => row.target), last, logged, added });
              const Heading = showBlockHeadings ? 'h4' : 'h3';
              const item = catalog.data?.get(entry.exercise.exerciseId);
              const firstOfLift = sessionExercises(session).findIndex((e) => e.exerciseId === entry.exercise.exerciseId) === entry.exerciseIndex;
              const implement = warmupImplement(item, entry.exercise, firstOfLift);
              const firstWork = all.findIndex((row) => row.target?.type !== 'warmup');
              const workingLoadKg = implement && firstWork !== -1 ? numberOf('loadKg', rowValues(entry, all[firstWork]!, firstWork, all).loadKg ?? '') : null;
              const swappedFrom = (session.swaps ?? []).findLast((swap) => swap.exerciseIndex === entry.exerciseIndex && swap.to === entry.exercise.exerciseId);
              return (
                <div key={entry.exerciseIndex} className="live-exercise">
                  <ExerciseIllustration exerciseId={entry.exercise.exerciseId} discipline={session.discipline} name={name(entry)} known={knownIllustrations(session)[entry.exercise.exerciseId]} size="large" />
                  <div className="exercise-tools">
                    <Heading className="live-exercise-name">{name(entry)}</Heading>
                    <SwapExercise session={session} exerciseIndex={entry.exerciseIndex} exercise={entry.exercise} onSwapped={setAnnouncement} />
                  </div>
                  {swappedFrom && <p className="muted small swap-note">{t('swap.swapped', { name: exerciseName(swappedFrom.from) })}</p>}
                  {entry.exercise.notes && <p className="muted small">{entry.exercise.notes}</p>}
                  {implement && workingLoadKg !== null && (
                    <WarmupSets
                      name={name(entry)}
                      implement={implement}
                      workingLoadKg={workingLoadKg}
                      logged={logged.filter((set) => set.type === 'warmup')}
                      onLog={async (step, n) => {
                        const setIndex = Math.max(-1, ...all.map((row) => row.setIndex), ...logged.map((set) => set.setIndex)) + 1;
                        try {
                          await send({ id: crypto.randomUUID(), exerciseIndex: entry.exerciseIndex, setIndex, reps: step.reps, loadKg: step.loadKg, type: 'warmup' });
                          setAnnouncement(t('warmup.logged', { n, name: name(entry) }));
                          update((current) => current, true);
                        } catch {
                          setAnnouncement(t('error.unexpected'));
                        }
                      }}
                    />
                  )}
                  <SetTable
                    name={name(entry)}
                    exerciseIndex={entry.exerciseIndex}
                    rows={all}
                    fields={fields}
                    loggedSets={logged}
                    last={last}
                    plates={item?.equipment.includes('barbell') ? { inventory: plateInventory } : undefined}
                    loggedAs={(set) => (set.exerciseId !== entry.exercise.exerciseId ? t('swap.loggedAs', { name: exerciseName(set.exerciseId) }) : null)}
                    values={(row, ordinal) => rowValues(entry, row, ordinal, all)}
                    status={(row) => ({ saving: !!rows[rowKey(entry.exerciseIndex, row.setIndex)]?.saving, failed: !!rows[rowKey(entry.exerciseIndex, row.setIndex)]?.failed })}
                    message={(row) => rows[rowKey(entry.exerciseIndex, row.setIndex)]?.message ?? null}
                    current={position}
                    addableFields={WORK_FIELDS.filter((field) => !fields.includes(field))}
                    onEdit={(row, field: Field, value) => {
                      const key = rowKey(entry.exerciseIndex, row.setIndex);
                      if (rows[key]?.message?.kind === 'invalid' || rows[key]?.message?.kind === 'confirm') patchRow(key, { message: null });
                      update((current) => ({ ...current, drafts: { ...current.drafts, [key]: { ...current.drafts[key], [field]: value } } }), false);
                    }}
                    onLog={(row, ordinal, force) => void logRow(block, entry, row, rowValues(entry, row, ordinal, all), force)}
                    onDismiss={(row) => patchRow(rowKey(entry.exerciseIndex, row.setIndex), { message: null })}
                    onAddRow={() => {
                      focusNext.current = inputId(entry.exerciseIndex, Math.max(-1, ...all.map((row) => row.setIndex)) + 1, fields[0]!);
                      update((current) => {
                        const count = all.filter((row) => row.target === null).length + 1;
                        return { ...current, addedRows: { ...current.addedRows, [String(entry.exerciseIndex)]: count } };
                      }, true);
                    }}
                    onAddField={(field) => update((current) => ({ ...current, addedFields: { ...current.addedFields, [String(entry.exerciseIndex)]: [...added, field] } }), false)}
                  />
                </div>
              );
            })}
          </section>
        ),
      )}
    </section>
  );
}
