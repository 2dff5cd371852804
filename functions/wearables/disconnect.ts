import { tableContextFromEnv } from '../../shared/db/context';
import { disconnectDevice } from '../../shared/db/entities/device';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { noContent } from '../../shared/http/response';
import { loadProviderCredentials, wearableProvider } from '../../shared/wearables/providers';
import { providerConfig } from '../../shared/wearables/providers/config';
import { revokeUser, withingsCallbackUrl } from '../../shared/wearables/push';
import { tokenCipherFromEnv } from '../../shared/wearables/token-cipher';
import { route } from './disconnect.route';
import { apiBaseUrl } from './public-urls';

const ctx = tableContextFromEnv();
const cipher = tokenCipherFromEnv();

/**
 * DELETE /wearables/devices/{id}: safe to retry (a device already gone still has its leftovers
 * swept). A Withings device's notifications are revoked first, while its token still exists (best
 * effort, at most a few seconds: it never blocks the disconnect).
 */
export const handler = httpHandler(route, async ({ caller, params, event }) => {
  await loadProviderCredentials();
  const provider = wearableProvider(params.id);
  const config = providerConfig(params.id);
  if (provider?.push === 'subscription' && config) await revokeUser(ctx, cipher, provider, { userId: caller.userId, callbackUrl: withingsCallbackUrl(apiBaseUrl(event), config) });
  const result = await disconnectDevice(ctx, caller.userId, params.id);
  if (!result.deviceDeleted && result.importedItemsDeleted === 0) throw problems.notFound(`Device ${params.id}`);
  return noContent();
});
