import * as z from '../../shared/zod';

export const exportQuery = z.strictObject({ format: z._default(z.enum(['json', 'csv']), 'json') });

/** GET /me/export (JSON): the caller's plain entities grouped by entity name (profile, trainingSession, activity, …). */
export const exportResponse = z.object({
  userId: z.string(),
  exportedAt: z.iso.datetime(),
  entities: z.record(z.string(), z.array(z.unknown())),
});
/** GET /me/export?format=csv: a header row (`entity`, then every top-level field), one row per item; nested values as JSON. */
export const exportCsv = z
  .string()
  .check(z.regex(/^entity(,[^\r\n]*)?\r\n/, 'starts with the header row, first column entity'), z.describe('RFC 4180 CSV'));
