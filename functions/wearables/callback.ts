import { tableContextFromEnv } from '../../shared/db/context';
import { connectDevice } from '../../shared/db/entities/device';
import { consumeOAuthState } from '../../shared/db/entities/oauth-state';
import { InvalidOAuthStateError } from '../../shared/domain/wearables/oauth-state';
import { ProviderAuthError, ProviderRateLimitedError, ProviderUnavailableError, type WearableProvider } from '../../shared/domain/wearables/provider';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import type { HttpResponse } from '../../shared/http/response';
import { logger } from '../../shared/logging/logger';
import { providerBudgetCharger } from '../../shared/db/entities/provider-budget';
import { tokenCipherFromEnv } from '../../shared/wearables/token-cipher';
import { route } from './callback.route';
import { requireProvider } from './providers';
import { apiBaseUrl, ouraNotificationsUrl, polarNotificationsUrl, returnUrl } from './public-urls';
import { providerConfig } from '../../shared/wearables/providers/config';
import { ensureOuraSubscriptions, ensurePolarWebhook, subscribeUser, withingsCallbackUrl } from '../../shared/wearables/push';

const ctx = tableContextFromEnv();
const cipher = tokenCipherFromEnv();

function back(to: string | null, outcome: Record<string, string>): HttpResponse {
  if (!to) {
    const text = outcome.connected ? `${outcome.connected} is connected. You can close this tab.` : `Connecting ${outcome.provider} failed (${outcome.error}).`;
    return { statusCode: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: `<!doctype html><title>TwinForge</title><p>${text}</p>` };
  }
  const url = new URL(to);
  for (const [key, value] of Object.entries(outcome)) url.searchParams.set(key, value);
  return { statusCode: 302, headers: { location: url.toString(), 'cache-control': 'no-store' } };
}

/**
 * After a connect, where the provider pushes: the first Polar connect registers our webhook, the
 * first Oura connect our app's subscriptions (later ones read that they exist); a Withings connect subscribes the user's notifications. Best effort:
 * without push the device is polled every 15 minutes as before.
 */
async function startPush(provider: WearableProvider, user: { userId: string; accessToken: string }, apiBase: string): Promise<void> {
  const config = providerConfig(provider.id);
  if (!config) return;
  try {
    if (provider.id === 'polar') await ensurePolarWebhook(ctx, cipher, { config, url: polarNotificationsUrl(apiBase) });
    if (provider.id === 'oura') await ensureOuraSubscriptions(ctx, { config, url: ouraNotificationsUrl(apiBase) });
    if (provider.push === 'subscription') await subscribeUser(ctx, provider, { ...user, callbackUrl: withingsCallbackUrl(apiBase, config) });
  } catch (error) {
    logger.warn('could not set up provider notifications; the device is polled instead', { provider: provider.id, reason: (error as Error).message });
  }
}

/**
 * GET /wearables/{provider}/callback (public): the state is consumed first (one atomic delete, so a
 * replay finds nothing), and it alone says whose device this is. Codes and tokens are never logged.
 */
export const handler = httpHandler(route, async ({ params, query, event }) => {
  const provider = await requireProvider(params.provider);
  let state;
  try {
    state = await consumeOAuthState(ctx, query.state, provider.id);
  } catch (error) {
    if (!(error instanceof InvalidOAuthStateError)) throw error;
    throw problems.validation([{ path: 'query.state', code: 'invalid', params: { reason: error.reason }, message: error.message }], error.message);
  }
  const to = returnUrl(state.returnTo);
  if (query.error || !query.code) return back(to, { provider: provider.id, error: query.error ?? 'no_code' });
  try {
    const charge = providerBudgetCharger(ctx, provider.id, provider.budget, { userId: state.userId });
    const exchange = await provider.exchangeCode({ code: query.code, codeVerifier: state.codeVerifier, redirectUri: state.redirectUri ?? '' }, charge);
    await connectDevice(ctx, cipher, { userId: state.userId, provider: provider.id, scopes: exchange.scopes, externalUserId: exchange.externalUserId, tokens: exchange.tokens });
    await startPush(provider, { userId: state.userId, accessToken: exchange.tokens.accessToken }, apiBaseUrl(event));
  } catch (error) {
    if (error instanceof ProviderAuthError || error instanceof ProviderRateLimitedError || error instanceof ProviderUnavailableError) {
      logger.warn('wearable code exchange failed', { provider: provider.id, reason: error.name });
      return back(to, { provider: provider.id, error: error instanceof ProviderAuthError ? 'exchange_refused' : 'provider_unavailable' });
    }
    throw error;
  }
  return back(to, { connected: provider.id });
});
