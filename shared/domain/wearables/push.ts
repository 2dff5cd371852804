import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from '../../zod';
import type { ConnectableProvider } from './provider';

/**
 * Provider push notifications (docs/scale.md §8): Polar signs each webhook delivery with
 * HMAC-SHA256 of the raw body under the webhook's signature key; Withings signs nothing, so its
 * callback URL carries a per-deployment secret. Either way a notification only makes the user's
 * device due: the poller then syncs it from its cursor, within the provider's budget.
 */

/** Providers that push: their devices carry a lookup from the provider's user id (GSI1) and are polled every 24 h to reconcile. */
export const PUSH_PROVIDERS: readonly ConnectableProvider[] = ['polar', 'withings'];
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

/** How a pushed device is rescheduled: reconciled once a day; a notification makes it due at once. */
export const RECONCILE_INTERVAL_MS = 24 * 3_600_000;
