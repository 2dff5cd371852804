import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/client';
import { createHttp } from './api/typed-client';
import { App } from './app/App';
import { loadConfig } from './app/config';
import { AppContext } from './app/context';
import { CognitoClient } from './auth/cognito';
import { AuthSession } from './auth/session';
import { I18nProvider, useI18n } from './i18n/i18n';
import { OutboxProvider } from './offline/OutboxProvider';
import { onFirstControl, registerServiceWorker } from './offline/register-sw';
import './app/styles.css';

const root = createRoot(document.getElementById('root')!);
registerServiceWorker();

/** Retry reads that may succeed next time (network, 5xx), never a refusal (4xx). */
const retry = (failures: number, error: unknown) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

function StartupError({ error }: { error: Error }) {
  const { t } = useI18n();
  return (
    <main className="card" role="alert">
      <p>{t('app.loadFailed', { reason: error.message })}</p>
    </main>
  );
}

loadConfig().then(
  (config) => {
    const cognito = new CognitoClient(config);
    const auth = new AuthSession(cognito);
    const http = createHttp(config.apiUrl, auth);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry }, mutations: { retry: false } } });
    // The service worker keeps the reads a live session needs offline: let the first ones pass through it too.
    onFirstControl(() => void queryClient.refetchQueries({ type: 'active' }));
    root.render(
      <StrictMode>
        <AppContext.Provider value={{ config, cognito, auth, http }}>
          <QueryClientProvider client={queryClient}>
            <OutboxProvider>
              <I18nProvider>
                <App />
              </I18nProvider>
            </OutboxProvider>
          </QueryClientProvider>
        </AppContext.Provider>
      </StrictMode>,
    );
  },
  (error: Error) =>
    root.render(
      <I18nProvider>
        <StartupError error={error} />
      </I18nProvider>,
    ),
);
