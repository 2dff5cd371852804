import { useId, useRef, useState, type FormEvent } from 'react';
import type { Equipment, Location, LocationCreate, LocationKind } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/Alert';
import { useFocusFirstError } from '../../ui/errors/useFocusFirstError';
import { useFormErrors } from '../../ui/errors/useFormErrors';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { STANDARD_BARS } from '../../../../shared/domain/training/plates';
import { equipmentValues, toggleEquipment } from './equipment';
import { parsePlates, platesText } from './plate-inventory';

interface LocationFormProps {
  location?: Location;
  busy: boolean;
  error: unknown;
  onSubmit: (body: LocationCreate) => void;
  onCancel?: () => void;
}

/** Create or edit a location: name, kind, the equipment there (catalog values) and notes. */
export function LocationForm({ location, busy, error, onSubmit, onCancel }: LocationFormProps) {
  const { t, m } = useI18n();
  const id = useId();
  const [name, setName] = useState(location?.name ?? '');
  const [kind, setKind] = useState<LocationKind>(location?.kind ?? 'gym');
  const [equipment, setEquipment] = useState<Equipment[]>(location?.equipment ?? []);
  const [notes, setNotes] = useState(location?.notes ?? '');
  const [plateUnit, setPlateUnit] = useState<'kg' | 'lb'>(location?.plates?.unit ?? 'kg');
  const [bar, setBar] = useState<number>(location?.plates?.bar ?? 20);
  const [plates, setPlates] = useState(platesText(location?.plates?.plates));
  const [platesInvalid, setPlatesInvalid] = useState(false);
  // `equipment.3` (one bad value) lands on the equipment group.
  const errors = useFormErrors(error, {
    labels: { name: t('locations.field.name'), kind: t('locations.field.kind'), equipment: t('locations.field.equipment'), notes: t('locations.field.notes'), plates: t('plates.field') },
    fieldOf: (path) => (path.startsWith('equipment.') ? 'equipment' : path.startsWith('plates.') ? 'plates' : path),
  });
  const equipmentError = errors.of('equipment');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parsePlates(plates);
    setPlatesInvalid(parsed === null);
    if (parsed === null) return;
    onSubmit({ name, kind, equipment, notes: notes.trim() === '' ? null : notes, plates: parsed.length > 0 ? { unit: plateUnit, bar, plates: parsed } : null });
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={location ? t('locations.editNamed', { name: location.name }) : t('locations.new')}>
      <ErrorAlert error={error} form={errors} />
      <div className="form-grid">
        <TextField label={t('locations.field.name')} required maxLength={80} value={name} error={errors.of('name')} onChange={(e) => setName(e.target.value)} />
        <SelectField
          label={t('locations.field.kind')}
          value={kind}
          error={errors.of('kind')}
          onChange={(e) => setKind(e.target.value as LocationKind)}
          options={Object.entries(m.locationKind).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <fieldset
        className={equipmentError ? 'equipment field-invalid' : 'equipment'}
        aria-invalid={equipmentError ? true : undefined}
        aria-describedby={equipmentError ? `${id}-equipment-error` : undefined}
        tabIndex={equipmentError ? -1 : undefined}
      >
        <legend>{t('locations.field.equipment')}</legend>
        <div className="checkbox-grid">
          {equipmentValues.map((value) => (
            <label key={value} className="checkbox">
              <input type="checkbox" checked={equipment.includes(value)} onChange={(e) => setEquipment(toggleEquipment(equipment, value, e.target.checked))} />
              {m.equipment[value]}
            </label>
          ))}
        </div>
        {equipmentError && (
          <small id={`${id}-equipment-error`} className="field-error">
            {equipmentError}
          </small>
        )}
      </fieldset>
      <div className="form-grid">
        <TextField
          label={t('plates.field')}
          hint={t('plates.fieldHint')}
          value={plates}
          error={platesInvalid ? t('plates.fieldInvalid') : errors.of('plates')}
          onChange={(e) => setPlates(e.target.value)}
        />
        <SelectField
          label={t('plates.fieldUnit')}
          value={plateUnit}
          onChange={(e) => {
            const unit = e.target.value as 'kg' | 'lb';
            setPlateUnit(unit);
            setBar(STANDARD_BARS[unit][0]!);
          }}
          options={[{ value: 'kg', label: 'kg' }, { value: 'lb', label: 'lb' }]}
        />
        <SelectField
          label={t('plates.fieldBar')}
          value={String(bar)}
          onChange={(e) => setBar(Number(e.target.value))}
          options={STANDARD_BARS[plateUnit].map((weight) => ({ value: String(weight), label: `${weight} ${plateUnit}` }))}
        />
      </div>
      <TextAreaField label={t('locations.field.notes')} maxLength={500} value={notes} error={errors.of('notes')} onChange={(e) => setNotes(e.target.value)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.saving') : location ? t('common.save') : t('locations.create')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
