import { tableContextFromEnv } from '../../shared/db/context';
import { cleanupSnapshots } from '../../shared/db/entities/session-snapshot';
import { logger } from '../../shared/logging/logger';

const ctx = tableContextFromEnv();

/** Daily: delete recovery snapshots older than 7 days or of sessions that are completed or gone (GSI3, no Scan). */
export const handler = async () => {
  const result = await cleanupSnapshots(ctx);
  logger.info('cleanup done', result);
  return result;
};
