import { useState } from 'react';
import { useCapabilities } from '../../api/capabilities';
import type { Goal, GoalStatus } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Alert, ErrorAlert } from '../../ui/Alert';
import { usePageTitle } from '../../ui/usePageTitle';
import { goals } from '../collections';
import { GoalForm } from './GoalForm';
import { GoalProgress } from './GoalProgress';

const statuses: GoalStatus[] = ['active', 'achieved', 'archived'];

/** Training › Goals: create, edit, mark achieved, archive, reopen and delete goals. */
export function GoalsPage() {
  const { t, m } = useI18n();
  usePageTitle(t('goals.title'));
  const list = goals.useList();
  const create = goals.useCreate();
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <section aria-labelledby="goals-title">
      <h1 id="goals-title">{t('goals.title')}</h1>
      {list.isPending && <p aria-busy="true">{t('common.loading')}</p>}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isSuccess && list.data.length === 0 && <p className="empty">{t('goals.none')}</p>}
      {statuses.map((status) => {
        const items = (list.data ?? []).filter((goal) => goal.status === status);
        if (items.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`goals-${status}`}>
            <h2 id={`goals-${status}`}>{m.goalStatus[status]}</h2>
            <ul className="plain-list">
              {items.map((goal) => (
                <GoalItem key={goal.id} goal={goal} />
              ))}
            </ul>
          </section>
        );
      })}
      <section className="card" aria-labelledby="new-goal-title">
        <h2 id="new-goal-title">{t('goals.new')}</h2>
        {created && <Alert kind="success">{t('goals.created', { title: created })}</Alert>}
        <GoalForm
          key={formKey}
          busy={create.isPending}
          error={create.error}
          onSubmit={(body) =>
            create.mutate(body, {
              onSuccess: (goal) => {
                setCreated(goal.title);
                setFormKey(formKey + 1);
              },
            })
          }
        />
      </section>
    </section>
  );
}

function GoalItem({ goal }: { goal: Goal }) {
  const { t } = useI18n();
  const { can } = useCapabilities();
  const update = goals.useUpdate();
  const remove = goals.useRemove();
  const [editing, setEditing] = useState(false);
  const canEdit = can('PATCH /training/goals/{id}');
  const setStatus = (status: GoalStatus) => update.mutate({ id: goal.id, changes: { status } });
  const confirmDelete = () => {
    if (window.confirm(t('goals.delete.confirm', { title: goal.title }))) remove.mutate(goal.id);
  };

  if (editing) {
    return (
      <li className="card">
        <GoalForm goal={goal} busy={update.isPending} error={update.error} onCancel={() => setEditing(false)} onSubmit={(changes) => update.mutate({ id: goal.id, changes }, { onSuccess: () => setEditing(false) })} />
      </li>
    );
  }
  return (
    <li className="card">
      <GoalProgress goal={goal} />
      {goal.notes && <p className="muted">{goal.notes}</p>}
      <ErrorAlert error={update.error ?? remove.error} />
      <div className="actions">
        {canEdit && (
          <button type="button" onClick={() => setEditing(true)} aria-label={t('goals.editNamed', { title: goal.title })}>
            {t('common.edit')}
          </button>
        )}
        {canEdit && goal.status === 'active' && (
          <button type="button" onClick={() => setStatus('achieved')} disabled={update.isPending}>
            {t('goals.markAchieved')}
          </button>
        )}
        {canEdit && goal.status === 'active' && (
          <button type="button" onClick={() => setStatus('archived')} disabled={update.isPending}>
            {t('goals.archive')}
          </button>
        )}
        {canEdit && goal.status !== 'active' && (
          <button type="button" onClick={() => setStatus('active')} disabled={update.isPending}>
            {t('goals.reopen')}
          </button>
        )}
        {can('DELETE /training/goals/{id}') && (
          <button type="button" className="link danger-link" onClick={confirmDelete} disabled={remove.isPending} aria-label={t('goals.deleteNamed', { title: goal.title })}>
            {t('common.delete')}
          </button>
        )}
      </div>
    </li>
  );
}
