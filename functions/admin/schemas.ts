import * as z from '../../shared/zod';

/** Approximate message counts of one SQS queue; null when its URL is not configured. */
const queueDepth = z.nullable(
  z.object({ visible: z.int().check(z.minimum(0)), inFlight: z.int().check(z.minimum(0)), delayed: z.int().check(z.minimum(0)) }),
);

/** GET /admin/queues */
export const queueStatsResponse = z.object({
  queues: z.array(z.object({ name: z.string(), queue: queueDepth, deadLetters: queueDepth })),
  sessionsAwaitingEnrichment: z.int().check(z.minimum(0)),
});
