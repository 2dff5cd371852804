import { useState, type FormEvent } from 'react';
import { useApp } from '../app/context';
import { Link, navigate, useLocation } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { usePageTitle } from '../ui/usePageTitle';
import { authErrorKey } from './errors';

export function ConfirmPage() {
  const { cognito } = useApp();
  const { t } = useI18n();
  usePageTitle(t('auth.confirm.title'));
  const { search } = useLocation();
  const [email, setEmail] = useState(search.get('email') ?? '');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await cognito.confirmSignUp(email.trim(), code.trim());
      navigate(`/signin?confirmed=1&email=${encodeURIComponent(email.trim())}`, { replace: true });
    } catch (failure) {
      setError(t(authErrorKey(failure, 'confirm')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card auth-card" onSubmit={submit}>
      <h1>{t('auth.confirm.title')}</h1>
      <p>{t('auth.confirm.intro')}</p>
      {error && <Alert kind="error">{error}</Alert>}
      <TextField label={t('auth.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField
        label={t('auth.confirm.code')}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{4,8}"
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common.wait') : t('auth.confirm.submit')}
      </button>
      <p>
        <Link to="/signin">{t('auth.signIn.link')}</Link>
      </p>
    </form>
  );
}
