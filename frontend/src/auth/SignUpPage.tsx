import { useRef, useState, type FormEvent } from 'react';
import { useApp } from '../app/context';
import { Link, navigate } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { Alert } from '../ui/Alert';
import { useFocusFirstError } from '../ui/errors/useFocusFirstError';
import { TextField } from '../ui/Field';
import { usePageTitle } from '../ui/usePageTitle';
import { authErrorKey } from './errors';

export function SignUpPage() {
  const { cognito } = useApp();
  const { t } = useI18n();
  usePageTitle(t('auth.signUp.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A refused password is said on the password field, in the UI's language (never Cognito's English).
  const [passwordError, setPasswordError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error ?? passwordError);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setPasswordError(undefined);
    try {
      await cognito.signUp(email.trim(), password);
      navigate(`/confirm?email=${encodeURIComponent(email.trim())}`);
    } catch (failure) {
      const key = authErrorKey(failure, 'signUp');
      if (key === 'auth.error.passwordPolicy') setPasswordError(`${t(key)} ${t('auth.password.hint')}`);
      else setError(t(key));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="card auth-card" onSubmit={submit}>
      <h1>{t('auth.signUp.title')}</h1>
      {error && <Alert kind="error">{error}</Alert>}
      <TextField label={t('auth.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField
        label={t('auth.password')}
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint={passwordError ? undefined : t('auth.password.hint')}
        error={passwordError}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common.wait') : t('auth.signUp.submit')}
      </button>
      <p>
        {t('auth.signUp.haveAccount')} <Link to="/signin">{t('auth.signIn.link')}</Link>
      </p>
    </form>
  );
}
