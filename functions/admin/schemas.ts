import * as z from 'zod';

/** Approximate message counts of one SQS queue; null when its URL is not configured. */
const queueDepth = z
  .object({ visible: z.int().min(0), inFlight: z.int().min(0), delayed: z.int().min(0) })
  .nullable();

/** GET /admin/queues */
export const queueStatsResponse = z.object({
  queues: z.array(z.object({ name: z.string(), queue: queueDepth, deadLetters: queueDepth })),
  sessionsAwaitingEnrichment: z.int().min(0),
});
