import { describe, expect, it } from 'vitest';
import { getInsightCache, putInsightCache } from '../../../shared/db/entities/insight-cache';
import { getProgressionCache, putProgressionCache } from '../../../shared/db/entities/progression-cache';
import { STALE_REGENERATION_SECONDS } from '../../../shared/domain/insights/staleness';
import { tableContext } from '../../support/db';
import { newUser, type TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';
import { freshHandler, invokeAs, seedHistory } from './helpers';

const tierOf = (response: { headers: Headers; body: any }) => {
  expect(response.headers.get('x-cache-tier')).toBe(response.body.cache.tier);
  return response.body.cache.tier as string;
};

async function completeOneSession(user: TestUser) {
  const body = { coach: 'force', discipline: 'strength', title: 'Legs', exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }] }] };
  const session = (await user.call('POST', '/training/sessions', { body })).body;
  expect((await user.call('POST', `/training/sessions/${session.id}/start`)).status).toBe(200);
  expect((await user.call('POST', `/training/sessions/${session.id}/sets`, { body: { id: 'only', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100, rpe: 8 } })).status).toBe(201);
  const completed = await user.call('POST', `/training/sessions/${session.id}/complete`, { body: { rpeAvg: 8, durationActualMin: 40 } });
  expect(completed.status).toBe(200);
}

describe('GET /training/insights and /training/progression', () => {
  it('scenario C: no Training session → the starter message in Conseils, and a starter Progression', async () => {
    const user = await newUser();
    const insights = await user.call('GET', '/training/insights');
    expect(insights.status).toBe(200);
    expect(insights.body).toMatchObject({ kind: 'insights', sessionsAnalyzed: 0, provider: 'offline', offlineReason: 'no_sessions', cache: { tier: 'generated' } });
    expect(insights.body.content.summary).toMatch(/No completed training session in the last 90 days/);
    expect(insights.body.content.recommendations[0].title).toBe('Ask a coach for your first session');
    const progression = await user.call('GET', '/training/progression?period=month');
    expect(progression.status).toBe(200);
    expect(progression.body).toMatchObject({ kind: 'progression', period: 'month', weeks: 12, sessionsAnalyzed: 0 });
    expect(progression.body.content.recommendations).toHaveLength(3);
    expect(progression.body.content.paragraph1).toMatch(/No completed session over the last 12 weeks/);
  });

  it('tiers: generated, then this instance’s memory, then the table for another instance', async () => {
    const user = await newUser();
    await seedHistory(user.sub, 10);
    const first = await user.call('GET', '/training/insights');
    expect(first.status).toBe(200);
    expect(tierOf(first)).toBe('generated');
    expect(first.body).toMatchObject({ sessionsAnalyzed: 10, provider: 'offline', offlineReason: 'no_api_key', locale: 'en', cache: { stored: true } });
    expect(first.body.content.summary).toMatch(/^10 sessions in 13 weeks/);
    expect(first.body.content.weakPoints.map((w: { exercise: string }) => w.exercise)).toContain('Bench press'); // 60 kg × 5 every time
    expect(Date.parse(first.body.expiresAt) - Date.parse(first.body.generatedAt)).toBeGreaterThan(7 * 86_400_000 - 2_000);
    const second = await user.call('GET', '/training/insights');
    expect(tierOf(second)).toBe('memory');
    expect(second.body.generatedAt).toBe(first.body.generatedAt);
    const elsewhere = await invokeAs(await freshHandler('get-insights'), user.sub, '/training/insights');
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.cache.tier).toBe('table');
    expect(elsewhere.body.generatedAt).toBe(first.body.generatedAt);
    expect(elsewhere.body.content).toEqual(first.body.content);

    const progression = await user.call('GET', '/training/progression?period=week');
    expect(tierOf(progression)).toBe('generated');
    expect(progression.body.facts.weeks).toHaveLength(4);
    expect(Date.parse(progression.body.expiresAt) - Date.parse(progression.body.generatedAt)).toBeLessThanOrEqual(86_400_000);
    expect(tierOf(await user.call('GET', '/training/progression?period=week'))).toBe('memory');
    expect(tierOf(await user.call('GET', '/training/progression?period=quarter'))).toBe('generated');
  });

  it('another language is generated in that language (and replaces the cached one)', async () => {
    const user = await newUser();
    await seedHistory(user.sub, 6);
    expect((await user.call('GET', '/training/insights?locale=en')).body.content.summary).toMatch(/^6 sessions/);
    const fr = await user.call('GET', '/training/insights?locale=fr');
    expect(fr.body).toMatchObject({ locale: 'fr', cache: { tier: 'generated' } });
    expect(fr.body.content.summary).toMatch(/^6 séances en 13 semaines/);
    expect(tierOf(await user.call('GET', '/training/insights?locale=fr'))).toBe('memory');
  });

  it('20 concurrent first requests → exactly one generation, everyone gets its result', async () => {
    const user = await newUser();
    await seedHistory(user.sub, 8);
    const answers = await Promise.all(Array.from({ length: 20 }, () => user.call('GET', '/training/insights')));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.filter((a) => a.body.cache.tier === 'generated')).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.generatedAt)).size).toBe(1);
  });

  it('refresh=1 at most once per hour, across two runtime processes → 429 problem with Retry-After', async () => {
    const user = await newUser();
    await seedHistory(user.sub, 4);
    const before = await user.call('GET', '/training/insights');
    const refreshed = await user.call('GET', '/training/insights?refresh=1');
    expect(refreshed.status).toBe(200);
    expect(tierOf(refreshed)).toBe('generated');
    expect(refreshed.body.generatedAt > before.body.generatedAt).toBe(true);
    expect(Date.parse(refreshed.body.refresh.nextAllowedAt)).toBeGreaterThan(Date.now());
    // The test process is the second runtime (its own handler instance, same table).
    const other = await invokeAs(await freshHandler('get-insights'), user.sub, '/training/insights', { refresh: '1' });
    expect(other.status).toBe(429);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    const retryAfter = Number(other.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(other.body).toMatchObject({ status: 429, retryAfterSeconds: retryAfter });
    const again = await user.call('GET', '/training/insights?refresh=1');
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBeTruthy();
    // Reading without refresh still works, from the refreshed content.
    const read = await user.call('GET', '/training/insights');
    expect(read.status).toBe(200);
    expect(read.body.generatedAt).toBe(refreshed.body.generatedAt);
    // Progression has its own limit per period.
    expect((await user.call('GET', '/training/progression?period=week&refresh=1')).status).toBe(200);
    expect((await user.call('GET', '/training/progression?period=week&refresh=1')).status).toBe(429);
    expect((await user.call('GET', '/training/progression?period=month&refresh=1')).status).toBe(200);
  });

  it('a completed session marks both caches stale (stream): answered as stale until the window, then the next read analyses it', async () => {
    const user = await newUser();
    await seedHistory(user.sub, 5);
    const before = (await user.call('GET', '/training/insights')).body;
    expect(before).toMatchObject({ sessionsAnalyzed: 5, stale: null });
    expect((await user.call('GET', '/training/progression?period=week')).body.cache.tier).toBe('generated');
    await completeOneSession(user);
    const marked = await eventually(async () => {
      const [insights, week] = [await getInsightCache(tableContext(), user.sub), await getProgressionCache(tableContext(), user.sub, 'week')];
      return insights?.staleSince && week?.staleSince ? { insights, week } : undefined;
    }, 10_000, 'caches marked stale');
    // Another instance (no memory copy): the stale analysis, saying when it will be rewritten.
    const stale = await invokeAs(await freshHandler('get-insights'), user.sub, '/training/insights');
    expect(stale.body).toMatchObject({ sessionsAnalyzed: 5, generatedAt: before.generatedAt, cache: { tier: 'table' }, stale: { since: marked.insights.staleSince } });
    expect(Date.parse(stale.body.stale.refreshAt) - Date.parse(before.generatedAt)).toBe(STALE_REGENERATION_SECONDS.insights * 1000);
    const staleWeek = await invokeAs(await freshHandler('get-progression'), user.sub, '/training/progression', { period: 'week' });
    expect(staleWeek.body).toMatchObject({ cache: { tier: 'table' }, stale: { since: marked.week.staleSince } });

    // Once the window has passed since generation (the entries re-dated to show it), the next read regenerates from 6 sessions.
    const dated = (seconds: number) => new Date(Date.now() - seconds * 1000 - 60_000).toISOString();
    const { expiresAt: _i, ...insightsEntry } = marked.insights;
    await putInsightCache(tableContext(), { ...insightsEntry, generatedAt: dated(STALE_REGENERATION_SECONDS.insights) });
    const { expiresAt: _w, ...weekEntry } = marked.week;
    await putProgressionCache(tableContext(), { ...weekEntry, generatedAt: dated(STALE_REGENERATION_SECONDS.progression) });
    const after = await invokeAs(await freshHandler('get-insights'), user.sub, '/training/insights');
    expect(after.body).toMatchObject({ sessionsAnalyzed: 6, cache: { tier: 'generated', stored: true }, stale: null });
    const progression = await invokeAs(await freshHandler('get-progression'), user.sub, '/training/progression', { period: 'week' });
    expect(progression.body).toMatchObject({ cache: { tier: 'generated' }, stale: null });
  });

  it('scoped to the caller: one user’s sessions and refreshes never reach another', async () => {
    const [alice, bob] = [await newUser(), await newUser()];
    await seedHistory(alice.sub, 7);
    expect((await alice.call('GET', '/training/insights')).body.sessionsAnalyzed).toBe(7);
    expect((await bob.call('GET', '/training/insights')).body.sessionsAnalyzed).toBe(0);
    expect((await alice.call('GET', '/training/insights?refresh=1')).status).toBe(200);
    expect((await bob.call('GET', '/training/insights?refresh=1')).status).toBe(200);
    expect((await bob.call('GET', '/training/progression')).body.sessionsAnalyzed).toBe(0);
  });

  it('bad input → 400 problem+json naming the field; no token → 401', async () => {
    const user = await newUser();
    const period = await user.call('GET', '/training/progression?period=year');
    expect(period.status).toBe(400);
    expect(period.body.errors).toEqual([expect.objectContaining({ path: 'query.period', code: 'invalid_value' })]);
    const refresh = await user.call('GET', '/training/insights?refresh=yes');
    expect(refresh.status).toBe(400);
    expect(refresh.body.errors[0].path).toBe('query.refresh');
    const unknown = await user.call('GET', '/training/insights?lang=fr');
    expect(unknown.status).toBe(400);
    expect((await fetch(`${(await import('../../support/stack')).endpoints().apiUrl}/training/insights`)).status).toBe(401);
  });
});
