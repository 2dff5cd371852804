import { describe, expect, it } from 'vitest';
import { manifest } from '../../../infra/manifest';
import { newUser, type TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';
import { completeSessionOverHttp, forgeDayWhen, settled } from './helpers';

/**
 * The seed's scenarios: Training reads training sessions only, Forge reads activities only, and
 * the flow is one way (Training → Forge).
 */

const hasRoute = (method: string, path: string) => manifest.routes.some((r) => r.method === method && r.path === path);

/** What Training shows: its own completed sessions of the day (history) and Today's stats once its aggregate caught up. */
async function trainingTotals(user: TestUser, day: string, expectedCount: number) {
  const history = await user.call('GET', '/training/sessions?period=week&status=completed');
  expect(history.status).toBe(200);
  const sessions = history.body.items.filter((s: { localDay: string }) => s.localDay === day);
  const fromHistory = {
    count: sessions.length,
    calories: sessions.reduce((sum: number, s: any) => sum + (s.metrics?.calories.kcal ?? 0), 0),
    minutes: sessions.reduce((sum: number, s: any) => sum + (s.metrics?.durationMin ?? 0), 0),
  };
  const today = await eventually(async () => {
    const r = await user.call('GET', '/training/today');
    expect(r.status).toBe(200);
    return r.body.stats.count === expectedCount ? r.body : undefined;
  }, 20_000, 'Training today stats');
  expect({ count: today.stats.count, calories: today.stats.calories, minutes: today.stats.minutes }).toEqual(fromHistory);
  return { ...fromHistory, history: history.body.items, today };
}

const manual = (overrides: Record<string, unknown> = {}) => ({ type: 'walking', title: 'Walk to work', startAt: new Date(Date.now() - 60_000).toISOString(), durationMin: 25, calories: 110, ...overrides });

describe('seed scenarios A, B, C (two halves, one-way flow)', () => {
  it('routes exist for both halves', () => {
    expect(hasRoute('POST', '/training/sessions/{id}/complete')).toBe(true);
    expect(hasRoute('GET', '/training/today')).toBe(true);
  });

  it('A: training + manual → Forge counts both, Training only its session: different totals, by design', async () => {
    const user = await newUser();
    expect((await user.call('PUT', '/me', { body: { weightKg: 70 } })).status).toBe(200);
    const session = await completeSessionOverHttp(user, { rpeAvg: 7, durationActualMin: 40 });
    const walk = (await user.call('POST', '/forge/manual-activities', { body: manual() })).body;
    expect(walk.localDay).toBe(session.localDay);

    const forge = await forgeDayWhen(user, session.localDay, (b) => b.summary.count === 2 && settled(b), 'both activities');
    const training = await trainingTotals(user, session.localDay, 1);

    expect(training.count).toBe(1);
    expect(training.history.map((s: { id: string }) => s.id)).toEqual([session.id]); // the manual walk never reaches Training
    expect(forge.summary.count).toBe(2);
    expect(forge.summary.syncedTrainingSessions).toBe(1);
    expect(forge.summary.bySource.training_session).toEqual({ calories: training.calories, minutes: training.minutes, count: 1 });
    expect(forge.summary.bySource.manual).toEqual({ calories: 110, minutes: 25, count: 1 });
    expect(forge.summary.calories).toBeCloseTo(training.calories + 110, 1);
    expect(forge.summary.minutes).toBeCloseTo(training.minutes + 25, 1);
    expect(forge.summary.calories).not.toBe(training.calories);
  });

  it('B: training only → identical totals in both halves', async () => {
    const user = await newUser();
    expect((await user.call('PUT', '/me', { body: { weightKg: 80 } })).status).toBe(200);
    const first = await completeSessionOverHttp(user, { rpeAvg: 8, durationActualMin: 50 });
    await completeSessionOverHttp(user, { rpeAvg: 6, durationActualMin: 30 });

    const forge = await forgeDayWhen(user, first.localDay, (b) => b.summary.count === 2 && settled(b), 'both sessions');
    const training = await trainingTotals(user, first.localDay, 2);

    expect({ count: forge.summary.count, calories: forge.summary.calories, minutes: forge.summary.minutes }).toEqual({
      count: training.count,
      calories: training.calories,
      minutes: training.minutes,
    });
    expect(forge.summary.syncedTrainingSessions).toBe(2);
    expect(forge.activities.every((a: { source: string }) => a.source === 'training_session')).toBe(true);
    expect(new Set(forge.activities.map((a: { sourceId: string }) => a.sourceId))).toEqual(new Set(training.history.map((s: { id: string }) => s.id)));
  });

  it('C: manual only → Training shows its empty state, Forge tracks the day', async () => {
    const user = await newUser();
    const a = (await user.call('POST', '/forge/manual-activities', { body: manual() })).body;
    const b = (await user.call('POST', '/forge/manual-activities', { body: manual({ type: 'cycling', title: 'Commute', calories: 210, durationMin: 35 }) })).body;

    const forge = await forgeDayWhen(user, a.localDay, (body) => body.summary.count === 2 && settled(body), 'manual activities');
    expect(forge.summary).toMatchObject({ calories: 320, minutes: 60, count: 2, syncedTrainingSessions: 0, bySource: { manual: { calories: 320, minutes: 60, count: 2 } } });
    expect(forge.activities.map((x: { id: string }) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect((await user.call('GET', '/forge/activities')).body.items).toHaveLength(2);

    // Give a (wrong) reverse flow time to happen, then look at Training.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const history = await user.call('GET', '/training/sessions');
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([]);
    const today = await user.call('GET', '/training/today');
    expect(today.status).toBe(200);
    expect(today.body.stats).toMatchObject({ calories: 0, minutes: 0, count: 0 });
    if (hasRoute('GET', '/training/insights')) {
      const insights = await user.call('GET', '/training/insights');
      expect(insights.status).toBe(200);
      expect(JSON.stringify(insights.body)).toMatch(/start|first|commenc/i);
    }
  });
});
