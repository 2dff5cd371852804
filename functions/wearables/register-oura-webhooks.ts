import { tableContextFromEnv } from '../../shared/db/context';
import { getWebhook } from '../../shared/db/entities/provider-webhook';
import { logger } from '../../shared/logging/logger';
import { loadProviderCredentials } from '../../shared/wearables/providers';
import { providerConfig } from '../../shared/wearables/providers/config';
import { ensureOuraSubscriptions, type OuraSubscriptionsOutcome } from '../../shared/wearables/push';
import { ouraNotificationsUrl } from './public-urls';

const ctx = tableContextFromEnv();

/**
 * Daily, and by hand (`npm run job -- register-oura-webhooks`): makes sure Oura has our app's
 * subscriptions (one per data and event type we read) and renews those near their expiry
 * (shared/wearables/push.ts). The URL: the event's `detail.url`, else API_PUBLIC_URL's, else the
 * one the first Oura connect subscribed at the API's own domain.
 */
export async function registerOuraWebhooks(options: { url?: string } = {}): Promise<OuraSubscriptionsOutcome | { outcome: 'not_configured' | 'no_url' }> {
  await loadProviderCredentials();
  const config = providerConfig('oura');
  if (!config) return { outcome: 'not_configured' };
  const url = options.url ?? (process.env.API_PUBLIC_URL ? ouraNotificationsUrl(process.env.API_PUBLIC_URL) : (await getWebhook(ctx, 'oura'))?.url);
  if (!url) return { outcome: 'no_url' };
  return ensureOuraSubscriptions(ctx, { config, url, verify: true });
}

export const handler = async (event?: { detail?: { url?: unknown } }) => {
  const url = typeof event?.detail?.url === 'string' ? event.detail.url : undefined;
  const result = await registerOuraWebhooks({ url });
  if (result.outcome === 'no_url') logger.warn('no URL for the Oura subscriptions yet: set API_PUBLIC_URL, or connect a first Oura user');
  else logger.info('oura subscriptions', { ...result });
  return result;
};
