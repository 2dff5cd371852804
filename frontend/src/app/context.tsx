import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Http } from '../api/typed-client';
import type { CognitoClient } from '../auth/cognito';
import type { AuthSession, SignedInUser } from '../auth/session';
import type { AppConfig } from './config';

export interface AppServices {
  config: AppConfig;
  cognito: CognitoClient;
  auth: AuthSession;
  /** The API, typed from its OpenAPI document (`api/typed-client.ts`): the app's only API client. */
  http: Http;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside <AppContext.Provider>');
  return services;
}

/** The signed-in user, or null; re-renders on sign-in and sign-out. */
export function useUser(): SignedInUser | null {
  const { auth } = useApp();
  return useSyncExternalStore(auth.subscribe, auth.current);
}
