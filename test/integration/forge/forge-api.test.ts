import { describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../../shared/domain/time/zoned';
import { call, newUser, type TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';
import { forgeDayWhen, settled } from './helpers';

const today = () => new Date().toISOString().slice(0, 10);
/**
 * An instant earlier today (UTC, the default profile zone), whatever the time of the run: the part
 * of today elapsed so far, scaled by (1 − minutes / 1440). More minutes → earlier; never yesterday.
 */
const minutesAgo = (minutes: number) => {
  const now = Date.now();
  const midnight = Date.parse(`${new Date(now).toISOString().slice(0, 10)}T00:00:00.000Z`);
  return new Date(midnight + Math.floor((now - midnight) * (1 - minutes / 1440))).toISOString();
};

const walk = (overrides: Record<string, unknown> = {}) => ({ type: 'walking', title: 'Walk', startAt: minutesAgo(90), durationMin: 30, calories: 120, distanceKm: 2.4, ...overrides });

async function logActivity(user: TestUser, body: Record<string, unknown>) {
  const response = await user.call('POST', '/forge/manual-activities', { body });
  expect(response.status).toBe(201);
  return response.body;
}

describe('Forge manual activities over HTTP', () => {
  it('creates (201 with id), shows it in the Day with its totals, edits and deletes it', async () => {
    const user = await newUser();
    const created = await logActivity(user, walk());
    expect(created).toMatchObject({ source: 'manual', sourceId: null, type: 'walking', durationMin: 30, calories: 120, version: 1 });
    expect(created.id).toEqual(expect.any(String));

    const day = await forgeDayWhen(user, undefined, (b) => b.summary.count === 1 && settled(b));
    expect(day.date).toBe(created.localDay);
    expect(day.activities.map((a: { id: string }) => a.id)).toEqual([created.id]);
    expect(day.summary).toMatchObject({ calories: 120, minutes: 30, count: 1, syncedTrainingSessions: 0, bySource: { manual: { calories: 120, minutes: 30, count: 1 } } });

    const patched = await user.call('PATCH', `/forge/manual-activities/${created.id}`, { body: { durationMin: 45, calories: 180, notes: 'windy' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ durationMin: 45, calories: 180, notes: 'windy', version: 2 });
    const edited = await forgeDayWhen(user, created.localDay, (b) => b.summary.minutes === 45 && settled(b), 'edited totals');
    expect(edited.summary).toMatchObject({ calories: 180, count: 1 });

    expect((await user.call('DELETE', `/forge/manual-activities/${created.id}`)).status).toBe(204);
    expect((await user.call('DELETE', `/forge/manual-activities/${created.id}`)).status).toBe(404);
    expect((await user.call('PATCH', `/forge/manual-activities/${created.id}`, { body: { durationMin: 5 } })).status).toBe(404);
    const emptied = await forgeDayWhen(user, created.localDay, (b) => b.summary.count === 0 && b.activities.length === 0, 'emptied day');
    expect(emptied.summary).toMatchObject({ calories: 0, minutes: 0 });
  });

  it('answers an empty Day with zero totals, live (no-store)', async () => {
    const user = await newUser();
    const response = await user.call('GET', '/forge/day?date=2026-01-05');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toEqual({
      date: '2026-01-05',
      activities: [],
      wearable: null,
      summary: {
        calories: 0, minutes: 0, count: 0, syncedTrainingSessions: 0, updatedAt: null,
        bySource: { training_session: { calories: 0, minutes: 0, count: 0 }, manual: { calories: 0, minutes: 0, count: 0 }, wearable: { calories: 0, minutes: 0, count: 0 } },
      },
    });
  });

  it("files activities under the caller's local day (profile time zone), and Day defaults to today there", async () => {
    const user = await newUser();
    // Set the zone before any Forge call (the profile is cached per container for a few minutes).
    expect((await user.call('PUT', '/me', { body: { timeZone: 'Pacific/Kiritimati' } })).status).toBe(200); // UTC+14
    const localToday = localDay(new Date(), 'Pacific/Kiritimati');
    const created = await logActivity(user, walk({ startAt: new Date().toISOString() }));
    expect(created.localDay).toBe(localToday);
    const day = await user.call('GET', '/forge/day');
    expect(day.body.date).toBe(localToday);
    expect(day.body.activities.map((a: { id: string }) => a.id)).toEqual([created.id]);
    // 23:30 UTC on 14 March is 13:30 on 15 March in Kiritimati.
    const late = await logActivity(user, walk({ startAt: '2026-03-14T23:30:00.000Z' }));
    expect(late.localDay).toBe('2026-03-15');
  });

  it('lists History newest first with source filter and a signed cursor only its owner can use (5 min cache)', async () => {
    const alice = await newUser();
    const bob = await newUser();
    for (const [i, type] of ['walking', 'yoga', 'cycling'].entries()) await logActivity(alice, walk({ type, startAt: minutesAgo(300 - i * 60) }));
    const older = await logActivity(alice, walk({ type: 'hiking', startAt: `${addDays(today(), -10)}T10:00:00.000Z` }));

    const first = await alice.call('GET', '/forge/activities?limit=2');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, max-age=300');
    expect(first.body.items.map((a: { type: string }) => a.type)).toEqual(['cycling', 'yoga']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const items = [...first.body.items];
    let cursor = first.body.nextCursor as string | undefined;
    while (cursor) {
      const page = await alice.call('GET', `/forge/activities?limit=2&cursor=${encodeURIComponent(cursor)}`);
      expect(page.status).toBe(200);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(items.map((a) => a.type)).toEqual(['cycling', 'yoga', 'walking', 'hiking']);

    const recent = await alice.call('GET', `/forge/activities?from=${addDays(today(), -2)}`);
    expect(recent.body.items.map((a: { id: string }) => a.id)).not.toContain(older.id);
    expect((await alice.call('GET', '/forge/activities?source=training_session')).body.items).toEqual([]);
    expect((await alice.call('GET', '/forge/activities?source=manual')).body.items).toHaveLength(4);

    const stolen = await bob.call('GET', `/forge/activities?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(stolen.status).toBe(400);
    expect(stolen.body.errors[0].path).toBe('query.cursor');
    const otherQuery = await alice.call('GET', `/forge/activities?limit=2&source=manual&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(otherQuery.status).toBe(400);
  });

  it('two users: neither sees nor edits the other’s activities', async () => {
    const alice = await newUser();
    const mallory = await newUser();
    const mine = await logActivity(alice, walk());
    await forgeDayWhen(alice, mine.localDay, (b) => b.summary.count === 1);
    const attempts = await Promise.all([
      mallory.call('PATCH', `/forge/manual-activities/${mine.id}`, { body: { durationMin: 1 } }),
      mallory.call('DELETE', `/forge/manual-activities/${mine.id}`),
    ]);
    expect(attempts.map((r) => r.status)).toEqual([404, 404]);
    const day = await mallory.call('GET', `/forge/day?date=${mine.localDay}`);
    expect(day.body.activities).toEqual([]);
    expect(day.body.summary.count).toBe(0);
    expect((await mallory.call('GET', '/forge/activities')).body.items).toEqual([]);
    expect((await mallory.call('GET', '/forge/insights?period=week')).body.current.count).toBe(0);
    expect((await mallory.call('GET', '/forge/progression?period=week')).body.totals.count).toBe(0);
    // A body cannot pick the owner either.
    const spoof = await mallory.call('POST', '/forge/manual-activities', { body: { ...walk(), userId: alice.sub } });
    expect(spoof.status).toBe(400);
    expect(spoof.body.errors.map((e: { path: string }) => e.path)).toContain('body.userId');
    const untouched = await alice.call('GET', `/forge/day?date=${mine.localDay}`);
    expect(untouched.body.activities).toEqual([expect.objectContaining({ id: mine.id, durationMin: 30, version: 1 })]);
  });

  it('Insights compare with the previous period and share per source; Progression gives weekly and monthly series', async () => {
    const user = await newUser();
    await logActivity(user, walk({ calories: 200, durationMin: 40 }));
    await logActivity(user, walk({ type: 'yoga', calories: 100, durationMin: 20, startAt: minutesAgo(30) }));
    const eightDaysAgo = `${addDays(today(), -8)}T09:00:00.000Z`;
    await logActivity(user, walk({ calories: 150, durationMin: 30, startAt: eightDaysAgo }));
    await forgeDayWhen(user, undefined, (b) => b.summary.count === 2 && settled(b));
    const insights = await eventually(async () => {
      const r = await user.call('GET', '/forge/insights?period=week');
      return r.body.previous.count === 1 ? r : undefined;
    }, 10_000, 'the previous week counted');
    expect(insights.status).toBe(200);
    expect(insights.body.current).toMatchObject({ to: today(), days: 7, calories: 300, minutes: 60, count: 2, activeDays: 1 });
    expect(insights.body.current.bySource.manual).toMatchObject({ calories: 300, shareOfCalories: 100, shareOfMinutes: 100 });
    expect(insights.body.current.bySource.training_session.shareOfCalories).toBe(0);
    expect(insights.body.previous).toMatchObject({ calories: 150, count: 1 });
    expect(insights.body.trends.calories).toMatchObject({ current: 300, previous: 150, changePercent: 100, direction: 'up' });
    expect(insights.body.bestDay).toMatchObject({ date: today(), calories: 300 });
    expect(insights.body.mainSource).toBe('manual');

    const month = await user.call('GET', '/forge/progression?period=month');
    expect(month.status).toBe(200);
    expect(month.body).toMatchObject({ period: 'month', granularity: 'week', to: today() });
    expect(month.body.series).toHaveLength(12);
    expect(month.body.series.at(-1)).toMatchObject({ partial: true });
    expect(month.body.totals).toMatchObject({ calories: 450, count: 3 });
    const quarter = await user.call('GET', '/forge/progression?period=quarter');
    expect(quarter.body).toMatchObject({ granularity: 'month' });
    expect(quarter.body.series).toHaveLength(6);
    expect(quarter.body.totals.count).toBe(3);
  });

  describe('bad input → 400 naming the field', () => {
    it.each([
      ['POST', '/forge/manual-activities', { ...walk(), durationMin: 0 }, 'body.durationMin'],
      ['POST', '/forge/manual-activities', { ...walk(), type: undefined }, 'body.type'],
      ['POST', '/forge/manual-activities', { ...walk(), startAt: 'yesterday' }, 'body.startAt'],
      ['POST', '/forge/manual-activities', { ...walk(), startAt: new Date(Date.now() + 86_400_000).toISOString() }, 'body.startAt'],
      ['POST', '/forge/manual-activities', { ...walk(), avgHr: 180, maxHr: 150 }, 'body.avgHr'],
      ['POST', '/forge/manual-activities', { ...walk(), source: 'training_session' }, 'body.source'],
      ['GET', '/forge/day?date=2026-02-30', undefined, 'query.date'],
      ['GET', '/forge/day?day=2026-02-03', undefined, 'query.day'],
      ['GET', '/forge/activities?source=strava', undefined, 'query.source'],
      ['GET', '/forge/activities?limit=1000', undefined, 'query.limit'],
      ['GET', '/forge/activities?from=2026-03-10&to=2026-03-01', undefined, 'query.from'],
      ['GET', '/forge/activities?from=2020-01-01&to=2026-03-01', undefined, 'query.from'],
      ['GET', '/forge/activities?cursor=abc', undefined, 'query.cursor'],
      ['GET', '/forge/insights?period=quarter', undefined, 'query.period'],
      ['GET', '/forge/progression?period=year', undefined, 'query.period'],
    ])('%s %s', async (method, path, body, field) => {
      const user = await newUser();
      const response = await user.call(method, path, body === undefined ? {} : { body });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    });

    it('edits are checked against the stored activity too', async () => {
      const user = await newUser();
      const created = await logActivity(user, walk({ maxHr: 150 }));
      const response = await user.call('PATCH', `/forge/manual-activities/${created.id}`, { body: { avgHr: 170 } });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ path: 'body.avgHr', code: 'heart_rates_inconsistent', params: expect.objectContaining({ other: 'maxHr' }), message: expect.stringContaining('maxHr') }]);
      const empty = await user.call('PATCH', `/forge/manual-activities/${created.id}`, { body: {} });
      expect(empty.status).toBe(400);
      const unknown = await user.call('PATCH', `/forge/manual-activities/${created.id}`, { body: { sourceId: 'x' } });
      expect(unknown.body.errors.map((e: { path: string }) => e.path)).toContain('body.sourceId');
    });

    it('needs a token', async () => {
      expect((await call('GET', '/forge/day')).status).toBe(401);
      expect((await call('POST', '/forge/manual-activities', { body: walk() })).status).toBe(401);
    });
  });
});
