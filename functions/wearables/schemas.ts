import * as z from '../../shared/zod';
import { connectableProviderSchema } from '../../shared/domain/wearables/provider';
import { deviceStatusSchema, type Device } from '../../shared/domain/wearables/device';
import { heartRateDetailsSchema } from '../../shared/domain/wearables/session-wearable';

export const providerParams = z.object({ provider: connectableProviderSchema });
/** A device is one connected provider: its id is the provider's id. */
export const deviceParams = z.object({ id: connectableProviderSchema });

export const providerView = z.object({
  id: connectableProviderSchema,
  name: z.string(),
  /** False when this deployment has no client credentials for it (connect answers 503). */
  available: z.boolean(),
  pkce: z.boolean(),
  features: z.array(z.enum(['workouts', 'heart_rate', 'daily'])),
});
export const providersAnswer = z.object({ items: z.array(providerView) });

export const deviceView = z.object({
  id: connectableProviderSchema,
  provider: connectableProviderSchema,
  status: deviceStatusSchema,
  scopes: z.array(z.string()),
  connectedAt: z.iso.datetime(),
  lastSyncAt: z.nullable(z.iso.datetime()),
  nextPollAt: z.iso.datetime(),
  lastError: z.nullable(z.string()),
});
export const devicesAnswer = z.object({ items: z.array(deviceView) });

/** Tokens, versions and poll-index internals never leave the server. */
export const toDeviceView = (device: Device): z.infer<typeof deviceView> => ({
  id: device.provider as z.infer<typeof connectableProviderSchema>,
  provider: device.provider as z.infer<typeof connectableProviderSchema>,
  status: device.status,
  scopes: device.scopes,
  connectedAt: device.connectedAt,
  lastSyncAt: device.lastSyncAt,
  nextPollAt: device.nextPollAt,
  lastError: device.lastError,
});

export const connectBody = z.strictObject({
  /** Where the callback sends the browser back (the app's Devices screen); default: the app's /devices. */
  returnTo: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(500))),
});
export const connectAnswer = z.object({
  authorizeUrl: z.url(),
  /** The authorization must come back before this instant (10 minutes). */
  expiresAt: z.iso.datetime(),
});

export const callbackQuery = z.object({
  state: z.string().check(z.minLength(1), z.maxLength(256)),
  code: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
  error: z.optional(z.string().check(z.maxLength(200))),
  error_description: z.optional(z.string().check(z.maxLength(1000))),
});

export const syncAnswer = z.object({
  device: deviceView,
  outcome: z.enum(['synced', 'reauth_required', 'rate_limited', 'failed']),
  workouts: z.object({ linked: z.int(), activities: z.int(), unchanged: z.int() }),
  days: z.int(),
  requests: z.int(),
  retryAfterSeconds: z.optional(z.int()),
  error: z.optional(z.string()),
});

export const sessionWearableAnswer = z.extend(heartRateDetailsSchema, {
  sessionId: z.string(),
  provider: z.string(),
  externalId: z.string(),
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  calories: z.nullable(z.number()),
  distanceM: z.nullable(z.number()),
  linkedAt: z.iso.datetime(),
  /** Zone bounds in bpm for the max HR used (null without one). */
  zones: z.nullable(z.array(z.object({ zone: z.enum(['z1', 'z2', 'z3', 'z4', 'z5']), minBpm: z.int(), maxBpm: z.int() }))),
});
