import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useCapabilities } from '../../api/capabilities';
import type { Coach, Discipline, Equipment, Location } from '../../api/types';
import { Link, navigate } from '../../app/router';
import { useI18n, type TextKey } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { useFormErrors } from '../../ui/errors/useFormErrors';
import { SelectField, TextField } from '../../ui/Field';
import { usePageTitle } from '../../ui/usePageTitle';
import { equipmentValues, toggleEquipment } from '../locations/equipment';
import { coachDisciplines, coachOrder, disciplineNeeds } from './coaches';
import { loadChoices, quickMinutes, saveChoices, toRequest, type PrepareChoices, type PrepareMode } from './prepare-state';
import { useGenerateSession, usePrepareGoals, usePrepareLocations } from './usePrepare';
import './prepare.css';

/** Request fields, in the order their controls appear (an API error on one, or on one of its items, lands there). */
const FIELDS = ['coach', 'discipline', 'locationId', 'equipment', 'durationMin', 'energy', 'goals', 'avoid', 'mode'] as const;
type FieldName = (typeof FIELDS)[number];
const fieldOf = (path: string): string | undefined => path.split('.')[0];

/** Training › Prepare: the athlete tells a coach what today looks like, the coach writes the session. */
export function PreparePage() {
  const { t, m } = useI18n();
  const { can } = useCapabilities();
  usePageTitle(t('prepare.title'));
  const [initial] = useState(loadChoices);
  const [choices, setChoices] = useState<PrepareChoices>(initial.choices);
  const change = (changes: Partial<PrepareChoices>) => setChoices((current) => ({ ...current, ...changes }));
  const locations = usePrepareLocations();
  const goals = usePrepareGoals();
  const generate = useGenerateSession();
  const formRef = useRef<HTMLFormElement>(null);
  const labels: Record<FieldName, string> = {
    coach: t('prepare.coach'),
    discipline: t('prepare.discipline'),
    locationId: t('prepare.location'),
    equipment: t('prepare.equipment'),
    durationMin: t('prepare.time.minutes'),
    energy: t('prepare.energy'),
    goals: t('prepare.goals'),
    avoid: t('prepare.avoid'),
    mode: t('prepare.mode'),
  };
  const form = useFormErrors(generate.error, { labels, fieldOf });
  const errors = Object.fromEntries(FIELDS.map((field) => [field, form.of(field)])) as Record<FieldName, string | undefined>;

  const activeGoals = useMemo(() => (goals.data ?? []).filter((goal) => goal.status === 'active'), [goals.data]);
  const location = (locations.data ?? []).find((item) => item.id === choices.locationId) ?? null;
  // A remembered location that no longer exists (or another athlete's on this device) is not sent.
  const chosen: PrepareChoices = locations.isSuccess && !location ? { ...choices, locationId: null } : choices;

  // After a refusal, focus the first field the API named (a group: its first control), else the alert.
  useEffect(() => {
    const element = formRef.current;
    if (!generate.error || !element) return;
    const target =
      element.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input:not(:disabled), [data-invalid] button:not(:disabled)') ??
      element.querySelector<HTMLElement>('[role="alert"]');
    target?.focus({ preventScroll: true });
    target?.scrollIntoView?.({ block: 'center' });
  }, [generate.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (generate.isPending || generate.isSuccess) return;
    const titles = new Map(activeGoals.map((goal) => [goal.id, goal.title]));
    generate.mutate(toRequest(chosen, titles), {
      onSuccess: (session) => {
        saveChoices(chosen);
        navigate(`/training/sessions/${encodeURIComponent(session.id)}`);
      },
    });
  };
  const busy = generate.isPending || generate.isSuccess;

  return (
    <form ref={formRef} className="prepare" onSubmit={submit} noValidate aria-labelledby="prepare-title" aria-busy={busy}>
      <div className="page-head">
        <h1 id="prepare-title">{t('prepare.title')}</h1>
        <Link to="/training/new">{t('prepare.writeOwn')}</Link>
      </div>
      <p className="muted">{t('prepare.intro')}</p>
      {initial.remembered && <p className="small muted">{t('prepare.remembered')}</p>}
      <ErrorAlert error={generate.error} form={form} />

      <CoachPicker coach={choices.coach} error={errors.coach} onChange={(coach) => change({ coach, discipline: null })} />
      <DisciplinePicker
        coach={choices.coach}
        discipline={choices.discipline}
        available={[...(location?.equipment ?? []), ...choices.equipment]}
        error={errors.discipline}
        onChange={(discipline) => change({ discipline })}
      />

      <fieldset className="prepare-group">
        <legend>{t('prepare.where')}</legend>
        {can('GET /training/locations') && (
          <LocationPicker
            locations={locations.data ?? []}
            loading={locations.isPending}
            location={location}
            error={errors.locationId}
            canManage={can('GET /training/locations', 'POST /training/locations')}
            onChange={(locationId) => change({ locationId })}
          />
        )}
        <EquipmentChips
          selected={choices.equipment}
          location={location}
          error={errors.equipment}
          onChange={(equipment) => change({ equipment })}
        />
      </fieldset>

      <TimePicker minutes={choices.durationMin} error={errors.durationMin} onChange={(durationMin) => change({ durationMin })} />
      <EnergyPicker energy={choices.energy} error={errors.energy} onChange={(energy) => change({ energy })} />

      <fieldset className="prepare-group" data-invalid={errors.goals ? '' : undefined}>
        <legend>{t('prepare.goals')}</legend>
        {can('GET /training/goals') && (
          <>
            {activeGoals.length > 0 ? (
              <>
                <p className="small muted" id="prepare-goals-hint">
                  {t('prepare.goals.hint')}
                </p>
                <div className="toggle-chips" role="group" aria-label={t('prepare.goals')} aria-describedby="prepare-goals-hint">
                  {activeGoals.map((goal) => (
                    <ToggleChip
                      key={goal.id}
                      pressed={choices.goalIds.includes(goal.id)}
                      onToggle={(pressed) => change({ goalIds: pressed ? [...choices.goalIds, goal.id] : choices.goalIds.filter((id) => id !== goal.id) })}
                    >
                      {goal.title}
                    </ToggleChip>
                  ))}
                </div>
              </>
            ) : (
              goals.isSuccess && <p className="small muted">{t('prepare.goals.none')}</p>
            )}
            {can('GET /training/goals', 'POST /training/goals') && (
              <p className="small">
                <Link to="/training/goals">{t('prepare.goals.manage')}</Link>
              </p>
            )}
          </>
        )}
        <TextField
          label={t('prepare.goals.other')}
          hint={t('prepare.goals.other.hint')}
          maxLength={600}
          value={choices.otherGoal}
          error={errors.goals}
          onChange={(e) => change({ otherGoal: e.target.value })}
        />
      </fieldset>

      <TextField
        label={t('prepare.avoid')}
        hint={t('prepare.avoid.hint')}
        maxLength={800}
        autoComplete="off"
        value={choices.avoid}
        error={errors.avoid}
        onChange={(e) => change({ avoid: e.target.value })}
      />

      <ModePicker mode={choices.mode} error={errors.mode} onChange={(mode) => change({ mode })} />

      <div className="actions prepare-submit">
        <button type="submit" className="primary big" disabled={busy} aria-describedby="prepare-busy">
          {busy ? t('prepare.busy') : t('prepare.submit', { coach: m.coach[choices.coach] })}
        </button>
        <span id="prepare-busy" role="status" className="visually-hidden">
          {busy ? t('prepare.busy') : ''}
        </span>
      </div>
    </form>
  );
}

function GroupError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <small id={id} className="field-error">
      {error}
    </small>
  );
}

function ToggleChip({ pressed, disabled, onToggle, children, label }: { pressed: boolean; disabled?: boolean; onToggle: (pressed: boolean) => void; children: ReactNode; label?: string }) {
  return (
    <button type="button" className="toggle-chip" aria-pressed={pressed} disabled={disabled} aria-label={label} onClick={() => onToggle(!pressed)}>
      {children}
    </button>
  );
}

function CoachPicker({ coach, error, onChange }: { coach: Coach; error: string | undefined; onChange: (coach: Coach) => void }) {
  const { t, m } = useI18n();
  const id = useId();
  return (
    <fieldset className="prepare-group" data-invalid={error ? '' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('prepare.coach')}</legend>
      <div className="coach-cards">
        {coachOrder.map((value) => (
          <label key={value} className="coach-card">
            <input
              type="radio"
              name="coach"
              value={value}
              checked={coach === value}
              onChange={() => onChange(value)}
              aria-labelledby={`${id}-${value}-name`}
              aria-describedby={`${id}-${value}-style ${id}-${value}-disciplines`}
            />
            <span className="coach-card-name" id={`${id}-${value}-name`}>
              {m.coach[value]}
            </span>
            <span className="coach-card-style" id={`${id}-${value}-style`}>
              {t(`prepare.coach.${value}` satisfies TextKey)}
            </span>
            <span className="coach-card-disciplines" id={`${id}-${value}-disciplines`}>
              {t('prepare.coach.disciplines', { list: coachDisciplines[value].map((d) => m.discipline[d]).join(', ') })}
            </span>
          </label>
        ))}
      </div>
      <GroupError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

function DisciplinePicker({
  coach,
  discipline,
  available,
  error,
  onChange,
}: {
  coach: Coach;
  discipline: Discipline | null;
  available: Equipment[];
  error: string | undefined;
  onChange: (discipline: Discipline | null) => void;
}) {
  const { t, m } = useI18n();
  const accepted = coachDisciplines[coach];
  const needed = discipline && accepted.includes(discipline) ? disciplineNeeds[discipline] : undefined;
  const missing = needed && !available.includes(needed) ? needed : undefined;
  if (accepted.length === 1 && !error) {
    return <p className="prepare-discipline-only">{t('prepare.discipline.only', { coach: m.coach[coach], discipline: m.discipline[accepted[0]!] })}</p>;
  }
  return (
    <SelectField
      label={t('prepare.discipline')}
      value={discipline ?? ''}
      error={error}
      onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as Discipline))}
      options={[{ value: '', label: t('prepare.discipline.choice') }, ...accepted.map((value) => ({ value, label: m.discipline[value] }))]}
      hint={missing && discipline ? t('prepare.discipline.needs', { discipline: m.discipline[discipline], equipment: m.equipment[missing] }) : undefined}
    />
  );
}

function LocationPicker({
  locations,
  loading,
  location,
  error,
  canManage,
  onChange,
}: {
  locations: Location[];
  loading: boolean;
  location: Location | null;
  error: string | undefined;
  canManage: boolean;
  onChange: (locationId: string | null) => void;
}) {
  const { t, m } = useI18n();
  return (
    <div className="prepare-location">
      {locations.length > 0 || error ? (
        <SelectField
          label={t('prepare.location')}
          value={location?.id ?? ''}
          error={error}
          onChange={(e) => onChange(e.target.value || null)}
          options={[{ value: '', label: t('prepare.location.none') }, ...locations.map((item) => ({ value: item.id, label: t('prepare.location.option', { name: item.name, kind: m.locationKind[item.kind] }) }))]}
        />
      ) : (
        !loading && <p className="small muted">{t('prepare.location.noneSaved')}</p>
      )}
      {location &&
        (location.equipment.length > 0 ? (
          <div>
            <p className="small prepare-location-title" id="prepare-location-equipment">
              {t('prepare.location.equipment', { name: location.name })}
            </p>
            <ul className="chips" aria-labelledby="prepare-location-equipment">
              {location.equipment.map((item) => (
                <li key={item}>{m.equipment[item]}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="small muted">{t('prepare.location.empty', { name: location.name })}</p>
        ))}
      {canManage && (
        <p className="small">
          <Link to="/training/locations">{t('prepare.location.manage')}</Link>
        </p>
      )}
    </div>
  );
}

function EquipmentChips({ selected, location, error, onChange }: { selected: Equipment[]; location: Location | null; error: string | undefined; onChange: (equipment: Equipment[]) => void }) {
  const { t, m } = useI18n();
  const id = useId();
  const atLocation = new Set(location?.equipment ?? []);
  // The location's equipment is there anyway: shown pressed, not a choice.
  const choosable = equipmentValues.filter((value) => !atLocation.has(value) && !(value === 'none' && atLocation.size > 0));
  return (
    <div className="prepare-equipment" data-invalid={error ? '' : undefined}>
      <p className="prepare-subhead" id={`${id}-label`}>
        {location ? t('prepare.equipment.extra') : t('prepare.equipment')}{' '}
        {selected.length > 0 && <span className="muted small">· {t('prepare.equipment.count', { count: selected.length })}</span>}
      </p>
      <p className="small muted" id={`${id}-hint`}>
        {t('prepare.equipment.hint')}
      </p>
      <div className="toggle-chips" role="group" aria-labelledby={`${id}-label`} aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}>
        {choosable.map((value) => (
          <ToggleChip key={value} pressed={selected.includes(value)} onToggle={(pressed) => onChange(toggleEquipment(selected, value, pressed))}>
            {m.equipment[value]}
          </ToggleChip>
        ))}
      </div>
      <GroupError id={`${id}-error`} error={error} />
    </div>
  );
}

function TimePicker({ minutes, error, onChange }: { minutes: string; error: string | undefined; onChange: (minutes: string) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="prepare-group">
      <legend>{t('prepare.time')}</legend>
      <div className="prepare-time">
        <div className="toggle-chips" role="group" aria-label={t('prepare.time.quickPicks')}>
          {quickMinutes.map((value) => (
            <ToggleChip key={value} pressed={Number(minutes) === value} onToggle={() => onChange(String(value))}>
              {t('prepare.time.quick', { min: value })}
            </ToggleChip>
          ))}
        </div>
        <TextField
          label={t('prepare.time.minutes')}
          type="number"
          inputMode="numeric"
          min={10}
          max={180}
          value={minutes}
          error={error}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </fieldset>
  );
}

function EnergyPicker({ energy, error, onChange }: { energy: number; error: string | undefined; onChange: (energy: number) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="prepare-group" data-invalid={error ? '' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('prepare.energy')}</legend>
      <div className="energy-scale">
        {[1, 2, 3, 4, 5].map((value) => (
          <label key={value} className="energy-option">
            <input type="radio" name="energy" value={value} checked={energy === value} onChange={() => onChange(value)} />
            <span className="energy-number" aria-hidden="true">
              {value}
            </span>
            <span className="energy-word">
              <span className="visually-hidden">{value} · </span>
              {t(`prepare.energy.${value}` as TextKey)}
            </span>
          </label>
        ))}
      </div>
      <GroupError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

function ModePicker({ mode, error, onChange }: { mode: PrepareMode; error: string | undefined; onChange: (mode: PrepareMode) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="prepare-group" data-invalid={error ? '' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('prepare.mode')}</legend>
      <div className="mode-options">
        {(['fast', 'full'] as const).map((value) => (
          <label key={value} className="mode-option">
            <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => onChange(value)} aria-labelledby={`${id}-${value}-name`} aria-describedby={`${id}-${value}`} />
            <span className="mode-name" id={`${id}-${value}-name`}>{t(`prepare.mode.${value}` satisfies TextKey)}</span>
            <span className="small muted mode-explain" id={`${id}-${value}`}>
              {t(`prepare.mode.${value}.explain` satisfies TextKey)}
            </span>
          </label>
        ))}
      </div>
      <GroupError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

