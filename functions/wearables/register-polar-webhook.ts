import { tableContextFromEnv } from '../../shared/db/context';
import { getWebhook } from '../../shared/db/entities/provider-webhook';
import { logger } from '../../shared/logging/logger';
import { loadProviderCredentials } from '../../shared/wearables/providers';
import { providerConfig } from '../../shared/wearables/providers/config';
import { ensurePolarWebhook, type WebhookRegistration } from '../../shared/wearables/push';
import { tokenCipherFromEnv } from '../../shared/wearables/token-cipher';
import { polarNotificationsUrl } from './public-urls';

const ctx = tableContextFromEnv();
const cipher = tokenCipherFromEnv();

/**
 * Daily, and by hand (`npm run job -- register-polar-webhook`): makes sure Polar has our webhook
 * and we hold its key (shared/wearables/push.ts). The URL: the event's `detail.url`, else
 * API_PUBLIC_URL's, else the one the first Polar connect registered at the API's own domain.
 */
export async function registerPolarWebhook(options: { url?: string } = {}): Promise<WebhookRegistration | { outcome: 'not_configured' | 'no_url' }> {
  await loadProviderCredentials();
  const config = providerConfig('polar');
  if (!config) return { outcome: 'not_configured' };
  const url = options.url ?? (process.env.API_PUBLIC_URL ? polarNotificationsUrl(process.env.API_PUBLIC_URL) : (await getWebhook(ctx, 'polar'))?.url);
  if (!url) return { outcome: 'no_url' };
  return ensurePolarWebhook(ctx, cipher, { config, url, verify: true });
}

export const handler = async (event?: { detail?: { url?: unknown } }) => {
  const url = typeof event?.detail?.url === 'string' ? event.detail.url : undefined;
  const result = await registerPolarWebhook({ url });
  if (result.outcome === 'no_url') logger.warn('no URL for the Polar webhook yet: set API_PUBLIC_URL, or connect a first Polar user');
  else logger.info('polar webhook', { ...result });
  return result;
};
