import { CONNECTABLE_PROVIDERS } from '../../shared/domain/wearables/provider';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { loadProviderCredentials, wearableProvider } from '../../shared/wearables/providers';
import { route } from './list-providers.route';

const NAMES = { polar: 'Polar', withings: 'Withings', oura: 'Oura' } as const;

/** GET /wearables/providers: no DynamoDB request; availability is the deployment's configuration. */
export const handler = httpHandler(route, async () => {
  await loadProviderCredentials();
  const items = CONNECTABLE_PROVIDERS.map((id) => {
    const provider = wearableProvider(id);
    return { id, name: provider?.displayName ?? NAMES[id], available: provider !== null, pkce: provider?.pkce ?? false, features: provider?.features ?? [] };
  });
  return json(200, { items }, { maxAgeSeconds: 300 });
});
