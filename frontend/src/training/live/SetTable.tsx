import type { LastPerformance, LoggedSet, PrescribedSet } from '../../api/types';
import type { PlateInventory } from '../../../../shared/domain/training/location';
import { useI18n } from '../../i18n/i18n';
import type { ExerciseItem } from '../useExerciseCatalog';
import { describeValues, inputText, parseDecimal } from './format';
import { PlatesButton } from './PlateCalculator';
import { rowKey, WORK_FIELDS, type Field, type PlannedRow, type WorkField } from './live-position';

export type RowValues = Partial<Record<Field, string>>;

/** What a row shows under itself: a refusal to fix, a question to confirm, or a failed save. */
export interface RowMessage {
  kind: 'invalid' | 'confirm' | 'failed' | 'error';
  text: string;
}

export interface RowStatus {
  saving: boolean;
  /** Sent, no answer: the row is read-only and "Retry" resends the same set id. */
  failed: boolean;
}

const ENDURANCE = new Set(['running', 'cycling', 'rowing', 'swimming', 'skierg']);

/**
 * The columns of an exercise: what its catalog units log, what the plan, last time or logged sets
 * filled, what the athlete added with "More fields"; RPE always. Reps, load, time and distance
 * stay available to every row through "More fields".
 */
export function exerciseFields(input: {
  item: ExerciseItem | undefined;
  targets: readonly (PrescribedSet | null)[];
  last: LastPerformance | undefined;
  logged: readonly LoggedSet[];
  added: readonly WorkField[];
}): Field[] {
  const wanted = new Set<WorkField>(input.added);
  switch (input.item?.units) {
    case 'reps_load':
      wanted.add('reps').add('loadKg');
      break;
    case 'reps':
      wanted.add('reps');
      break;
    case 'distance':
      wanted.add('distanceM').add('durationSec');
      break;
    case 'time':
      wanted.add('durationSec');
      if (ENDURANCE.has(input.item.discipline)) wanted.add('distanceM');
      break;
    case 'calories':
      wanted.add('durationSec');
      break;
  }
  const sources = [...input.targets.filter((t): t is PrescribedSet => t !== null), ...(input.last?.sets ?? []), ...input.logged];
  for (const source of sources) for (const field of WORK_FIELDS) if (source[field] != null) wanted.add(field);
  if (wanted.size === 0) wanted.add('reps').add('loadKg');
  return [...WORK_FIELDS.filter((field) => wanted.has(field)), 'rpe'];
}

/**
 * What last time (or today's row before) may fill in a row: its load always (the plan said
 * "5 reps", last time says "at 60 kg"); reps, time and distance only when the row's target gives
 * none of them: a 340 m target must not inherit last time's 10:30 for 2.1 km.
 */
export function carriedValues(target: PrescribedSet | null, previous: Partial<Record<WorkField, number | null>> | undefined): RowValues {
  const targetWork = target !== null && (target.reps != null || target.durationSec != null || target.distanceM != null);
  const values: RowValues = {};
  for (const field of WORK_FIELDS) if (field === 'loadKg' || !targetWork) values[field] = inputText(field, previous?.[field]);
  return values;
}

/** A row's starting values: the target, then what last time's set may fill. RPE only from the target: how a set felt is never guessed. */
export function prefill(target: PrescribedSet | null, previous: LastPerformance['sets'][number] | undefined): RowValues {
  const values: RowValues = {};
  const carried = carriedValues(target, previous);
  for (const field of WORK_FIELDS) values[field] = inputText(field, target?.[field]) || carried[field] || '';
  values.rpe = inputText('rpe', target?.targetRpe);
  return values;
}

interface SetTableProps {
  name: string;
  exerciseIndex: number;
  rows: PlannedRow[];
  fields: Field[];
  loggedSets: readonly LoggedSet[];
  last: LastPerformance | undefined;
  /** The values each open row shows (drafts over prefill). */
  values: (row: PlannedRow, ordinal: number) => RowValues;
  status: (row: PlannedRow) => RowStatus;
  message: (row: PlannedRow) => RowMessage | null;
  current: { exerciseIndex: number; setIndex: number };
  addableFields: WorkField[];
  onEdit: (row: PlannedRow, field: Field, value: string) => void;
  onLog: (row: PlannedRow, ordinal: number, force: boolean) => void;
  onDismiss: (row: PlannedRow) => void;
  onAddRow: () => void;
  onAddField: (field: WorkField) => void;
  /** Barbell exercises: each load opens the plate calculator, with the location's plates (null: standard ones). */
  plates?: { inventory: PlateInventory | null };
  /** "done as Back squat" for a set logged before the exercise was swapped (null otherwise). */
  loggedAs?: (set: LoggedSet) => string | null;
}

export const doneButtonId = (exerciseIndex: number, setIndex: number) => `live-done-${exerciseIndex}-${setIndex}`;
export const inputId = (exerciseIndex: number, setIndex: number, field: Field) => `live-in-${exerciseIndex}-${setIndex}-${field}`;

/** The load a row shows: logged, else typed (null when blank or unreadable). */
const loadOf = (logged: number | null | undefined, typed: string | undefined): number | null => {
  if (logged != null) return logged;
  const value = parseDecimal(typed ?? '');
  return value === null || Number.isNaN(value) ? null : value;
};

const INPUT_MODE: Record<Field, 'numeric' | 'decimal' | 'text'> = { reps: 'numeric', loadKg: 'decimal', durationSec: 'text', distanceM: 'decimal', rpe: 'decimal' };

/** One exercise on the gym floor: every set a row, prefilled; ✓ logs it. */
export function SetTable(props: SetTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { name, exerciseIndex, rows, fields, last } = props;
  const done = rows.filter((row) => props.loggedSets.some((set) => set.setIndex === row.setIndex)).length;
  const planned = rows.filter((row) => row.target !== null).length;
  let number = 0;

  return (
    <div className="set-table-block">
      <p className="muted small set-table-meta">
        <span>{t('live.progress', { done, total: Math.max(planned, done) })}</span>
        <span>
          {last
            ? t('live.lastTime', { day: i18n.formatDay(last.localDay), sets: last.sets.map((set) => describeValues(set, i18n)).join(', ') })
            : t('live.firstTime')}
        </span>
      </p>
      <div className="set-table-wrap">
        <table className="set-table">
          <caption className="visually-hidden">{t('live.caption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('live.col.set')}</th>
              <th scope="col">{t('live.col.target')}</th>
              <th scope="col" className="col-prev">
                {t('live.col.previous')}
              </th>
              {fields.map((field) => (
                <th scope="col" key={field} className={`col-${field}`}>
                  <abbr title={t(`live.field.${field}`)}>{t(`live.col.${field}`)}</abbr>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('live.col.done')}</span>
                <span aria-hidden="true">✓</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, ordinal) => {
              const logged = props.loggedSets.find((set) => set.setIndex === row.setIndex);
              const warmup = row.target?.type === 'warmup';
              if (!warmup) number++;
              const n = ordinal + 1;
              const status = props.status(row);
              const message = props.message(row);
              const values = props.values(row, ordinal);
              const previous = last?.sets[ordinal];
              const isCurrent = !logged && props.current.exerciseIndex === exerciseIndex && props.current.setIndex === row.setIndex;
              const previousText = previous ? describeValues(previous, i18n) : '–';
              return [
                <tr key={rowKey(exerciseIndex, row.setIndex)} className={logged ? 'set-done' : isCurrent ? 'set-current' : undefined} aria-current={isCurrent ? 'step' : undefined}>
                  <th scope="row" className="col-n">
                    {warmup ? (
                      <abbr title={t('live.warmup')} className="warmup-mark">
                        {t('live.warmupShort')}
                      </abbr>
                    ) : (
                      number
                    )}
                    {row.target === null && <span className="visually-hidden"> ({t('live.extraSet')})</span>}
                  </th>
                  <td className="col-target">
                    {row.target ? describeValues(row.target, i18n) : '–'}
                    {logged && props.loggedAs?.(logged) && <span className="muted small swap-note"> · {props.loggedAs(logged)}</span>}
                    <span className="prev-inline">{t('live.prevInline', { sets: previousText })}</span>
                  </td>
                  <td className="col-prev">{previousText}</td>
                  {fields.map((field) => (
                    <td key={field} className={`col-${field}`}>
                      {logged ? (
                        <span className="logged-value">{inputText(field, logged[field]) || '–'}</span>
                      ) : (
                        <input
                          id={inputId(exerciseIndex, row.setIndex, field)}
                          aria-label={t('live.input', { field: t(`live.field.${field}`), n })}
                          inputMode={INPUT_MODE[field]}
                          autoComplete="off"
                          readOnly={status.saving || status.failed}
                          aria-invalid={message?.kind === 'invalid' ? true : undefined}
                          value={values[field] ?? ''}
                          placeholder={field === 'durationSec' ? 'm:ss' : undefined}
                          onChange={(event) => props.onEdit(row, field, event.target.value)}
                          onKeyDown={(event) => {
                            if (event.key === 'Enter') props.onLog(row, ordinal, false);
                          }}
                        />
                      )}
                      {field === 'loadKg' && props.plates && <PlatesButton loadKg={loadOf(logged?.loadKg, values.loadKg)} label={t('plates.open', { n, name })} inventory={props.plates.inventory} />}
                    </td>
                  ))}
                  <td className="col-done">
                    {logged ? (
                      <span className="done-mark" role="img" aria-label={t('live.logged', { n, name })}>
                        ✓
                      </span>
                    ) : status.failed ? (
                      <button type="button" id={doneButtonId(exerciseIndex, row.setIndex)} className="retry-btn" onClick={() => props.onLog(row, ordinal, true)} disabled={status.saving} aria-label={t('live.retryLabel', { n, name })}>
                        {status.saving ? '…' : t('live.retry')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        id={doneButtonId(exerciseIndex, row.setIndex)}
                        className="done-btn"
                        onClick={() => props.onLog(row, ordinal, false)}
                        disabled={status.saving}
                        aria-label={status.saving ? t('live.saving', { n }) : t('live.log', { n, name })}
                      >
                        {status.saving ? '…' : '✓'}
                      </button>
                    )}
                  </td>
                </tr>,
                message && (
                  <tr key={`${rowKey(exerciseIndex, row.setIndex)}:message`} className="row-message">
                    <td colSpan={fields.length + 4}>
                      <div className={message.kind === 'confirm' ? 'alert alert-info' : 'alert alert-error'} role="alert">
                        <p>{message.text}</p>
                        {message.kind === 'confirm' && (
                          <div className="actions">
                            <button type="button" className="primary" onClick={() => props.onLog(row, ordinal, true)}>
                              {t('live.logAnyway')}
                            </button>
                            <button type="button" onClick={() => props.onDismiss(row)}>
                              {t('live.cancel')}
                            </button>
                          </div>
                        )}
                      </div>
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      </div>
      <div className="actions set-table-actions">
        <button type="button" onClick={props.onAddRow} aria-label={t('live.addSetTo', { name })}>
          + {t('live.addSet')}
        </button>
        {props.addableFields.length > 0 && (
          <details className="more-fields">
            <summary aria-label={t('live.moreFieldsOf', { name })}>{t('live.moreFields')}</summary>
            <p className="muted small">{t('live.fieldsHint')}</p>
            <div className="actions">
              {props.addableFields.map((field) => (
                <button type="button" key={field} onClick={() => props.onAddField(field)}>
                  + {t(`live.field.${field}`)}
                </button>
              ))}
            </div>
          </details>
        )}
      </div>
    </div>
  );
}
