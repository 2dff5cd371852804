import { sameSecret } from '../../shared/domain/wearables/push';
import { ProblemError, problems } from '../../shared/http/problem';
import { loadProviderCredentials } from '../../shared/wearables/providers';
import { providerConfig } from '../../shared/wearables/providers/config';
import { withingsCallbackSecret } from '../../shared/wearables/push';

/** Refuses (403) a Withings callback URL whose secret is not ours, comparing in constant time. */
export async function requireWithingsSecret(given: string): Promise<void> {
  await loadProviderCredentials();
  const config = providerConfig('withings');
  if (!config) throw new ProblemError(503, 'provider-not-configured', 'withings is not available on this deployment.', { extensions: { code: 'provider_not_configured', provider: 'withings' } });
  if (!sameSecret(given, withingsCallbackSecret(config))) throw problems.forbidden('This is not our Withings callback URL.');
}
