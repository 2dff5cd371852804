import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/db/client';
import { addAiUsage } from '../../../shared/db/entities/ai-usage';
import { connectDevice } from '../../../shared/db/entities/device';
import { putSessionWearable } from '../../../shared/db/entities/session-wearable';
import { putWearableDay } from '../../../shared/db/entities/wearable-day';
import { putWearableWorkout } from '../../../shared/db/entities/wearable-workout';
import { tableContext } from '../../support/db';
import { testCipher, wearableDay, workout } from '../../support/forge';
import { aws, endpoints, newUser, type ApiResponse, type TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';

/** Every item of the table that mentions `text` anywhere (a test-only Scan: no request path scans). */
async function itemsMentioning(text: string): Promise<Array<Record<string, unknown>>> {
  const found: Array<Record<string, unknown>> = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(new ScanCommand({ TableName: endpoints().tableName, ConsistentRead: true, ExclusiveStartKey }));
    found.push(...(page.Items ?? []).filter((item) => JSON.stringify(item).includes(text)));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return found;
}

const legDay = { coach: 'force', discipline: 'strength', title: 'Legs', exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }] }] };

describe('export and account deletion', () => {
  it("exports only the caller's data, as JSON and CSV", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await alice.call('PUT', '/me', { body: { displayName: 'Alice' } });
    const session = (await alice.call('POST', '/training/sessions', { body: legDay })).body;
    await bob.call('POST', '/training/sessions', { body: legDay });
    const exported = await alice.call('GET', '/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body.entities.trainingSession.map((s: { id: string }) => s.id)).toEqual([session.id]);
    expect(JSON.stringify(exported.body)).not.toContain(bob.sub);
    const csv = await alice.call('GET', '/me/export?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]!.startsWith('entity,')).toBe(true);
    expect(csv.text).toContain(`trainingSession,${session.id}`.split(',')[0]);
    expect((await alice.call('GET', '/me/export?format=xml')).status).toBe(400);
  });

  it('DELETE /me removes every item and the Cognito user; the other user keeps everything', async () => {
    const alice = await newUser();
    const bob = await newUser();
    await alice.call('POST', '/training/sessions', { body: legDay });
    await bob.call('POST', '/training/sessions', { body: legDay });
    expect((await alice.call('DELETE', '/me')).status).toBe(204);
    await expect(
      aws().cognito.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: endpoints().userPoolClientId, AuthParameters: { USERNAME: alice.email, PASSWORD: 'Passw0rd!x' } })),
    ).rejects.toThrow();
    expect((await bob.call('GET', '/training/sessions')).body.items).toHaveLength(1);
  });

  it('DELETE /me leaves no item mentioning the sub once the stream consumers have run; the old token gets 401 and creates nothing', async () => {
    const alice = await newUser();
    const bob = await newUser();
    const written = await populateEveryKind(alice);
    await populateEveryKind(bob);
    // Every kind is there (projections, caches and worker output included) before the erasure.
    const before = await eventually(async () => {
      const items = await itemsMentioning(alice.sub);
      const entities = new Set(items.map((item) => String(item.entity)));
      // Both sessions' illustration-usage marks: the stream consumer is done with both INSERTs.
      const marks = items.filter((item) => item.entity === 'illustrationUsage').length;
      return EVERY_KIND.every((entity) => entities.has(entity)) && marks === 2 ? entities : undefined;
    }, 20_000, `every kind of item of Alice (${EVERY_KIND.join(', ')})`);
    expect([...before].sort()).toEqual([...EVERY_KIND].sort());

    expect((await alice.call('DELETE', '/me')).status).toBe(204);
    expect(await itemsAfterConsumersSettle(alice.sub)).toEqual([]);

    // Alice's token still verifies (it outlives her user): every request gets 401, reads included.
    const refused = await Promise.all([
      alice.call('GET', '/me'),
      alice.call('GET', '/training/sessions'),
      alice.call('GET', `/training/sessions/${written.completedId}`),
      alice.call('GET', '/forge/day'),
      alice.call('GET', '/training/today'),
      alice.call('POST', '/training/sessions', { body: legDay }),
      alice.call('PUT', '/me', { body: { displayName: 'Back again' } }),
      alice.call('POST', '/training/goals', { body: { title: 'Again', kind: 'consistency', targetValue: 3, unit: 'sessions' } }),
      alice.call('POST', '/forge/manual-activities', { body: { type: 'walk', startAt: new Date().toISOString(), durationMin: 10 } }),
    ]);
    expect(refused.map((answer) => answer.status)).toEqual(refused.map(() => 401));
    for (const answer of refused) expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(await itemsAfterConsumersSettle(alice.sub)).toEqual([]);

    // Erasing again (an erasure that stopped halfway) is accepted and still leaves nothing.
    expect((await alice.call('DELETE', '/me')).status).toBe(204);
    expect(await itemsAfterConsumersSettle(alice.sub)).toEqual([]);
    // Bob keeps every kind of item.
    const bobs = new Set((await itemsMentioning(bob.sub)).map((item) => String(item.entity)));
    expect([...bobs].sort()).toEqual([...EVERY_KIND].sort());
  });
});

/** What `populateEveryKind` leaves in a user's partition once the consumers and the enrichment worker have run. */
const EVERY_KIND = [
  'profile', 'location', 'goal', 'trainingSession', 'sessionEnrichment', 'sessionSnapshot', 'sessionWearable', 'trainingDay', 'personalRecord',
  'activity', 'forgeDay', 'insightCache', 'progressionCache', 'rateLimit', 'aiUsage', 'device', 'deviceTokens', 'wearableDay', 'wearableWorkout',
  'illustrationUsage', 'sessionSnapshotIndex',
];

/**
 * Data of every kind: through the API where a route writes it (the stream consumers and the
 * enrichment worker derive the rest), through the repositories for the wearable and AI-budget
 * items no route writes yet.
 */
async function populateEveryKind(user: TestUser): Promise<{ completedId: string }> {
  const ok = async (answer: Promise<ApiResponse>, status = 200) => expect((await answer).status).toBe(status);
  await ok(user.call('PUT', '/me', { body: { displayName: 'Everything', weightKg: 80 } }));
  await ok(user.call('POST', '/training/locations', { body: { name: 'Home gym', equipment: ['barbell'] } }), 201);
  await ok(user.call('POST', '/training/goals', { body: { title: 'Squat 120', kind: 'strength', targetValue: 120, unit: 'kg', exerciseId: 'back-squat' } }), 201);
  const completed = (await user.call('POST', '/training/sessions', { body: legDay })).body;
  await ok(user.call('POST', `/training/sessions/${completed.id}/start`));
  await ok(user.call('POST', `/training/sessions/${completed.id}/sets`, { body: { id: 'set-1', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100 } }), 201);
  const now = new Date();
  expect(await putSessionWearable(tableContext(), sessionWearable(user.sub, completed.id, now))).toBe('linked');
  await ok(user.call('POST', `/training/sessions/${completed.id}/complete`, { body: { rpeAvg: 7 } }));
  const open = (await user.call('POST', '/training/sessions', { body: legDay })).body;
  await ok(user.call('POST', `/training/sessions/${open.id}/start`));
  await ok(user.call('PUT', `/training/sessions/${open.id}/snapshot`, { body: { step: 'session', exerciseIndex: 0, setIndex: 0, completedExercises: [], completedSets: [], pipelineState: {} } }));
  await ok(user.call('POST', '/forge/manual-activities', { body: { type: 'walk', title: 'Walk', startAt: now.toISOString(), durationMin: 30 } }), 201);
  // The completion invalidates the insights caches once projected: fill them after that.
  await eventually(async () => {
    const entities = new Set((await itemsMentioning(user.sub)).map((item) => String(item.entity)));
    return ['trainingDay', 'personalRecord', 'forgeDay'].every((entity) => entities.has(entity)) || undefined;
  }, 15_000, 'the completed session projected');
  await ok(user.call('GET', '/training/insights?refresh=1'));
  await ok(user.call('GET', '/training/progression'));
  await addAiUsage(tableContext(), user.sub, { inputTokens: 10, outputTokens: 20, costUsd: 0.001 }, now);
  await connectDevice(tableContext(), testCipher(), {
    userId: user.sub, provider: 'garmin', scopes: ['activity'], tokens: { accessToken: 'a', accessTokenExpiresAt: null, refreshToken: 'r' }, firstPollAt: new Date('2099-01-01T00:00:00Z'),
  });
  await putWearableDay(tableContext(), wearableDay(user.sub));
  await putWearableWorkout(tableContext(), workout(user.sub));
  return { completedId: completed.id };
}

function sessionWearable(userId: string, sessionId: string, now: Date) {
  return {
    userId, sessionId, provider: 'garmin', externalId: `w-${sessionId}`,
    startAt: new Date(now.getTime() - 3_600_000).toISOString(), endAt: now.toISOString(),
    minBpm: 70, avgBpm: 138, maxBpm: 171, zoneSeconds: { z1: 300, z2: 900, z3: 1500, z4: 600, z5: 300 }, belowZonesSeconds: 0,
    maxHr: { bpm: 185, method: 'tanaka' as const }, trimp: 120, effortScore: 58, calories: 520, distanceM: null,
    quality: { level: 'good' as const, completeness: 0.9, anomalyRate: 0.02, sampleCount: 3500 }, series: null, linkedAt: now.toISOString(),
  };
}

/**
 * The keys of the items that still mention `sub` once the consumers have settled: the table has
 * shown the same answer for 3 s in a row (or 15 s have passed).
 */
async function itemsAfterConsumersSettle(sub: string): Promise<string[]> {
  const keysNow = async () => (await itemsMentioning(sub)).map((item) => `${String(item.PK)} ${String(item.SK)}`).sort();
  let left = await keysNow();
  const settleBy = Date.now() + 15_000;
  for (let quiet = 0; quiet < 3 && Date.now() < settleBy; ) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const next = await keysNow();
    quiet = next.join() === left.join() ? quiet + 1 : 0;
    left = next;
  }
  return left;
}
