import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useCapabilities } from '../api/capabilities';
import { keys } from '../api/keys';
import { navigate, useLocation } from '../app/router';
import { useI18n, type TextKey } from '../i18n/i18n';
import { Alert, ErrorAlert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { usePageTitle } from '../ui/usePageTitle';
import { ActivityForm } from './ActivityForm';
import { ActivityItem } from './ActivityItem';
import { addDays, changesOf, dayScenario, defaultStart, otherThanTraining, SOURCES, summaryMatchesActivities } from './forge-format';
import { durationText, plural, sourceLabel } from './labels';
import { useCreateActivity, useDeleteActivity, useForgeDay, useUpdateActivity } from './useForge';
import type { Activity, ForgeDay, ManualActivityInput } from './types';
import './forge.css';

type Notice = { key: TextKey; vars?: Record<string, string | number> };

const isDay = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Forge › Day: a day's totals (all sources, per source, the synced-sessions badge), why they differ
 * from Training's, and its activities; manual ones are added, edited and deleted here. Live: see
 * useForgeDay.
 */
export function DayPage() {
  const i18n = useI18n();
  const { t, formatDay } = i18n;
  const { can } = useCapabilities();
  const client = useQueryClient();
  const { search } = useLocation();
  const today = client.getQueryData<ForgeDay>(keys.forge.day('today'))?.date;
  const param = search.get('date');
  const date = isDay(param) && param !== today ? param : null;
  const day = useForgeDay(date);
  const shown = day.data?.date ?? date ?? today;
  const isToday = date === null;
  const [adding, setAdding] = useState(false);
  /** Kept as a key, so it follows a language switch. */
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const create = useCreateActivity();
  usePageTitle(shown ? `${t('forge.day.title')} · ${formatDay(shown)}` : t('forge.day.title'));

  const go = (next: string) => {
    setAdding(false);
    setNotice(null);
    navigate(next === (today ?? (isToday ? shown : undefined)) ? '/forge/day' : `/forge/day?date=${next}`, { replace: true });
  };
  const announce = (next: Notice) => {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  return (
    <section aria-labelledby="forge-day-title" className="forge">
      <h1 id="forge-day-title">{t('forge.day.title')}</h1>
      <div className="forge-day-picker">
        <button type="button" onClick={() => shown && go(addDays(shown, -1))} disabled={!shown}>
          {t('forge.day.previous')}
        </button>
        <TextField label={t('forge.day.date')} type="date" value={shown ?? ''} max={today} onChange={(e) => isDay(e.target.value) && go(e.target.value)} />
        <button type="button" onClick={() => shown && go(addDays(shown, 1))} disabled={!shown || (!!today && shown >= today)}>
          {t('forge.day.next')}
        </button>
        {!isToday && (
          <button type="button" className="link" onClick={() => navigate('/forge/day', { replace: true })}>
            {t('forge.day.today')}
          </button>
        )}
      </div>
      {shown && <p className="muted forge-day-name">{formatDay(shown)}{isToday && ` · ${t('forge.day.live')}`}</p>}
      {day.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {day.isError && <ErrorAlert error={day.error} />}
      {day.data && <DaySummary day={day.data} />}
      {day.data && (
        <section className="card" aria-labelledby="forge-activities-title">
          <div className="page-head">
            <h2 id="forge-activities-title">{t('forge.day.activities')}</h2>
            {can('POST /forge/manual-activities') && !adding && (
              <button type="button" className="primary" onClick={() => (setAdding(true), setNotice(null))}>
                {t('forge.form.new')}
              </button>
            )}
          </div>
          <div ref={noticeRef} tabIndex={-1}>
            {notice && <Alert kind="success">{t(notice.key, notice.vars)}</Alert>}
          </div>
          {adding && (
            <div className="forge-form-card">
              <ActivityForm
                activity={null}
                defaultStart={defaultStart(day.data.date, isToday)}
                busy={create.isPending}
                error={create.error}
                onCancel={() => (setAdding(false), create.reset())}
                onSubmit={(body) =>
                  create.mutate(body, {
                    onSuccess: (activity) => {
                      setAdding(false);
                      announce(activity.localDay === day.data.date ? { key: 'forge.activity.added', vars: { title: activity.title } } : { key: 'forge.activity.addedOther', vars: { title: activity.title, day: formatDay(activity.localDay) } });
                    },
                  })
                }
              />
            </div>
          )}
          {day.data.activities.length === 0 && !adding && <p className="empty">{t('forge.day.empty')}</p>}
          <ul className="forge-activities">
            {day.data.activities.map((activity) => (
              <li key={activity.id}>
                <DayActivity activity={activity} onChanged={announce} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function DaySummary({ day }: { day: ForgeDay }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const { summary } = day;
  const scenario = dayScenario(summary);
  const training = summary.bySource.training_session;
  const other = otherThanTraining(summary);
  const catchingUp = !summaryMatchesActivities(day);
  return (
    <section className="card" aria-labelledby="forge-totals-title">
      <div className="page-head">
        <h2 id="forge-totals-title">{t('forge.day.totals')}</h2>
        {summary.syncedTrainingSessions > 0 && (
          <span className="forge-synced-badge" data-testid="synced-badge">
            {plural(i18n, 'forge.day.synced', summary.syncedTrainingSessions)}
          </span>
        )}
      </div>
      <dl className="metrics" data-testid="forge-day-totals">
        <div>
          <dt>{t('forge.metric.calories')}</dt>
          <dd>{formatNumber(summary.calories)} kcal</dd>
        </div>
        <div>
          <dt>{t('forge.metric.minutes')}</dt>
          <dd>{durationText(i18n, summary.minutes)}</dd>
        </div>
        <div>
          <dt>{t('forge.metric.count')}</dt>
          <dd>{formatNumber(summary.count)}</dd>
        </div>
      </dl>
      <p className="muted small" role="status">
        {catchingUp ? t('forge.day.updating') : ''}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('forge.day.bySource')}>
        <table className="forge-table">
          <caption>{t('forge.day.bySource')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forge.table.source')}</th>
              <th scope="col">{t('forge.metric.calories')}</th>
              <th scope="col">{t('forge.metric.minutes')}</th>
              <th scope="col">{t('forge.metric.count')}</th>
            </tr>
          </thead>
          <tbody>
            {SOURCES.map((source) => (
              <tr key={source}>
                <th scope="row">
                  <span className={`forge-dot forge-dot-${source}`} aria-hidden="true" /> {sourceLabel(t, source)}
                </th>
                <td>{formatNumber(summary.bySource[source].calories)} kcal</td>
                <td>{durationText(i18n, summary.bySource[source].minutes)}</td>
                <td>{formatNumber(summary.bySource[source].count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {scenario !== 'empty' && (
        <p className="forge-why" data-testid="forge-why">
          {scenario === 'mixed' &&
            t('forge.why.mixed', {
              calories: formatNumber(training.calories),
              minutes: durationText(i18n, training.minutes),
              otherCalories: formatNumber(other.calories),
              otherMinutes: durationText(i18n, other.minutes),
            })}
          {scenario === 'trainingOnly' && t('forge.why.trainingOnly')}
          {scenario === 'otherOnly' && t('forge.why.otherOnly')}
        </p>
      )}
    </section>
  );
}

function DayActivity({ activity, onChanged }: { activity: Activity; onChanged(notice: Notice): void }) {
  const { t } = useI18n();
  const { can } = useCapabilities();
  const update = useUpdateActivity();
  const remove = useDeleteActivity();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const manual = activity.source === 'manual';

  if (editing) {
    return (
      <div className="forge-form-card">
        <ActivityForm
          activity={activity}
          defaultStart=""
          busy={update.isPending}
          error={update.error}
          onCancel={() => {
            setEditing(false);
            update.reset();
            requestAnimationFrame(() => editButton.current?.focus());
          }}
          onSubmit={(body) => {
            const changes = changesOrNull(activity, body);
            if (!changes) {
              setEditing(false);
              onChanged({ key: 'forge.activity.unchanged' });
              return;
            }
            update.mutate({ id: activity.id, changes }, { onSuccess: (saved) => (setEditing(false), onChanged({ key: 'forge.activity.saved', vars: { title: saved.title } })) });
          }}
        />
      </div>
    );
  }
  const confirmDelete = () => {
    if (window.confirm(t('forge.activity.delete.confirm', { title: activity.title }))) {
      remove.mutate(activity.id, { onSuccess: () => onChanged({ key: 'forge.activity.deleted', vars: { title: activity.title } }) });
    }
  };
  return (
    <ActivityItem
      activity={activity}
      actions={
        manual && (
          <>
            <ErrorAlert error={remove.error} />
            <div className="actions">
              {can('PATCH /forge/manual-activities/{id}') && (
                <button type="button" ref={editButton} onClick={() => setEditing(true)} aria-label={t('forge.activity.editNamed', { title: activity.title })}>
                  {t('common.edit')}
                </button>
              )}
              {can('DELETE /forge/manual-activities/{id}') && (
                <button type="button" className="link danger-link" onClick={confirmDelete} disabled={remove.isPending} aria-label={t('forge.activity.deleteNamed', { title: activity.title })}>
                  {t('common.delete')}
                </button>
              )}
            </div>
          </>
        )
      }
    />
  );
}

function changesOrNull(activity: Activity, body: ManualActivityInput) {
  const changes = changesOf(activity, body);
  return Object.keys(changes).length > 0 ? changes : null;
}
