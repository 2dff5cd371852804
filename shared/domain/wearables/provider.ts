import * as z from 'zod';

/**
 * Wearable provider ids ("garmin", "polar", "strava", "mock"…). They appear inside keys and ids
 * (`DEVICE#<provider>`, `WORKOUT#<provider>#<externalId>`, `wb_<provider>_<externalId>`), so they
 * never contain `_` or `#`: no provider's prefix can match another provider's items.
 */
export const providerIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,31}$/, 'must be 2–32 lower-case letters, digits or dashes, starting with a letter');
export type ProviderId = z.infer<typeof providerIdSchema>;

/** A provider's own id for a workout: printable ASCII, no spaces. */
export const externalIdSchema = z.string().min(1).max(128).regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');
