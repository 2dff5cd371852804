import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { LastPerformance, LogSetRequest, TrainingSession } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Alert } from '../../ui/Alert';
import { useNow } from '../../ui/useNow';
import type { ExerciseItem } from '../useExerciseCatalog';
import { clock, describeValues, parseDecimal, parseTime } from './format';
import { emomSlots, findLogged, roundSetIndex, type Field, type LiveBlock, type LiveExercise, type TimedState } from './live-position';
import { exerciseFields, prefill, type RowValues } from './SetTable';
import { parseRowValues } from './row-values';

/*
 * How timed blocks are logged (so volume, reps, distance and records come out right):
 * - every round is logged as it is done, one set per exercise of the block (and per prescribed set
 *   of it), with the round's values (the plan's, or what the athlete changed above the clock);
 *   set indexes run on round after round (round r, set s → r × sets + s), so nothing is ever
 *   counted twice and a crash loses at most the round in progress;
 * - AMRAP: "+1 round" logs a round; when the clock stops, the unfinished round is logged as one
 *   last set per exercise holding only what was done of it (e.g. 7 of 12 reps);
 * - For Time: ticking round n logs it; the last round (or "Done") stops the stopwatch;
 * - EMOM: each minute's "Done" logs that minute's exercise and set.
 * A block's clock time (For Time result, AMRAP length) is NOT written as durationSec on its sets:
 * a set's duration is read as the time that set took (records "longest effort" and, with a
 * distance, "best pace"), and the whole block's time would make every exercise of it a false
 * record. Exercises prescribed by time keep their own time. The block's result (rounds + reps,
 * time) goes into the session notes offered at the feedback step, and the sets' completedAt
 * keep each round's time.
 */

const retryable = (error: unknown) => !(error instanceof ApiError) || error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;

interface TimedBlockProps {
  session: TrainingSession;
  block: LiveBlock;
  state: TimedState;
  catalog: Map<string, ExerciseItem> | undefined;
  lastPerformance: (exerciseId: string) => LastPerformance | undefined;
  name: (entry: LiveExercise) => string;
  drafts: Record<string, RowValues>;
  onEdit: (key: string, field: Field, value: string) => void;
  onState: (change: Partial<TimedState>) => void;
  /** Logs the sets in order; resolves when all are saved. */
  send: (bodies: LogSetRequest[]) => Promise<void>;
}

export const roundKey = (exerciseIndex: number) => `round:${exerciseIndex}`;

/** What a round of the block holds per exercise: fields and values (drafts over the plan, else last time). */
function useRoundValues(props: TimedBlockProps) {
  return props.block.exercises.map((entry) => {
    const last = props.lastPerformance(entry.exercise.exerciseId);
    const fields = exerciseFields({ item: props.catalog?.get(entry.exercise.exerciseId), targets: entry.exercise.sets, last, logged: [], added: [] });
    const values = { ...prefill(entry.exercise.sets[0] ?? null, last?.sets[0]), ...props.drafts[roundKey(entry.exerciseIndex)] };
    return { entry, fields, values };
  });
}

/** The one number of an unfinished round: reps when the exercise counts reps, else distance, else time. */
const mainField = (fields: Field[]): Field => (fields.includes('reps') ? 'reps' : fields.includes('distanceM') ? 'distanceM' : 'durationSec');

/** An AMRAP, EMOM or For Time block run with its clock. */
export function TimedBlock(props: TimedBlockProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { block, state } = props;
  const rounds = useRoundValues(props);
  const [pending, setPending] = useState<{ bodies: LogSetRequest[]; apply: Partial<TimedState> } | null>(null);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [extra, setExtra] = useState<Record<number, string>>({});
  const now = useNow(250, state.startedAt !== null && state.endedAt === null);
  const capSec = (block.block.timeCapMin ?? 0) * 60;
  const elapsed = state.startedAt === null ? 0 : Math.max(0, ((state.endedAt ?? now) - state.startedAt) / 1000);

  const run = async (action: { bodies: LogSetRequest[]; apply: Partial<TimedState> }) => {
    setPending(action);
    setSaving(true);
    setFailed(null);
    try {
      await props.send(action.bodies);
      setPending(null);
      props.onState(action.apply);
    } catch (error) {
      if (retryable(error)) setFailed(t('live.timed.notSaved'));
      else {
        setPending(null);
        setFailed(error instanceof ApiError ? error.detail || error.title : t('error.unexpected'));
      }
    } finally {
      setSaving(false);
    }
  };

  /** The sets of round `round` for every exercise (values checked first). */
  const roundBodies = (round: number): LogSetRequest[] | string => {
    const bodies: LogSetRequest[] = [];
    for (const { entry, values } of rounds) {
      const parsed = parseRowValues(values, t);
      if (typeof parsed === 'string') return parsed;
      entry.exercise.sets.forEach((_, set) =>
        bodies.push({ id: crypto.randomUUID(), exerciseIndex: entry.exerciseIndex, setIndex: roundSetIndex(round, set, entry.exercise.sets.length), ...parsed }),
      );
    }
    return bodies;
  };
  const logRound = (round: number, apply: Partial<TimedState>) => {
    const bodies = roundBodies(round);
    if (typeof bodies === 'string') setFailed(bodies);
    else void run({ bodies, apply });
  };

  const start = () => props.onState({ startedAt: Date.now(), endedAt: null });
  const heading = `${block.block.name}`;
  const format =
    block.timed === 'amrap'
      ? t('live.timed.amrap', { time: clock(capSec) })
      : block.timed === 'emom'
        ? t('live.timed.emom', { time: clock(capSec || emomSlots(block).length * 60) })
        : capSec
          ? t('live.timed.forTime', { rounds: block.block.rounds ?? 1, time: clock(capSec) })
          : t('live.timed.forTimeNoCap', { rounds: block.block.rounds ?? 1 });

  return (
    <section className={`card timed timed-${block.timed}`} aria-labelledby={`timed-${block.blockIndex}`}>
      <h3 id={`timed-${block.blockIndex}`}>{heading}</h3>
      <p className="timed-format">{format}</p>
      <RoundValues rounds={rounds} readOnly={saving} onEdit={props.onEdit} name={props.name} />
      {failed && <Alert kind="error">{failed}</Alert>}
      {pending && failed && !saving && (
        <button type="button" className="primary" onClick={() => void run(pending)}>
          {t('live.timed.retry')}
        </button>
      )}
      {state.startedAt === null ? (
        <button type="button" className="primary big" onClick={start}>
          {t('live.timed.start')}
        </button>
      ) : block.timed === 'amrap' ? (
        <Amrap
          capSec={capSec}
          elapsed={elapsed}
          state={state}
          busy={saving || !!pending}
          rounds={rounds}
          name={props.name}
          extra={extra}
          onExtra={(index, value) => setExtra({ ...extra, [index]: value })}
          onRound={() => logRound(state.rounds, { rounds: state.rounds + 1 })}
          onStop={() => props.onState({ endedAt: Date.now() })}
          onSave={() => {
            const bodies: LogSetRequest[] = [];
            for (const [index, { entry, fields, values }] of rounds.entries()) {
              const text = extra[index]?.trim();
              if (!text) continue;
              const field = mainField(fields);
              const parsed = parseRowValues({ [field]: text, loadKg: values.loadKg ?? '', rpe: values.rpe ?? '' }, t);
              if (typeof parsed === 'string') return setFailed(parsed);
              if (parsed[field as 'reps'] === 0) continue;
              bodies.push({ id: crypto.randomUUID(), exerciseIndex: entry.exerciseIndex, setIndex: roundSetIndex(state.rounds, 0, entry.exercise.sets.length), ...parsed });
            }
            void run({ bodies, apply: { resultSaved: true, endedAt: state.endedAt ?? Date.now() } });
          }}
        />
      ) : block.timed === 'for_time' ? (
        <ForTime
          capSec={capSec}
          elapsed={elapsed}
          total={block.block.rounds ?? 1}
          state={state}
          busy={saving || !!pending}
          onRound={(round) => logRound(round, round + 1 >= (block.block.rounds ?? 1) ? { rounds: round + 1, endedAt: Date.now() } : { rounds: round + 1 })}
          onStop={() => props.onState({ endedAt: Date.now() })}
        />
      ) : (
        <Emom
          block={block}
          session={props.session}
          elapsed={elapsed}
          busy={saving || !!pending}
          describe={(exerciseIndex) => {
            const round = rounds.find((r) => r.entry.exerciseIndex === exerciseIndex)!;
            return `${props.name(round.entry)} · ${describeValues(numbersOf(round.values), i18n)}`;
          }}
          onLog={(exerciseIndex, setIndex) => {
            const round = rounds.find((r) => r.entry.exerciseIndex === exerciseIndex)!;
            const parsed = parseRowValues(round.values, t);
            if (typeof parsed === 'string') return setFailed(parsed);
            void run({ bodies: [{ id: crypto.randomUUID(), exerciseIndex, setIndex, ...parsed }], apply: {} });
          }}
        />
      )}
    </section>
  );
}

/** A round's values as numbers for display (unreadable ones left out). */
const numbersOf = (values: RowValues) => {
  const known = (value: number | null) => (value === null || Number.isNaN(value) ? null : value);
  return {
    reps: known(parseDecimal(values.reps ?? '')),
    loadKg: known(parseDecimal(values.loadKg ?? '')),
    distanceM: known(parseDecimal(values.distanceM ?? '')),
    durationSec: known(parseTime(values.durationSec ?? '')),
    rpe: known(parseDecimal(values.rpe ?? '')),
  };
};

function RoundValues({ rounds, readOnly, onEdit, name }: { rounds: ReturnType<typeof useRoundValues>; readOnly: boolean; onEdit: TimedBlockProps['onEdit']; name: TimedBlockProps['name'] }) {
  const { t } = useI18n();
  return (
    <div className="set-table-wrap">
      <table className="set-table round-table">
        <caption className="muted small">{t('live.timed.roundValues')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('live.timed.exercise')}</th>
            <th scope="col">{t('live.timed.values')}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map(({ entry, fields, values }) => (
            <tr key={entry.exerciseIndex}>
              <th scope="row">{name(entry)}</th>
              <td>
                <div className="round-inputs">
                  {fields.map((field) => (
                    <label key={field} className="round-input">
                      <span>{t(`live.col.${field}`)}</span>
                      <input
                        aria-label={`${t(`live.field.${field}`)} · ${name(entry)}`}
                        inputMode={field === 'reps' ? 'numeric' : field === 'durationSec' ? 'text' : 'decimal'}
                        autoComplete="off"
                        readOnly={readOnly}
                        value={values[field] ?? ''}
                        placeholder={field === 'durationSec' ? 'm:ss' : undefined}
                        onChange={(event) => onEdit(roundKey(entry.exerciseIndex), field, event.target.value)}
                      />
                    </label>
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface AmrapProps {
  capSec: number;
  elapsed: number;
  state: TimedState;
  busy: boolean;
  rounds: ReturnType<typeof useRoundValues>;
  name: TimedBlockProps['name'];
  extra: Record<number, string>;
  onExtra: (index: number, value: string) => void;
  onRound: () => void;
  onStop: () => void;
  onSave: () => void;
}

function Amrap({ capSec, elapsed, state, busy, rounds, name, extra, onExtra, onRound, onStop, onSave }: AmrapProps) {
  const { t } = useI18n();
  const over = state.endedAt !== null || (capSec > 0 && elapsed >= capSec);
  const extraReps = rounds.reduce((sum, { fields }, index) => sum + (mainField(fields) === 'reps' ? Number(extra[index] || 0) || 0 : 0), 0);
  if (state.resultSaved) return <p className="timed-result">{t('live.timed.result.amrap', { rounds: state.rounds, reps: extraReps })}</p>;
  return (
    <div className="timed-run">
      <div className="timed-clock-row">
        <span className="timed-clock-label">{over ? t('live.timed.timeUp') : t('live.timed.left')}</span>
        <span role="timer" aria-live="off" className="timed-clock">
          {clock(capSec > 0 ? capSec - elapsed : elapsed)}
        </span>
      </div>
      <p className="timed-rounds" role="status">
        {t('live.timed.rounds', { n: state.rounds })}
      </p>
      {!over ? (
        <div className="actions">
          <button type="button" className="primary big" onClick={onRound} disabled={busy}>
            {t('live.timed.addRound')}
            <span className="visually-hidden"> {t('live.timed.addRoundLabel', { n: state.rounds + 1 })}</span>
          </button>
          <button type="button" onClick={onStop} disabled={busy}>
            {t('live.timed.stop')}
          </button>
        </div>
      ) : (
        <fieldset className="amrap-extra">
          <legend>{t('live.timed.extra')}</legend>
          {rounds.map(({ entry, fields }, index) => {
            const field = mainField(fields);
            return (
              <label key={entry.exerciseIndex} className="round-input">
                <span>
                  {t('live.timed.extraOf', { name: name(entry) })} ({t(`live.field.${field}`)})
                </span>
                <input inputMode={field === 'reps' ? 'numeric' : 'decimal'} autoComplete="off" value={extra[index] ?? ''} onChange={(event) => onExtra(index, event.target.value)} />
              </label>
            );
          })}
          <button type="button" className="primary" onClick={onSave} disabled={busy}>
            {t('live.timed.save')}
          </button>
        </fieldset>
      )}
    </div>
  );
}

interface ForTimeProps {
  capSec: number;
  elapsed: number;
  total: number;
  state: TimedState;
  busy: boolean;
  onRound: (round: number) => void;
  onStop: () => void;
}

function ForTime({ capSec, elapsed, total, state, busy, onRound, onStop }: ForTimeProps) {
  const { t } = useI18n();
  const capped = capSec > 0 && elapsed >= capSec;
  const shown = capped ? capSec : elapsed;
  return (
    <div className="timed-run">
      <div className="timed-clock-row">
        <span className="timed-clock-label">{capped ? t('live.timed.timeUp') : t('live.timed.elapsed')}</span>
        <span role="timer" aria-live="off" className="timed-clock">
          {clock(shown)}
        </span>
        {capSec > 0 && <span className="muted">{t('live.timed.cap', { time: clock(capSec) })}</span>}
      </div>
      <ol className="round-checklist">
        {Array.from({ length: total }, (_, round) => (
          <li key={round} className={round < state.rounds ? 'round-done' : undefined}>
            {round < state.rounds ? (
              <span>
                <span aria-hidden="true">✓ </span>
                {t('live.timed.roundLogged', { n: round + 1 })}
              </span>
            ) : round === state.rounds && state.endedAt === null ? (
              <button type="button" className="primary" onClick={() => onRound(round)} disabled={busy}>
                {t('live.timed.markRound', { n: round + 1 })}
                <span className="visually-hidden"> {t('live.timed.markRoundLabel')}</span>
              </button>
            ) : (
              <span className="muted">{t('live.timed.roundN', { n: round + 1 })}</span>
            )}
          </li>
        ))}
      </ol>
      {state.endedAt === null ? (
        <button type="button" onClick={onStop} disabled={busy}>
          {t('live.timed.done')}
        </button>
      ) : (
        <p className="timed-result" role="status">
          {state.rounds >= total
            ? t('live.timed.result.forTime', { rounds: state.rounds, time: clock(elapsed) })
            : capped
              ? t('live.timed.result.capped', { rounds: state.rounds, total })
              : t('live.timed.result.stopped', { rounds: state.rounds, total, time: clock(elapsed) })}
        </p>
      )}
    </div>
  );
}

interface EmomProps {
  block: LiveBlock;
  session: TrainingSession;
  elapsed: number;
  busy: boolean;
  describe: (exerciseIndex: number) => string;
  onLog: (exerciseIndex: number, setIndex: number) => void;
}

function Emom({ block, session, elapsed, busy, describe, onLog }: EmomProps) {
  const { t } = useI18n();
  const slots = emomSlots(block);
  const minute = Math.floor(elapsed / 60);
  const slot = slots[minute];
  const next = slots[minute + 1];
  const logged = (s: (typeof slots)[number]) => !!findLogged(session, s.exerciseIndex, s.setIndex);
  return (
    <div className="timed-run">
      {slot ? (
        <div key={minute} className="emom-minute emom-tick">
          <div className="timed-clock-row">
            <span className="timed-clock-label">{t('live.emom.minute', { n: minute + 1, total: slots.length })}</span>
            <span role="timer" aria-live="off" className="timed-clock">
              {clock(60 - (elapsed % 60))}
            </span>
          </div>
          <p className="emom-now" role="status">
            {t('live.emom.now', { what: describe(slot.exerciseIndex) })}
          </p>
          {logged(slot) ? (
            <p className="timed-result">{t('live.emom.logged', { n: minute + 1 })}</p>
          ) : (
            <button type="button" className="primary big" disabled={busy} onClick={() => onLog(slot.exerciseIndex, slot.setIndex)}>
              {t('live.emom.log')}
              <span className="visually-hidden"> {t('live.emom.logLabel', { n: minute + 1, what: describe(slot.exerciseIndex) })}</span>
            </button>
          )}
          {next && <p className="muted">{t('live.emom.next', { what: describe(next.exerciseIndex) })}</p>}
        </div>
      ) : (
        <p className="timed-result" role="status">
          {t('live.emom.over')}
        </p>
      )}
      <ol className="emom-schedule" aria-label={t('live.emom.schedule')}>
        {slots.map((s) => (
          <li key={s.minute} className={logged(s) ? 'round-done' : s.minute === minute ? 'emom-due' : undefined}>
            {t('live.emom.minuteN', { n: s.minute + 1 })}
            {logged(s) && <span aria-hidden="true"> ✓</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
