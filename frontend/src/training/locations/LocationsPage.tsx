import { useState } from 'react';
import { useCapabilities } from '../../api/capabilities';
import type { Location } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Alert, ErrorAlert } from '../../ui/Alert';
import { usePageTitle } from '../../ui/usePageTitle';
import { locations } from '../collections';
import { LocationForm } from './LocationForm';

/** Training › Locations: where the athlete trains and the equipment there (coaches use it). */
export function LocationsPage() {
  const { t } = useI18n();
  usePageTitle(t('locations.title'));
  const list = locations.useList();
  const create = locations.useCreate();
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <section aria-labelledby="locations-title">
      <h1 id="locations-title">{t('locations.title')}</h1>
      {list.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isSuccess && list.data.length === 0 && <p className="empty">{t('locations.none')}</p>}
      <ul className="plain-list">
        {(list.data ?? []).map((location) => (
          <LocationItem key={location.id} location={location} />
        ))}
      </ul>
      <section className="card" aria-labelledby="new-location-title">
        <h2 id="new-location-title">{t('locations.new')}</h2>
        {created && <Alert kind="success">{t('locations.created', { name: created })}</Alert>}
        <LocationForm
          key={formKey}
          busy={create.isPending}
          error={create.error}
          onSubmit={(body) =>
            create.mutate(body, {
              onSuccess: (location) => {
                setCreated(location.name);
                setFormKey(formKey + 1);
              },
            })
          }
        />
      </section>
    </section>
  );
}

function LocationItem({ location }: { location: Location }) {
  const { t, m } = useI18n();
  const { can } = useCapabilities();
  const update = locations.useUpdate();
  const remove = locations.useRemove();
  const [editing, setEditing] = useState(false);
  const confirmDelete = () => {
    if (window.confirm(t('locations.delete.confirm', { name: location.name }))) remove.mutate(location.id);
  };

  if (editing) {
    return (
      <li className="card">
        <LocationForm location={location} busy={update.isPending} error={update.error} onCancel={() => setEditing(false)} onSubmit={(changes) => update.mutate({ id: location.id, changes }, { onSuccess: () => setEditing(false) })} />
      </li>
    );
  }
  return (
    <li className="card">
      <h2 className="item-title">
        {location.name} <span className="muted small">· {m.locationKind[location.kind]}</span>
      </h2>
      <ul className="chips" aria-label={t('locations.field.equipment')}>
        {location.equipment.length === 0 && <li>{t('locations.noEquipment')}</li>}
        {location.equipment.map((value) => (
          <li key={value}>{m.equipment[value]}</li>
        ))}
      </ul>
      {location.notes && <p className="muted">{location.notes}</p>}
      <ErrorAlert error={remove.error} />
      <div className="actions">
        {can('PATCH /training/locations/{id}') && (
          <button type="button" onClick={() => setEditing(true)} aria-label={t('locations.editNamed', { name: location.name })}>
            {t('common.edit')}
          </button>
        )}
        {can('DELETE /training/locations/{id}') && (
          <button type="button" className="link danger-link" onClick={confirmDelete} disabled={remove.isPending} aria-label={t('locations.deleteNamed', { name: location.name })}>
            {t('common.delete')}
          </button>
        )}
      </div>
    </li>
  );
}
