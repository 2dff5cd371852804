import type { Context } from 'aws-lambda';
import { vi } from 'vitest';
import { createSession } from '../../../shared/db/entities/training-session';
import { listTrainingDays } from '../../../shared/db/entities/training-day';
import { addDays } from '../../../shared/domain/science/days';
import type { LoggedSet, TrainingSession } from '../../../shared/domain/training/session';
import { tableContext } from '../../support/db';
import { completedSession } from '../../support/forge';
import { eventually } from '../../support/wait';

type Handler = (event: unknown, context: Context) => Promise<{ statusCode: number; headers?: Record<string, string>; body?: string }>;

/**
 * A fresh instance of an insights handler in this test process: its own module graph, so its own
 * memory tier (another "warm function" than the local stack's, on the same table).
 */
export async function freshHandler(name: 'get-insights' | 'get-progression'): Promise<Handler> {
  vi.resetModules();
  return ((await import(`../../../functions/insights/${name}.ts`)) as { handler: Handler }).handler;
}

/** Invokes a handler as API Gateway would for `userId`. */
export async function invokeAs(handler: Handler, userId: string, path: string, query: Record<string, string> = {}) {
  const rawQueryString = new URLSearchParams(query).toString();
  const event = {
    version: '2.0',
    routeKey: `GET ${path}`,
    rawPath: path,
    rawQueryString,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    headers: {},
    isBase64Encoded: false,
    requestContext: { http: { method: 'GET', path }, authorizer: { jwt: { claims: { sub: userId }, scopes: [] } } },
  };
  const response = await handler(event, { getRemainingTimeInMillis: () => 29_000 } as Context);
  return { status: response.statusCode, headers: response.headers ?? {}, body: JSON.parse(response.body ?? 'null') };
}

const today = () => new Date().toISOString().slice(0, 10);

/** A completed strength session `daysAgo` days back, with logged sets (squat progressing, bench flat). */
export function historicalSession(userId: string, daysAgo: number, index: number): TrainingSession {
  const day = addDays(today(), -daysAgo);
  const completedAt = `${day}T18:00:00.000Z`;
  const sets: LoggedSet[] = [
    ...Array.from({ length: 4 }, (_, i) => ({ id: `sq-${index}-${i}`, exerciseIndex: 0, exerciseId: 'back-squat', setIndex: i, reps: 5, loadKg: 80 + index * 2.5, durationSec: null, distanceM: null, rpe: 7, rir: null, completedAt })),
    ...Array.from({ length: 3 }, (_, i) => ({ id: `bp-${index}-${i}`, exerciseIndex: 1, exerciseId: 'bench-press', setIndex: i, reps: 5, loadKg: 60, durationSec: null, distanceM: null, rpe: 8, rir: null, completedAt })),
  ];
  const volumeKg = sets.reduce((t, s) => t + (s.reps ?? 0) * (s.loadKg ?? 0), 0);
  return completedSession(userId, {
    completedAt,
    localDay: day,
    loggedSets: sets,
    metrics: { volumeKg, distanceKm: 0, totalReps: 35, setCount: 7, durationMin: 50, durationSource: 'explicit', rpeAverage: 7.5, rpeSource: 'reported', calories: { kcal: 350, method: 'met' }, sessionLoad: 375 },
  });
}

/** Writes `count` completed sessions over the last weeks and waits until the stream has projected them all. */
export async function seedHistory(userId: string, count = 10, everyDays = 3): Promise<TrainingSession[]> {
  const sessions = Array.from({ length: count }, (_, i) => historicalSession(userId, (count - i) * everyDays, i));
  for (const session of sessions) await createSession(tableContext(), session);
  await settled(userId, count);
  return sessions;
}

/** Until the projection consumer has counted `count` sessions in the user's training days (so its cache invalidations are over). */
export async function settled(userId: string, count: number): Promise<void> {
  await eventually(
    async () => {
      const days = await listTrainingDays(tableContext(), userId, addDays(today(), -200), addDays(today(), 1));
      return days.reduce((t, d) => t + d.sessionCount, 0) >= count ? true : undefined;
    },
    45_000,
    `${count} sessions projected`,
  );
  // The consumer drops the insight caches right after the day aggregate: let that land too.
  await new Promise((resolve) => setTimeout(resolve, 500));
}
