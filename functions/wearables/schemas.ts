import * as z from 'zod';
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
  lastSyncAt: z.iso.datetime().nullable(),
  nextPollAt: z.iso.datetime(),
  lastError: z.string().nullable(),
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
  returnTo: z.url({ protocol: /^https?$/ }).max(500).optional(),
});
export const connectAnswer = z.object({
  authorizeUrl: z.url(),
  /** The authorization must come back before this instant (10 minutes). */
  expiresAt: z.iso.datetime(),
});

export const callbackQuery = z.object({
  state: z.string().min(1).max(256),
  code: z.string().min(1).max(2048).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

export const syncAnswer = z.object({
  device: deviceView,
  outcome: z.enum(['synced', 'reauth_required', 'rate_limited', 'failed']),
  workouts: z.object({ linked: z.int(), activities: z.int(), unchanged: z.int() }),
  days: z.int(),
  requests: z.int(),
  retryAfterSeconds: z.int().optional(),
  error: z.string().optional(),
});

export const sessionWearableAnswer = heartRateDetailsSchema.extend({
  sessionId: z.string(),
  provider: z.string(),
  externalId: z.string(),
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  calories: z.number().nullable(),
  distanceM: z.number().nullable(),
  linkedAt: z.iso.datetime(),
  /** Zone bounds in bpm for the max HR used (null without one). */
  zones: z.array(z.object({ zone: z.enum(['z1', 'z2', 'z3', 'z4', 'z5']), minBpm: z.int(), maxBpm: z.int() })).nullable(),
});
