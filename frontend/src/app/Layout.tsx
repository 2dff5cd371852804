import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useCapabilities } from '../api/capabilities';
import { useI18n, type Locale } from '../i18n/i18n';
import { useUpdateProfile } from '../profile/useProfile';
import { useApp, useUser } from './context';
import { Link, navigate, useLocation } from './router';
import { halves, screens } from './screens';

/** Header (brand, halves and their tabs, profile, language, sign-out) and the page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale, m } = useI18n();
  const user = useUser();
  const { auth } = useApp();
  const client = useQueryClient();
  const { can } = useCapabilities();
  const { path } = useLocation();
  const updateProfile = useUpdateProfile();

  const changeLocale = (next: Locale) => {
    setLocale(next);
    if (user && can('PUT /me')) updateProfile.mutate({ locale: next });
  };
  const signOut = () => {
    auth.signOut();
    client.clear();
    navigate('/signin', { replace: true });
  };
  const navLink = (to: string, label: string) => (
    <Link to={to} aria-current={path.startsWith(to) ? 'page' : undefined}>
      {label}
    </Link>
  );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          TwinForge
        </Link>
        {user && (
          <nav aria-label={t('nav.main')}>
            {halves.map(({ half, label }) => {
              const tabs = screens.filter((screen) => screen.tab?.half === half && can(...screen.requires));
              if (tabs.length === 0) return null;
              return (
                <div key={half} className="nav-half" role="group" aria-label={t(label)}>
                  <span className="nav-half-label">{t(label)}</span>
                  {tabs.map((screen) => (
                    <span key={screen.path}>{navLink(screen.path, t(screen.tab!.label))}</span>
                  ))}
                </div>
              );
            })}
            {can('POST /wearables/imports') && navLink('/devices', t('wearables.nav'))}
            {can('GET /me') && navLink('/profile', t('nav.profile'))}
          </nav>
        )}
        <div className="header-tools">
          <label className="visually-hidden" htmlFor="language">
            {t('nav.language')}
          </label>
          <select id="language" value={locale} onChange={(e) => changeLocale(e.target.value as Locale)}>
            {Object.entries(m.locale).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {user && (
            <button type="button" className="link" onClick={signOut}>
              {t('nav.signOut')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
