import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { Messages } from '../i18n/en';
import { useI18n, type TextKey } from '../i18n/i18n';
import type { FormErrors } from './errors/form-errors';
import { sortFormErrors } from './errors/form-errors';
import { useFieldErrorWording } from './errors/useFormErrors';

/** A message announced to screen readers: errors assertively (and focusable, so a form can move focus there), the rest politely. */
export function Alert({ kind, children }: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'} tabIndex={kind === 'error' ? -1 : undefined}>
      {children}
    </div>
  );
}

/**
 * What went wrong with an API call, in words the athlete can act on (the UI's language, never the
 * server's English). Field errors are listed unless a field shows them:
 * - `form` (from `useFormErrors`): lists exactly the errors no control of the form claimed, each
 *   under its label;
 * - else `hideFields`: errors at these paths or under them are left to the form (legacy).
 */
export function ErrorAlert({ error, hideFields = [], form }: { error: unknown; hideFields?: string[]; form?: FormErrors }) {
  const { t, m } = useI18n();
  const wording = useFieldErrorWording();
  if (!error) return null;
  if (!(error instanceof ApiError)) return <Alert kind="error">{t('error.unexpected')}</Alert>;
  const listed =
    form?.unclaimed ??
    sortFormErrors(error, { labels: {}, fieldOf: () => undefined }, wording).unclaimed.filter(
      ({ path }) => !hideFields.some((field) => path === field || path.startsWith(`${field}.`)),
    );
  const marked = error.errors.length > listed.length;
  return (
    <Alert kind="error">
      <p>{error.status === 400 && marked && listed.length === 0 ? t('errors.problem.invalidMarked') : apiErrorText(error, t, m)}</p>
      {listed.length > 0 && (
        <ul>
          {listed.map(({ path, label, text }) => (
            <li key={`${path}:${text}`}>
              <strong>{label}</strong>
              {t('errors.labelSeparator')}
              {text}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

const SESSION_ACTIONS: Record<string, TextKey> = {
  start: 'errors.session.start',
  log_set: 'errors.session.logSet',
  complete: 'errors.session.complete',
  feedback: 'errors.session.feedback',
  snapshot: 'errors.session.snapshot',
};

/** The sentence for a refused request as a whole (field errors aside), in the UI's language. */
export function apiErrorText(error: ApiError, t: ReturnType<typeof useI18n>['t'], m?: Messages): string {
  if (error.status === 0) return t('errors.problem.network');
  if (error.status === 400 || error.status === 422) return t('errors.problem.invalid');
  if (error.status === 401) return t('errors.problem.unauthorized');
  if (error.status === 403) return t('errors.problem.forbidden');
  if (error.status === 404) return t('errors.problem.notFound');
  if (error.status === 409) {
    const status = typeof error.extensions.currentStatus === 'string' ? error.extensions.currentStatus : undefined;
    if (status) {
      const known = status === 'draft' || status === 'active' || status === 'completed';
      const state = known ? t(`errors.session.state.${status}`) : t('errors.session.state.other', { status: m?.status[status as keyof Messages['status']] ?? status });
      const action = typeof error.extensions.action === 'string' ? error.extensions.action : '';
      return t(SESSION_ACTIONS[action] ?? 'errors.session.other', { state });
    }
    if (error.code === 'version_conflict' || error.extensions.currentVersion !== undefined) return t('errors.problem.versionConflict');
    if (error.code === 'read_only_activity') return t('errors.problem.readOnlyActivity');
    return t('errors.problem.conflict');
  }
  if (error.status === 413) return t('errors.problem.tooLarge');
  if (error.status === 429) return error.retryAfterSeconds ? t('errors.problem.tooManyRetry', { seconds: error.retryAfterSeconds }) : t('errors.problem.tooMany');
  if (error.status >= 500) return t('errors.problem.server');
  return t('errors.problem.other', { status: error.status });
}
