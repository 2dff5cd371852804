import type { ReactNode } from 'react';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { providerName } from '../wearables/labels';
import { durationText, sourceLabel, timeOf, typeLabel } from './labels';
import type { Activity } from './types';

/**
 * One activity: what, when, how long, calories, distance, heart rate and notes, its source; a
 * synced one links to its session in Training and says it is edited there. `actions` holds the
 * edit and delete buttons of a manual activity.
 */
export function ActivityItem({ activity, actions }: { activity: Activity; actions?: ReactNode }) {
  const i18n = useI18n();
  const { t, locale, formatNumber } = i18n;
  const facts = [
    durationText(i18n, activity.durationMin),
    activity.calories !== null && `${formatNumber(activity.calories)} kcal`,
    activity.distanceKm !== null && `${formatNumber(activity.distanceKm)} km`,
    activity.avgHr !== null && t('forge.activity.avgHr', { bpm: activity.avgHr }),
    activity.maxHr !== null && t('forge.activity.maxHr', { bpm: activity.maxHr }),
  ].filter(Boolean);
  const headingId = `activity-${activity.id}`;
  return (
    <article className={`forge-activity forge-activity-${activity.source}`} aria-labelledby={headingId}>
      <div className="forge-activity-head">
        <h3 id={headingId} className="forge-activity-title">
          {activity.title}
        </h3>
        <span className={`forge-source forge-source-${activity.source}`}>{activity.source === 'training_session' ? t('forge.activity.synced') : sourceLabel(t, activity.source)}</span>
      </div>
      <p className="muted forge-activity-when">
        {timeOf(locale, activity.startAt)} · {typeLabel(i18n, activity.type)}
      </p>
      <p className="forge-activity-facts">{facts.join(' · ')}</p>
      {activity.notes && <p className="forge-activity-notes">{activity.notes}</p>}
      {activity.source === 'training_session' && activity.sourceId && (
        <p className="small forge-readonly">
          {t('forge.activity.readOnly')}{' '}
          <Link to={`/training/sessions/${encodeURIComponent(activity.sourceId)}`}>{t('forge.activity.open', { title: activity.title })}</Link>
        </p>
      )}
      {activity.source === 'wearable' && (
        <p className="small forge-readonly">
          {activity.provider === 'file' ? t('wearables.activity.fromFile') : t('forge.activity.wearableReadOnly', { provider: providerName(t, activity.provider) })}
        </p>
      )}
      {actions}
    </article>
  );
}
