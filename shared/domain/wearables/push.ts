import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from '../../zod';
import type { ConnectableProvider } from './provider';

/**
 * Provider push notifications (docs/scale.md §8): Polar signs each webhook delivery with
 * HMAC-SHA256 of the raw body under the webhook's signature key; Withings signs nothing, so its
 * callback URL carries a per-deployment secret; Oura signs HMAC-SHA256 of `x-oura-timestamp` + the
 * raw body under our client secret (upper-case hex in `x-oura-signature`). Either way a notification only makes the user's
 * device due: the poller then syncs it from its cursor, within the provider's budget.
 */

/** Providers that push: their devices carry a lookup from the provider's user id (GSI1) and are polled every 24 h to reconcile. */
export const PUSH_PROVIDERS: readonly ConnectableProvider[] = ['polar', 'withings', 'oura'];
export const pushes = (provider: string) => (PUSH_PROVIDERS as readonly string[]).includes(provider);

/** Hex HMAC-SHA256 of the raw body. */
export const hmacSha256Hex = (key: string, rawBody: string) => createHmac('sha256', key).update(rawBody, 'utf8').digest('hex');

export type SignatureCheck = 'valid' | 'missing' | 'wrong';

/** Compares in constant time (over equal-length digests); a header of another length or not hex is simply wrong. */
export function checkSignature(rawBody: string, header: string | undefined | null, key: string): SignatureCheck {
  if (!header || !header.trim()) return 'missing';
  const expected = Buffer.from(hmacSha256Hex(key, rawBody), 'hex');
  const given = /^[0-9a-f]+$/i.test(header.trim()) ? Buffer.from(header.trim(), 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'valid' : 'wrong';
}

/** Constant-time equality of two secrets (digests of both, so their lengths leak nothing). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHmac('sha256', 'compare').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected)) && given.length === expected.length;
}

/** A Polar webhook delivery (`PING` on creation; EXERCISE with entity_id, ACTIVITY_SUMMARY with date, …). */
export const polarNotificationSchema = z.object({
  event: z.string().check(z.minLength(1), z.maxLength(64)),
  user_id: z.optional(z.union([z.int().check(z.minimum(0)), z.string().check(z.regex(/^\d{1,20}$/))])),
  entity_id: z.optional(z.string().check(z.maxLength(128))),
  date: z.optional(z.string().check(z.maxLength(10))),
  timestamp: z.optional(z.string().check(z.maxLength(40))),
  url: z.optional(z.string().check(z.maxLength(2048))),
});
export type PolarNotification = z.infer<typeof polarNotificationSchema>;

/** Polar events that bring data the poller reads. */
export const POLAR_DATA_EVENTS = new Set(['EXERCISE', 'ACTIVITY_SUMMARY']);

/** A Withings notification (form fields): `userid`, `appli`, `startdate`/`enddate` (epoch seconds) or `date`. */
export const withingsNotificationSchema = z.object({
  userid: z.string().check(z.regex(/^\d{1,20}$/, 'must be a Withings user id (digits)')),
  appli: z.string().check(z.regex(/^\d{1,4}$/, 'must be a Withings appli number')),
  startdate: z.optional(z.string().check(z.maxLength(20))),
  enddate: z.optional(z.string().check(z.maxLength(20))),
  date: z.optional(z.string().check(z.maxLength(10))),
});

/** Withings notification categories we subscribe to: 16 = activity (workouts, steps, calories, what the poller reads). */
export const WITHINGS_APPLIS = [16] as const;

/**
 * Oura's signature: HMAC-SHA256 under our client secret of the `x-oura-timestamp` header followed
 * by the raw body, in hex (Oura sends it upper-case; hex compares case-free). Missing when either
 * header is absent.
 */
export function checkOuraSignature(rawBody: string, headers: { signature?: string | null; timestamp?: string | null }, clientSecret: string): SignatureCheck {
  if (!headers.timestamp?.trim()) return 'missing';
  return checkSignature(headers.timestamp.trim() + rawBody, headers.signature, clientSecret);
}

/** What Oura signs and sends (the simulator signs the same way). */
export const ouraSignature = (clientSecret: string, timestamp: string, rawBody: string) => hmacSha256Hex(clientSecret, timestamp + rawBody).toUpperCase();

/** The data types our Oura subscriptions cover: what the poller reads (workouts, daily activity, sleep for the resting HR). */
export const OURA_DATA_TYPES = ['workout', 'daily_activity', 'sleep'] as const;
/** New and changed data; a deletion changes nothing we import. */
export const OURA_EVENT_TYPES = ['create', 'update'] as const;

/** An Oura webhook delivery. */
export const ouraNotificationSchema = z.object({
  event_type: z.string().check(z.minLength(1), z.maxLength(32)),
  data_type: z.string().check(z.minLength(1), z.maxLength(64)),
  user_id: z.string().check(z.minLength(1), z.maxLength(128)),
  object_id: z.optional(z.string().check(z.maxLength(256))),
  event_time: z.optional(z.string().check(z.maxLength(40))),
});

/**
 * The answer to Oura's verification GET (`?verification_token=…&challenge=…`, sent while a
 * subscription is created): the challenge echoed, only when the token is ours; null otherwise.
 */
export function ouraVerificationAnswer(query: { verification_token?: string; challenge?: string }, ourToken: string): { challenge: string } | null {
  if (!query.verification_token || query.challenge === undefined || !sameSecret(query.verification_token, ourToken)) return null;
  return { challenge: query.challenge };
}

/** An Oura subscription is renewed when it expires within this long (the job runs daily). */
export const OURA_RENEW_BEFORE_MS = 7 * 24 * 3_600_000;

/** How a pushed device is rescheduled: reconciled once a day; a notification makes it due at once. */
export const RECONCILE_INTERVAL_MS = 24 * 3_600_000;
