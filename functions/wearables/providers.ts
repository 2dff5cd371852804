import type { ConnectableProvider, WearableProvider } from '../../shared/domain/wearables/provider';
import { ProblemError } from '../../shared/http/problem';
import { loadProviderCredentials, wearableProvider } from '../../shared/wearables/providers';

/** The configured provider, or 503 naming what is missing. */
export async function requireProvider(id: ConnectableProvider): Promise<WearableProvider> {
  await loadProviderCredentials();
  const provider = wearableProvider(id);
  if (!provider) {
    throw new ProblemError(503, 'provider-not-configured', `${id} is not available on this deployment (no client credentials configured).`, { extensions: { code: 'provider_not_configured', provider: id } });
  }
  return provider;
}
