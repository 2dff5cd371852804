import { useState, type FormEvent } from 'react';
import { useApp } from '../app/context';
import { Link, navigate, useLocation } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/Field';
import { usePageTitle } from '../ui/usePageTitle';
import { CognitoError } from './cognito';
import { authErrorKey } from './errors';

export function SignInPage() {
  const { auth } = useApp();
  const { t } = useI18n();
  usePageTitle(t('auth.signIn.title'));
  const { search } = useLocation();
  const [email, setEmail] = useState(search.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await auth.signIn(email.trim(), password);
      navigate('/', { replace: true });
    } catch (failure) {
      if (failure instanceof CognitoError && failure.name === 'UserNotConfirmedException') {
        navigate(`/confirm?email=${encodeURIComponent(email.trim())}`);
        return;
      }
      setError(t(authErrorKey(failure, 'signIn')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card auth-card" onSubmit={submit}>
      <h1>{t('auth.signIn.title')}</h1>
      {search.get('confirmed') && <Alert kind="success">{t('auth.confirmed')}</Alert>}
      {error && <Alert kind="error">{error}</Alert>}
      <TextField label={t('auth.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField label={t('auth.password')} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common.wait') : t('auth.signIn.submit')}
      </button>
      <p>
        {t('auth.signIn.noAccount')} <Link to="/signup">{t('auth.signUp.link')}</Link>
      </p>
    </form>
  );
}
