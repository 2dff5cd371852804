import type { ConnectableProvider } from '../../domain/wearables/provider';
import { secretCredentials } from './credentials';

export interface ProviderEndpoints {
  authorizeUrl: string;
  tokenUrl: string;
  apiBase: string;
}

export interface ProviderConfig extends ProviderEndpoints {
  clientId: string;
  clientSecret: string;
}

/** The providers' real endpoints (their developer documentation). */
export const REAL_ENDPOINTS: Record<ConnectableProvider, ProviderEndpoints> = {
  polar: { authorizeUrl: 'https://flow.polar.com/oauth2/authorization', tokenUrl: 'https://polarremote.com/v2/oauth2/token', apiBase: 'https://www.polaraccesslink.com' },
  withings: { authorizeUrl: 'https://account.withings.com/oauth2_user/authorize2', tokenUrl: 'https://wbsapi.withings.net/v2/oauth2', apiBase: 'https://wbsapi.withings.net' },
  oura: { authorizeUrl: 'https://cloud.ouraring.com/oauth/authorize', tokenUrl: 'https://api.ouraring.com/oauth/token', apiBase: 'https://api.ouraring.com' },
};

/** The same paths under the local simulator (infra/local/wearables-simulator): `<sim>/<provider>/…`. */
export function simulatedEndpoints(simulatorUrl: string): Record<ConnectableProvider, ProviderEndpoints> {
  const base = simulatorUrl.replace(/\/$/, '');
  return {
    polar: { authorizeUrl: `${base}/polar/oauth2/authorization`, tokenUrl: `${base}/polar/v2/oauth2/token`, apiBase: `${base}/polar` },
    withings: { authorizeUrl: `${base}/withings/oauth2_user/authorize2`, tokenUrl: `${base}/withings/v2/oauth2`, apiBase: `${base}/withings` },
    oura: { authorizeUrl: `${base}/oura/oauth/authorize`, tokenUrl: `${base}/oura/oauth/token`, apiBase: `${base}/oura` },
  };
}

const variable = (provider: string, name: string) => `WEARABLES_${provider.toUpperCase()}_${name}`;

/**
 * A provider's client credentials and endpoints: WEARABLES_<PROVIDER>_CLIENT_ID / _CLIENT_SECRET
 * from the environment, else the ones loaded from the credentials secret on AWS (see
 * loadProviderCredentials), and WEARABLES_SIMULATOR_URL to point all three at the local simulator.
 * Null when the provider is not configured (it is listed as unavailable).
 */
export function providerConfig(provider: ConnectableProvider, env: NodeJS.ProcessEnv = process.env): ProviderConfig | null {
  const fromEnv = { clientId: env[variable(provider, 'CLIENT_ID')], clientSecret: env[variable(provider, 'CLIENT_SECRET')] };
  const { clientId, clientSecret } = fromEnv.clientId && fromEnv.clientSecret ? fromEnv : (secretCredentials(provider) ?? {});
  if (!clientId || !clientSecret) return null;
  const endpoints = env.WEARABLES_SIMULATOR_URL ? simulatedEndpoints(env.WEARABLES_SIMULATOR_URL)[provider] : REAL_ENDPOINTS[provider];
  return { ...endpoints, clientId, clientSecret };
}
