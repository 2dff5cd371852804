import { useRef, useState, type FormEvent } from 'react';
import type { Profile, ProfileFields, ProfileUpdate } from '../api/types';
import { useI18n, type TextKey } from '../i18n/i18n';
import { Alert, ErrorAlert } from '../ui/Alert';
import { useFocusFirstError } from '../ui/errors/useFocusFirstError';
import { useFormErrors } from '../ui/errors/useFormErrors';
import { SelectField, TextField } from '../ui/Field';
import { TimeZoneField } from '../ui/TimeZoneField';
import { usePageTitle } from '../ui/usePageTitle';
import { useProfile, useUpdateProfile } from './useProfile';

type Form = Record<keyof ProfileFields, string>;

const numberFields = ['birthYear', 'weightKg', 'heightCm', 'maxHeartRate', 'restingHeartRate'] as const;
const nullableChoices = ['sex'] as const;

/** `locale` replaces the profile's language while it was never saved (its default is English). */
const toForm = (p: Profile, locale?: string): Form => ({
  displayName: p.displayName,
  birthYear: p.birthYear?.toString() ?? '',
  sex: p.sex ?? '',
  weightKg: p.weightKg?.toString() ?? '',
  heightCm: p.heightCm?.toString() ?? '',
  maxHeartRate: p.maxHeartRate?.toString() ?? '',
  restingHeartRate: p.restingHeartRate?.toString() ?? '',
  level: p.level,
  timeZone: p.timeZone,
  locale: locale ?? p.locale,
  units: p.units,
});

/** Only the fields that changed, typed as the API expects (empty number → null); the API checks the rest. */
function changes(form: Form, before: Form): ProfileUpdate {
  const update: Record<string, unknown> = {};
  for (const key of Object.keys(form) as Array<keyof Form>) {
    if (form[key] === before[key]) continue;
    const value = form[key].trim();
    if ((numberFields as readonly string[]).includes(key)) update[key] = value === '' ? null : Number(value.replace(',', '.'));
    else if ((nullableChoices as readonly string[]).includes(key)) update[key] = value === '' ? null : value;
    else update[key] = value;
  }
  return update as ProfileUpdate;
}

export function ProfilePage() {
  const profile = useProfile();
  const { t } = useI18n();
  usePageTitle(t('profile.title'));
  if (profile.isPending) return <p aria-busy="true">{t('common.loading')}</p>;
  if (profile.isError) return <ErrorAlert error={profile.error} />;
  return <ProfileForm key={profile.data.userId} profile={profile.data} />;
}

function ProfileForm({ profile }: { profile: Profile }) {
  const { t, m, locale, setLocale } = useI18n();
  const update = useUpdateProfile();
  const [form, setForm] = useState(() => toForm(profile, profile.version === 1 ? locale : undefined));
  const [synced, setSynced] = useState(() => ({ version: profile.version, base: toForm(profile) }));
  if (profile.version !== synced.version) {
    // Changed elsewhere (language switch, another tab): take the new values of untouched fields.
    const base = toForm(profile);
    setForm(Object.fromEntries(Object.entries(form).map(([key, value]) => [key, value === synced.base[key as keyof Form] ? base[key as keyof Form] : value])) as Form);
    setSynced({ version: profile.version, base });
  }
  const [unchanged, setUnchanged] = useState(false);
  const label = (key: keyof Form) => t(`profile.${key}` as TextKey);
  // Every control of the form, by its API field: each error of the API lands under its control.
  const errors = useFormErrors(update.error, { labels: Object.fromEntries(Object.keys(form).map((key) => [key, label(key as keyof Form)])) });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, update.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const diff = changes(form, toForm(profile));
    setUnchanged(Object.keys(diff).length === 0);
    if (Object.keys(diff).length === 0) return;
    update.mutate(diff, {
      onSuccess: (saved) => {
        setForm(toForm(saved));
        setLocale(saved.locale);
      },
    });
  };

  const bind = (key: keyof Form) => ({ value: form[key], error: errors.of(key), onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });
  const choices = (values: Record<string, string>, empty?: boolean) => [
    ...(empty ? [{ value: '', label: t('common.notSet') }] : []),
    ...Object.entries(values).map(([value, text]) => ({ value, label: text })),
  ];

  return (
    <form ref={formRef} className="card form-grid" onSubmit={submit} aria-labelledby="profile-title" noValidate>
      <h1 id="profile-title">{t('profile.title')}</h1>
      <p className="muted">{profile.email}</p>
      {update.isSuccess && !update.isPending && <Alert kind="success">{t('profile.saved')}</Alert>}
      {unchanged && <Alert kind="info">{t('profile.unchanged')}</Alert>}
      <ErrorAlert error={update.error} form={errors} />
      <TextField label={label('displayName')} autoComplete="nickname" required maxLength={80} {...bind('displayName')} />
      <TextField label={label('birthYear')} type="number" inputMode="numeric" min={1900} {...bind('birthYear')} />
      <SelectField label={label('sex')} options={choices(m.sex, true)} {...bind('sex')} />
      <TextField label={label('weightKg')} type="number" inputMode="decimal" step="0.1" {...bind('weightKg')} />
      <TextField label={label('heightCm')} type="number" inputMode="decimal" step="0.5" {...bind('heightCm')} />
      <TextField label={label('maxHeartRate')} type="number" inputMode="numeric" hint={t('profile.maxHeartRate.hint')} {...bind('maxHeartRate')} />
      <TextField label={label('restingHeartRate')} type="number" inputMode="numeric" {...bind('restingHeartRate')} />
      <SelectField label={label('level')} options={choices(m.level)} {...bind('level')} />
      <TimeZoneField label={label('timeZone')} value={form.timeZone} error={errors.of('timeZone')} onChange={(timeZone) => setForm({ ...form, timeZone })} />
      <SelectField label={label('locale')} options={choices(m.locale)} {...bind('locale')} />
      <SelectField label={label('units')} options={choices(m.units)} {...bind('units')} />
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
