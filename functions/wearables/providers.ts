import type { ConnectableProvider, WearableProvider } from '../../shared/domain/wearables/provider';
import { ProblemError } from '../../shared/http/problem';
import { loadProviderCredentials, wearableProvider } from '../../shared/wearables/providers';
import { providerConfig, type ProviderConfig } from '../../shared/wearables/providers/config';

const notConfigured = (id: ConnectableProvider) =>
  new ProblemError(503, 'provider-not-configured', `${id} is not available on this deployment (no client credentials configured).`, { extensions: { code: 'provider_not_configured', provider: id } });

/** The configured provider, or 503 naming what is missing. */
export async function requireProvider(id: ConnectableProvider): Promise<WearableProvider> {
  await loadProviderCredentials();
  const provider = wearableProvider(id);
  if (!provider) throw notConfigured(id);
  return provider;
}

/** The provider's client credentials (what its notifications are checked with), or 503. */
export async function requireProviderConfig(id: ConnectableProvider): Promise<ProviderConfig> {
  await loadProviderCredentials();
  const config = providerConfig(id);
  if (!config) throw notConfigured(id);
  return config;
}
