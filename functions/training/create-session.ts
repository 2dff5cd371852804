import { openAiProviderSource, tableAiBudget } from '../../shared/ai/providers';
import { prescribeWithFallback } from '../../shared/ai/coach-service';
import type { CoachProvider } from '../../shared/ai/coach-port';
import { readAiSettings } from '../../shared/ai/settings';
import type { TableContext } from '../../shared/db/context';
import { tableContextFromEnv } from '../../shared/db/context';
import { getLocation } from '../../shared/db/entities/location';
import { getProfileCached } from '../../shared/db/entities/profile';
import { putSessionEnrichment } from '../../shared/db/entities/session-enrichment';
import { createSession, listSessionHistory, saveSession } from '../../shared/db/entities/training-session';
import { newId } from '../../shared/db/ids';
import { buildCoachContext, historyWindow, HISTORY_SESSIONS } from '../../shared/domain/coaches/build-context';
import { buildCoachSession } from '../../shared/domain/coaches/coach-session';
import { loadCoaching } from '../../shared/domain/catalog/coaching/load';
import type { generateOfflineEnrichment } from '../../shared/domain/coaches/enrichment';
import type { Location } from '../../shared/domain/training/location';
import { lastPerformances, prescribedExerciseIds } from '../../shared/domain/training/last-performance';
import type { TrainingSession } from '../../shared/domain/training/session';
import { buildCustomSession, unknownExercises } from '../../shared/domain/training/custom-session';
import type { Caller } from '../../shared/http/caller';
import { httpHandler } from '../../shared/http/http-handler';
import { ProblemError, problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { logger } from '../../shared/logging/logger';
import { businessMetrics } from '../../shared/logging/metrics';
import type { CustomSessionBody, GenerateSessionBody } from './schemas';
import { route } from './create-session.route';

const ctx = tableContextFromEnv();
const ai = readAiSettings();
/** Starts reading the OpenAI key (Secrets Manager on AWS) at cold start; null = offline coach. */
const openAiProvider = openAiProviderSource(ai);

/**
 * The offline coaches (~80 KB) and the enrichment writer (~50 KB) are only read by coach
 * generation and full mode: loaded on first use (never for the athlete's own sessions), not at
 * cold start. Generation starts loading the coaches while its table reads are in flight.
 */
const loadOfflineCoaches = () => import('../../shared/ai/offline-provider').then((module) => module.offlineProvider);
const loadEnrichmentWriter = () => import('../../shared/domain/coaches/enrichment').then((module) => module.generateOfflineEnrichment);

/** A provider that is the offline coach once `loading` resolves. */
const offlineCoachFrom = (loading: Promise<CoachProvider>): CoachProvider => ({
  name: 'offline',
  prescribe: async (context, options) => (await loading).prescribe(context, options),
  estimateCostUsd: () => 0,
});

/** Kept for the offline fallback and the writes after an OpenAI attempt. */
const RESERVE_MS = 4_000;
/** Queried sessions (newest first) from which the last completed ones feed progressive overload. */
const HISTORY_QUERY_LIMIT = 3 * HISTORY_SESSIONS;

const locationNotFound = (id: string) =>
  new ProblemError(404, 'not-found', `Location ${id} was not found.`, {
    errors: [{ path: 'body.locationId', code: 'unknown_location', message: 'is not one of your locations (GET /training/locations lists them)' }],
  });

async function ownLocation(userId: string, id: string | null | undefined): Promise<Location | null> {
  if (!id) return null;
  const location = await getLocation(ctx, userId, id);
  if (!location) throw locationNotFound(id);
  return location;
}

/**
 * POST /training/sessions
 * - with `exercises`: the athlete's own prescription, every exercise from the catalog;
 * - without: a coach writes it (OpenAI when configured and within the caller's monthly budget,
 *   else the offline coach), from the profile, the location's equipment and recent history.
 */
export const handler = httpHandler(route, async ({ caller, body, context }) => {
  const remainingMs = typeof context?.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : undefined;
  const session = 'exercises' in body ? await createCustom(caller, body) : await generate(caller, body, remainingMs);
  return json(201, session, { headers: { location: `/training/sessions/${session.id}` } });
});

async function createCustom(caller: Caller, body: CustomSessionBody): Promise<TrainingSession> {
  const unknown = unknownExercises(body);
  if (unknown.length) {
    throw problems.validation(unknown.map(({ index, exerciseId }) => ({ path: `body.exercises.${index}.exerciseId`, code: 'unknown_exercise', params: { exerciseId }, message: `"${exerciseId}" is not in the exercise catalog (GET /exercises lists it)` })));
  }
  const now = new Date();
  const [profile, , history] = await Promise.all([
    getProfileCached(ctx.tableName, caller.userId, caller.email),
    ownLocation(caller.userId, body.locationId),
    recentCompleted(caller.userId, now),
  ]);
  const built = buildCustomSession(body, { id: newId(now.getTime()), userId: caller.userId, timeZone: profile.timeZone, now });
  const session: TrainingSession = { ...built, lastPerformance: lastPerformances(prescribedExerciseIds(built), history) };
  await createSession(ctx, session);
  businessMetrics.sessionCreated('custom');
  return session;
}

/** The athlete's latest completed sessions (one Query): progressive overload and "last time". */
async function recentCompleted(userId: string, now: Date): Promise<TrainingSession[]> {
  return (await listSessionHistory(ctx, userId, { ...historyWindow(now), status: 'completed', limit: HISTORY_QUERY_LIMIT })).items;
}

async function generate(caller: Caller, body: GenerateSessionBody, remainingMs: number | undefined) {
  const now = new Date();
  const offlineCoaches = loadOfflineCoaches();
  // Settled here, so a failed load only surfaces if the offline coach is actually asked.
  offlineCoaches.catch(() => undefined);
  const [profile, location, history] = await Promise.all([
    getProfileCached(ctx.tableName, caller.userId, caller.email),
    ownLocation(caller.userId, body.locationId),
    recentCompleted(caller.userId, now),
  ]);
  const coachContext = buildCoachContext({ request: body, profile, locationEquipment: location?.equipment, sessions: history, now });

  const { prescription, report } = await prescribeWithFallback(coachContext, {
    openAi: await openAiProvider(),
    offline: offlineCoachFrom(offlineCoaches),
    budget: tableAiBudget(ctx, caller.userId, profile.timeZone, ai.monthlyBudgetUsd),
    deadlineMs: remainingMs === undefined ? undefined : remainingMs - RESERVE_MS,
    onFailure: (reason, error) => logger.warn('OpenAI coach failed; the offline coach wrote the session', { reason, error: error as Error }),
  });

  const id = newId(now.getTime());
  let session: TrainingSession = buildCoachSession({
    id,
    userId: caller.userId,
    timeZone: profile.timeZone,
    now,
    prescription,
    provider: report.provider,
    context: coachContext,
    locationId: location?.id ?? null,
    tokenUsage: report.tokenUsage,
    mode: body.mode,
    priority: body.priority,
  });
  // "Last time" per prescribed exercise, from the same history read (no extra request).
  session = { ...session, lastPerformance: lastPerformances(prescribedExerciseIds(session), history) };

  let enrichment = null;
  if (body.mode === 'full') {
    try {
      const [coaching, generateOfflineEnrichment] = await Promise.all([loadCoaching(prescribedExerciseIds(session)), loadEnrichmentWriter()]);
      enrichment = generateOfflineEnrichment({ userId: caller.userId, sessionId: id, prescription, locale: profile.locale, now, coaching });
    } catch (error) {
      // Never lose the prescription: queue it for the enrichment worker instead.
      logger.error('inline enrichment failed; the session is queued instead', { error: error as Error });
      session = { ...session, enrichmentStatus: 'fast', enrichmentQueuedAt: session.createdAt };
    }
  }
  await createSession(ctx, session);
  businessMetrics.sessionCreated(report.provider);
  if (enrichment) session = await storeEnrichment(ctx, session, enrichment);
  return { ...session, generation: report };
}

/** Full mode: the enrichment item next to the session; if it cannot be written, the session says `failed`. */
async function storeEnrichment(ctx: TableContext, session: TrainingSession, enrichment: ReturnType<typeof generateOfflineEnrichment>): Promise<TrainingSession> {
  let reason: string;
  try {
    if (await putSessionEnrichment(ctx, enrichment)) return session;
    reason = 'the session was deleted before its enrichment was stored';
  } catch (error) {
    logger.error('could not store the inline enrichment', { error: error as Error });
    reason = 'the enrichment content could not be stored';
  }
  const failed: TrainingSession = { ...session, enrichmentStatus: 'failed', enrichmentError: reason, updatedAt: new Date().toISOString(), version: session.version + 1 };
  try {
    await saveSession(ctx, failed, { version: session.version, status: session.status });
    return failed;
  } catch (error) {
    logger.error('could not mark the session enrichment as failed', { error: error as Error });
    return session;
  }
}
