import { CONNECTABLE_PROVIDERS, type ConnectableProvider, type WearableProvider } from '../../domain/wearables/provider';
import { providerConfig } from './config';
import { ouraProvider } from './oura';
import { polarProvider } from './polar';
import { withingsProvider } from './withings';

export { loadProviderCredentials } from './credentials';

const factories = { polar: polarProvider, withings: withingsProvider, oura: ouraProvider } satisfies Record<ConnectableProvider, unknown>;

/** The configured provider, or null when its client credentials are not set (await loadProviderCredentials() first). */
export function wearableProvider(id: ConnectableProvider, env: NodeJS.ProcessEnv = process.env): WearableProvider | null {
  const config = providerConfig(id, env);
  return config ? factories[id](config) : null;
}

export const configuredProviders = (env: NodeJS.ProcessEnv = process.env): WearableProvider[] =>
  CONNECTABLE_PROVIDERS.flatMap((id) => wearableProvider(id, env) ?? []);
