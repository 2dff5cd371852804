import { useCapabilities } from '../../api/capabilities';
import type { Location } from '../../api/types';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';

/** Where the athlete trains and with what. */
export function LocationSummary({ locations }: { locations: Location[] }) {
  const { t, m } = useI18n();
  const { can } = useCapabilities();
  return (
    <section className="card" aria-labelledby="today-locations-title">
      <div className="page-head">
        <h2 id="today-locations-title">{t('locations.title')}</h2>
        {can('GET /training/locations', 'POST /training/locations') && <Link to="/training/locations">{t('today.manageLocations')}</Link>}
      </div>
      {locations.length === 0 ? (
        <p className="muted">{t('locations.none')}</p>
      ) : (
        <ul className="plain-list">
          {locations.map((location) => (
            <li key={location.id}>
              <strong>{location.name}</strong> <span className="muted">· {m.locationKind[location.kind]}</span>
              <div className="muted small">{location.equipment.map((e) => m.equipment[e]).join(', ') || t('locations.noEquipment')}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
