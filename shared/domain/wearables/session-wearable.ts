import * as z from 'zod';
import { externalIdSchema, providerIdSchema } from './provider';

const bpm = z.number().min(20).max(260);
const zoneValuesSchema = z.object({ z1: z.number().min(0), z2: z.number().min(0), z3: z.number().min(0), z4: z.number().min(0), z5: z.number().min(0) });

/**
 * Heart-rate metrics of the wearable workout linked to a training session (1:1): one item per
 * session, written by the wearable import when a workout overlaps the session.
 */
export const sessionWearableSchema = z.object({
  userId: z.string(),
  sessionId: z.string(),
  provider: providerIdSchema,
  /** The provider's workout id: the same workout re-imported updates the item, another cannot replace it. */
  externalId: externalIdSchema,
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  minBpm: bpm.nullable(),
  avgBpm: bpm.nullable(),
  maxBpm: bpm.nullable(),
  /** Seconds per zone Z1–Z5; null without a max HR. */
  zoneSeconds: zoneValuesSchema.nullable(),
  belowZonesSeconds: z.number().min(0).nullable(),
  maxHr: z.object({ bpm: z.int().min(100).max(240), method: z.enum(['profile', 'tanaka', 'fox_220']) }).nullable(),
  trimp: z.number().min(0).nullable(),
  effortScore: z.number().min(0).max(100).nullable(),
  calories: z.number().min(0).nullable(),
  distanceM: z.number().min(0).nullable(),
  quality: z.object({
    level: z.enum(['excellent', 'good', 'fair', 'poor']),
    completeness: z.number().min(0).max(1),
    anomalyRate: z.number().min(0).max(1),
    sampleCount: z.int().min(0),
  }),
  linkedAt: z.iso.datetime(),
});
export type SessionWearable = z.infer<typeof sessionWearableSchema>;
