import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { useCapabilities } from '../api/capabilities';
import { ConfirmPage } from '../auth/ConfirmPage';
import { SignInPage } from '../auth/SignInPage';
import { SignUpPage } from '../auth/SignUpPage';
import { useI18n } from '../i18n/i18n';
import { useProfile } from '../profile/useProfile';
import { RecoveryPrompt } from '../training/recovery/RecoveryPrompt';
import { SessionBar } from '../training/live/SessionBar';
import { Alert } from '../ui/Alert';
import { useUser } from './context';
import { Layout } from './Layout';
import { Link, matchPath, navigate, useLocation } from './router';
import { screens } from './screens';

const publicPaths = ['/signin', '/signup', '/confirm'];

export function App() {
  const user = useUser();
  const client = useQueryClient();
  // Another user's cached data must never show: drop the cache whenever the user changes.
  useEffect(() => () => client.clear(), [client, user?.sub]);
  return <Layout>{user ? <SignedIn /> : <SignedOut />}</Layout>;
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function SignedOut() {
  const { path } = useLocation();
  if (path === '/signup') return <SignUpPage />;
  if (path === '/confirm') return <ConfirmPage />;
  if (path !== '/signin') return <Redirect to="/signin" />;
  return <SignInPage />;
}

function SignedIn() {
  const { t } = useI18n();
  const { path } = useLocation();
  const { ready, failed, can } = useCapabilities();
  useProfileLocale();
  if (failed) return <Alert kind="error">{t('error.network')}</Alert>;
  if (!ready) return <p aria-busy="true">{t('common.loading')}</p>;

  const available = screens.filter((screen) => can(...screen.requires));
  if (path === '/' || publicPaths.includes(path)) return <Redirect to={available.find((screen) => screen.tab)?.path ?? '/profile'} />;
  const match = available.map((screen) => ({ screen, params: matchPath(screen.path, path) })).find(({ params }) => params);
  return (
    <>
      <SessionBar />
      {can('GET /training/recovery', 'GET /training/sessions/{id}', 'DELETE /training/sessions/{id}/snapshot') && <RecoveryPrompt />}
      {match ? (
        <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>{match.screen.render(match.params!)}</Suspense>
      ) : (
        <div className="card">
          <p>{t('app.notFound')}</p>
          <Link to="/">{t('app.home')}</Link>
        </div>
      )}
    </>
  );
}

/** Once the athlete has saved a profile, its language wins over the browser's. */
function useProfileLocale() {
  const { setLocale } = useI18n();
  const profile = useProfile();
  const saved = profile.data && profile.data.version > 1 ? profile.data.locale : null;
  useEffect(() => {
    if (saved) setLocale(saved);
  }, [saved, setLocale]);
}
