import { createHmac } from 'node:crypto';
import type { TableContext } from '../db/context';
import { devicesOfExternalUser, markDeviceNotified } from '../db/entities/device';
import { deleteNotifySubscription, getNotifySubscription, putNotifySubscription } from '../db/entities/device-subscription';
import { providerBudgetCharger } from '../db/entities/provider-budget';
import { getWebhook, openSignatureKey, putWebhook, type StoredWebhook } from '../db/entities/provider-webhook';
import { APP_SECRET_HOLDER, type Device, type TokenCipher } from '../domain/wearables/device';
import type { WearableProvider } from '../domain/wearables/provider';
import { OURA_DATA_TYPES, OURA_EVENT_TYPES, OURA_RENEW_BEFORE_MS, RECONCILE_INTERVAL_MS, WITHINGS_APPLIS } from '../domain/wearables/push';
import { withAccessToken } from './access-token';
import { POLL_INTERVAL_MS } from './poll-interval';
import type { ProviderConfig } from './providers/config';
import { OURA_BUDGET, ouraWebhooks, type OuraSubscription } from './providers/oura';
import { POLAR_BUDGET, POLAR_WEBHOOK_EVENTS, polarWebhooks } from './providers/polar';

/**
 * Provider push, the service side (pure rules in shared/domain/wearables/push.ts): Polar's one
 * webhook per client (registration, its signature key), Oura's app subscriptions (created, renewed),
 * Withings' per-user subscriptions, and what
 * a notification does (the device becomes due; the poller syncs it).
 */

/** What this container knows of our webhooks (per provider); read again after this long (a re-created webhook has a new key). */
const WEBHOOK_CACHE_MS = 5 * 60_000;
const known = new Map<string, { webhook: StoredWebhook | null; readAt: number }>();
let openedKey: { webhookId: string; key: string } | null = null;

async function storedWebhook(ctx: TableContext, provider: string, fresh = false): Promise<StoredWebhook | null> {
  const cached = known.get(provider);
  if (!fresh && cached && Date.now() - cached.readAt < WEBHOOK_CACHE_MS) return cached.webhook;
  const webhook = await getWebhook(ctx, provider);
  known.set(provider, { webhook, readAt: Date.now() });
  return webhook;
}
const storedPolarWebhook = (ctx: TableContext, fresh = false) => storedWebhook(ctx, 'polar', fresh);

/** Forgets the cached webhooks (a new container, for tests). */
export const forgetWebhooks = () => {
  known.clear();
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
  forgetWebhooks();
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

/**
 * Whether the device's provider is pushing its new data to us now: our Polar webhook is registered,
 * our Oura subscriptions are in place and unexpired, or the user's Withings subscription is.
 */
export async function pushActive(ctx: TableContext, provider: WearableProvider, device: Pick<Device, 'userId'>, now = new Date()): Promise<boolean> {
  if (provider.push === 'webhook') {
    const webhook = await storedWebhook(ctx, provider.id);
    return webhook !== null && (!webhook.validUntil || Date.parse(webhook.validUntil) > now.getTime());
  }
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

/**
 * The verification token of our Oura subscriptions (Oura echoes it in its verification GET): derived
 * from our Oura client secret like the Withings callback secret, so nothing new is stored.
 */
export const ouraVerificationToken = (config: Pick<ProviderConfig, 'clientSecret'>) =>
  createHmac('sha256', config.clientSecret).update('twinforge:oura-verification').digest('base64url').slice(0, 32);

export interface OuraSubscriptionsOutcome {
  outcome: 'kept' | 'created' | 'renewed';
  url: string;
  subscriptions: number;
  created: number;
  renewed: number;
  removed: number;
  expiresAt: string;
}

const OURA_WANTED = OURA_DATA_TYPES.flatMap((dataType) => OURA_EVENT_TYPES.map((eventType) => ({ dataType, eventType })));

/**
 * Makes sure our Oura app has a subscription to `url` for each (data type, event type) we read,
 * none expiring within OURA_RENEW_BEFORE_MS, and remembers the earliest expiry (the poller's sign
 * that Oura pushes). Without `verify` (a connect), a stored record for the same URL that is not
 * near its expiry is trusted (no Oura request). Our subscriptions of those types pointing elsewhere
 * (an old URL) are deleted.
 */
export async function ensureOuraSubscriptions(ctx: TableContext, args: { config: ProviderConfig; url: string; verify?: boolean; now?: Date }): Promise<OuraSubscriptionsOutcome> {
  const now = args.now ?? new Date();
  const stored = await storedWebhook(ctx, 'oura', true);
  const fresh = (expiresAt: string | undefined) => !!expiresAt && Date.parse(expiresAt) - now.getTime() > OURA_RENEW_BEFORE_MS;
  if (!args.verify && stored?.url === args.url && fresh(stored.validUntil)) {
    return { outcome: 'kept', url: stored.url, subscriptions: stored.events.length, created: 0, renewed: 0, removed: 0, expiresAt: stored.validUntil! };
  }
  const charge = providerBudgetCharger(ctx, 'oura', OURA_BUDGET, { userId: APP_SECRET_HOLDER });
  const api = ouraWebhooks(args.config);
  const existing = await api.list(charge);
  const ours = (s: OuraSubscription) => OURA_WANTED.some((w) => w.dataType === s.dataType && w.eventType === s.eventType);
  let removed = 0;
  for (const elsewhere of existing.filter((s) => ours(s) && s.callbackUrl !== args.url)) {
    await api.remove(elsewhere.id, charge);
    removed += 1;
  }
  const kept: OuraSubscription[] = [];
  let created = 0;
  let renewed = 0;
  for (const wanted of OURA_WANTED) {
    const current = existing.find((s) => s.callbackUrl === args.url && s.dataType === wanted.dataType && s.eventType === wanted.eventType);
    if (current && fresh(current.expiresAt)) kept.push(current);
    else if (current) {
      kept.push(await api.renew(current.id, charge));
      renewed += 1;
    } else {
      const made = await api.create({ callbackUrl: args.url, verificationToken: ouraVerificationToken(args.config), ...wanted }, charge);
      // A 409: a concurrent first connect made it; theirs is listed now.
      const theirs = made === 'exists' ? (await api.list(charge)).find((s) => s.callbackUrl === args.url && s.dataType === wanted.dataType && s.eventType === wanted.eventType) : made;
      if (!theirs) throw new Error(`Oura says our ${wanted.dataType}.${wanted.eventType} subscription exists, but does not list it`);
      kept.push(theirs);
      if (made !== 'exists') created += 1;
    }
  }
  const expiresAt = kept.map((s) => s.expiresAt).sort()[0]!;
  const events = kept.map((s) => `${s.dataType}.${s.eventType}`);
  await putWebhook(ctx, null, {
    provider: 'oura',
    webhookId: kept.map((s) => s.id).join(' '),
    url: args.url,
    events,
    validUntil: expiresAt,
    now,
  });
  known.delete('oura');
  return { outcome: created > 0 ? 'created' : renewed > 0 ? 'renewed' : 'kept', url: args.url, subscriptions: kept.length, created, renewed, removed, expiresAt };
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
