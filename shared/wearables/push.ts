import { createHmac } from 'node:crypto';
import type { TableContext } from '../db/context';
import { devicesOfExternalUser, markDeviceNotified } from '../db/entities/device';
import { deleteNotifySubscription, getNotifySubscription, putNotifySubscription } from '../db/entities/device-subscription';
import { providerBudgetCharger } from '../db/entities/provider-budget';
import { getWebhook, openSignatureKey, putWebhook, type StoredWebhook } from '../db/entities/provider-webhook';
import { APP_SECRET_HOLDER, type Device, type TokenCipher } from '../domain/wearables/device';
import type { WearableProvider } from '../domain/wearables/provider';
import { RECONCILE_INTERVAL_MS, WITHINGS_APPLIS } from '../domain/wearables/push';
import { withAccessToken } from './access-token';
import { POLL_INTERVAL_MS } from './poll-interval';
import type { ProviderConfig } from './providers/config';
import { POLAR_BUDGET, POLAR_WEBHOOK_EVENTS, polarWebhooks } from './providers/polar';

/**
 * Provider push, the service side (pure rules in shared/domain/wearables/push.ts): Polar's one
 * webhook per client (registration, its signature key), Withings' per-user subscriptions, and what
 * a notification does (the device becomes due; the poller syncs it).
 */

/** What this container knows of our Polar webhook; read again after this long (a re-created webhook has a new key). */
const WEBHOOK_CACHE_MS = 5 * 60_000;
let known: { webhook: StoredWebhook | null; readAt: number } | null = null;
let openedKey: { webhookId: string; key: string } | null = null;

async function storedPolarWebhook(ctx: TableContext, fresh = false): Promise<StoredWebhook | null> {
  if (!fresh && known && Date.now() - known.readAt < WEBHOOK_CACHE_MS) return known.webhook;
  known = { webhook: await getWebhook(ctx, 'polar'), readAt: Date.now() };
  return known.webhook;
}

/** Forgets the cached webhook (a new container, for tests). */
export const forgetPolarWebhook = () => {
  known = null;
  openedKey = null;
};

/** The Polar webhook's signature key (decrypted once per container and webhook), or null when none is registered. `fresh` reads the table again. */
export async function polarSignatureKey(ctx: TableContext, cipher: TokenCipher, fresh = false): Promise<string | null> {
  const webhook = await storedPolarWebhook(ctx, fresh);
  if (!webhook) return null;
  if (openedKey?.webhookId !== webhook.webhookId) openedKey = { webhookId: webhook.webhookId, key: await openSignatureKey(cipher, webhook) };
  return openedKey.key;
}

export interface WebhookRegistration {
  outcome: 'kept' | 'created' | 'replaced';
  webhookId: string;
  url: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes sure our client has its one Polar webhook to `url`, and that we hold its signature key
 * (sealed in the table). Without `verify`, a stored webhook to the same URL is trusted (the
 * connect step: no Polar request); with it (the job), Polar's list is read first and a kept
 * webhook is activated again (Polar deactivates one after 7 days of failed deliveries). A webhook we
 * hold no key for (lost) or pointing elsewhere is deleted and created again: Polar returns the key
 * only at creation. A 409 means another creator won the race: its stored key is used.
 */
export async function ensurePolarWebhook(ctx: TableContext, cipher: TokenCipher, args: { config: ProviderConfig; url: string; verify?: boolean; now?: Date }): Promise<WebhookRegistration> {
  const stored = await storedPolarWebhook(ctx, true);
  if (!args.verify && stored?.url === args.url) return { outcome: 'kept', webhookId: stored.webhookId, url: stored.url };
  const charge = providerBudgetCharger(ctx, 'polar', POLAR_BUDGET, { userId: APP_SECRET_HOLDER });
  const api = polarWebhooks(args.config);
  const [existing] = await api.list(charge);
  if (existing && stored?.webhookId === existing.id && existing.url === args.url) {
    await api.activate(charge);
    return { outcome: 'kept', webhookId: existing.id, url: existing.url };
  }
  if (existing) await api.remove(existing.id, charge);
  const created = await api.create(args.url, charge);
  if (created === 'exists') {
    for (let attempt = 0; attempt < 5; attempt++) {
      const theirs = await storedPolarWebhook(ctx, true);
      if (theirs) return { outcome: 'kept', webhookId: theirs.webhookId, url: theirs.url };
      await sleep(400);
    }
    throw new Error('Polar says our webhook exists, but no signature key was stored: run the register-polar-webhook job again');
  }
  await putWebhook(ctx, cipher, { provider: 'polar', webhookId: created.id, url: created.url, events: created.events.length ? created.events : [...POLAR_WEBHOOK_EVENTS], signatureKey: created.signatureSecretKey!, now: args.now });
  forgetPolarWebhook();
  return { outcome: existing ? 'replaced' : 'created', webhookId: created.id, url: created.url };
}

/**
 * A notification for the provider's user `externalUserId`: each of our connected devices of that
 * account becomes due now. Unknown users are no error (a user who disconnected, or another app's).
 */
export async function notifyDevices(ctx: TableContext, provider: string, externalUserId: string, now = new Date()): Promise<number> {
  const devices = await devicesOfExternalUser(ctx, provider, externalUserId);
  const outcomes = await Promise.all(devices.map((device) => markDeviceNotified(ctx, device.userId, device.provider, now)));
  return outcomes.filter((outcome) => outcome !== 'gone').length;
}

/** Whether the device's provider is pushing its new data to us now: our Polar webhook is registered, or the user's Withings subscription is in place. */
export async function pushActive(ctx: TableContext, provider: WearableProvider, device: Pick<Device, 'userId'>): Promise<boolean> {
  if (provider.push === 'webhook') return (await storedPolarWebhook(ctx)) !== null;
  if (provider.push === 'subscription') return (await getNotifySubscription(ctx, device.userId, provider.id)) !== null;
  return false;
}

/** How long until a synced device is polled again: 24 h when its provider pushes (reconciliation), else 15 minutes. */
export const nextPollDelay = async (ctx: TableContext, provider: WearableProvider, device: Pick<Device, 'userId'>) =>
  ((await pushActive(ctx, provider, device)) ? RECONCILE_INTERVAL_MS : POLL_INTERVAL_MS);

/**
 * The secret in our Withings callback URL (Withings signs nothing): derived from our Withings client
 * secret, so it is per deployment, unguessable without that secret, and needs no storage of its own.
 */
export const withingsCallbackSecret = (config: Pick<ProviderConfig, 'clientSecret'>) =>
  createHmac('sha256', config.clientSecret).update('twinforge:withings-notifications').digest('base64url').slice(0, 32);

export const withingsCallbackUrl = (apiBase: string, config: Pick<ProviderConfig, 'clientSecret'>) =>
  `${apiBase.replace(/\/$/, '')}/wearables/withings/notifications/${withingsCallbackSecret(config)}`;

/** On connect: subscribes the user's notifications (Withings first checks the URL with a HEAD) and remembers the subscription. */
export async function subscribeUser(ctx: TableContext, provider: WearableProvider, args: { userId: string; accessToken: string; callbackUrl: string; now?: Date }): Promise<void> {
  if (!provider.subscribeNotifications) return;
  const charge = providerBudgetCharger(ctx, provider.id, provider.budget, { userId: args.userId });
  await provider.subscribeNotifications(args.accessToken, args.callbackUrl, charge);
  await putNotifySubscription(ctx, { userId: args.userId, provider: provider.id, categories: [...WITHINGS_APPLIS], subscribedAt: (args.now ?? new Date()).toISOString() });
}

/** How long a disconnect waits for the provider to revoke (it never blocks the disconnect). */
const REVOKE_WAIT_MS = 5_000;

/**
 * Before a disconnect deletes the tokens: revokes the user's notifications at the provider, best
 * effort and bounded in time (a refused or slow revoke leaves a subscription whose deliveries we
 * ignore: the device is gone). Returns whether the provider confirmed.
 */
export async function revokeUser(ctx: TableContext, cipher: TokenCipher, provider: WearableProvider, args: { userId: string; callbackUrl: string }): Promise<boolean> {
  if (!provider.revokeNotifications || !(await getNotifySubscription(ctx, args.userId, provider.id))) return false;
  const charge = providerBudgetCharger(ctx, provider.id, provider.budget, { userId: args.userId });
  const revoke = withAccessToken({ ctx, cipher, provider, charge }, args.userId, (token) => provider.revokeNotifications!(token, args.callbackUrl, charge)).then(
    () => true,
    () => false,
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), REVOKE_WAIT_MS)));
  const revoked = await Promise.race([revoke, late]).finally(() => clearTimeout(timer));
  await deleteNotifySubscription(ctx, args.userId, provider.id);
  return revoked;
}
