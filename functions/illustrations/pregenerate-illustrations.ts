import type { ScheduledEvent } from 'aws-lambda';
import * as z from '../../shared/zod';
import { envVar, readEnv } from '../../shared/config/env';
import { tableContextFromEnv } from '../../shared/db/context';
import { listLibrary } from '../../shared/db/entities/illustration';
import { catalog } from '../../shared/domain/catalog';
import { refLabel, type IllustrationRef } from '../../shared/domain/illustrations/illustration';
import { DEFAULT_PREGENERATION_COUNT, pregenerationOrder } from '../../shared/domain/illustrations/pregeneration';
import { PRIORITY, queueGeneration } from './library';

const ctx = tableContextFromEnv();
const env = readEnv({ QUEUE_URL_ILLUSTRATIONS: envVar.queueUrl });

/** `detail` of a hand-run (npm run job -- pregenerate-illustrations [--all | --count N]); EventBridge sends {}. */
const detailSchema = z.object({ count: z._default(z.union([z.literal('all'), z.int().check(z.minimum(1), z.maximum(10_000))]), DEFAULT_PREGENERATION_COUNT) });

export interface PregenerationReport {
  selected: IllustrationRef[];
  ready: number;
  queued: number;
  /** Pending or processing from an earlier run or request. */
  inProgress: number;
}

/**
 * Weekly (and by hand): the most used exercises without an illustration get a generation job,
 * low priority; a job that failed for good is queued again. Running it again resumes: ready ones
 * are skipped, waiting ones are left to the queue.
 */
export const handler = async (event: Pick<ScheduledEvent, 'detail'>): Promise<PregenerationReport> => {
  const { count } = detailSchema.parse(event.detail ?? {});
  const library = await listLibrary(ctx);
  const ready = new Set(library.map(refLabel));
  const selected = pregenerationOrder(catalog, new Map(library.map((entry) => [refLabel(entry), entry.usageCount])), count);
  const report: PregenerationReport = { selected, ready: 0, queued: 0, inProgress: 0 };
  for (const ref of selected) {
    if (ready.has(refLabel(ref))) {
      report.ready += 1;
      continue;
    }
    const { created } = await queueGeneration(ctx, env.QUEUE_URL_ILLUSTRATIONS, ref, { priority: PRIORITY.pregeneration, retryFailed: true });
    if (created) report.queued += 1;
    else report.inProgress += 1;
  }
  return report;
};
