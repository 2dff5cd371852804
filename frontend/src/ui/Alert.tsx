import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** A message announced to screen readers: errors assertively, the rest politely. */
export function Alert({ kind, children }: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** What went wrong with an API call, in words the athlete can act on; field errors are listed unless shown by their fields. */
export function ErrorAlert({ error, hideFields = [] }: { error: unknown; hideFields?: string[] }) {
  const { t } = useI18n();
  if (!error) return null;
  if (!(error instanceof ApiError)) return <Alert kind="error">{error instanceof Error ? error.message : t('error.unexpected')}</Alert>;
  const other = Object.entries(error.fieldMessages()).filter(([path]) => !hideFields.some((field) => path === field || path.startsWith(`${field}.`)));
  return (
    <Alert kind="error">
      <p>{apiErrorText(error, t)}</p>
      {other.length > 0 && (
        <ul>
          {other.map(([path, message]) => (
            <li key={path}>
              <code>{path || 'body'}</code> {message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

export function apiErrorText(error: ApiError, t: ReturnType<typeof useI18n>['t']): string {
  if (error.status === 0) return t('error.network');
  if (error.status === 400) return t('error.invalid');
  if (error.status === 404) return t('error.notFound');
  if (error.status === 409) return t('error.conflict', { detail: error.detail });
  if (error.status === 429) return t('error.tooMany');
  if (error.status >= 500) return t('error.server');
  return error.detail || error.title;
}
