import { tableContextFromEnv } from '../../shared/db/context';
import { getSessionEnrichment } from '../../shared/db/entities/session-enrichment';
import { enrichmentQueuePosition } from '../../shared/db/entities/training-session';
import { enrichmentProgress, needsEnrichment, type EnrichmentProgress } from '../../shared/domain/training/enrichment-status';
import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/response';
import { loadOwnSession } from '../training/own-session';
import { route } from './get-enrichment.route';

const ctx = tableContextFromEnv();
/** Athletes poll every 2 s: a queue position up to 1 s old is as good, and keeps the shared counters item cool. */
const POSITION_MAX_AGE_MS = 1000;

/** Enrichment progress: status, queue position and estimated wait while waiting; the content once ready. */
export const handler = httpHandler(route, async ({ caller, params }) => {
  const session = await loadOwnSession(ctx, caller.userId, params.id);
  if (needsEnrichment(session)) {
    return json(200, enrichmentProgress(session, await enrichmentQueuePosition(ctx, session, { maxAgeMs: POSITION_MAX_AGE_MS })));
  }
  const content = session.enrichmentStatus === 'failed' ? null : await getSessionEnrichment(ctx, caller.userId, session.id);
  const answer: EnrichmentProgress = { ...enrichmentProgress(session, null), content };
  return json(200, answer, { maxAgeSeconds: content ? 300 : 0 });
});
