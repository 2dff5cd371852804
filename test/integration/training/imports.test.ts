import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newUser, type TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url), 'utf8');

async function parisUser(): Promise<TestUser> {
  const user = await newUser();
  expect((await user.call('PUT', '/me', { body: { timeZone: 'Europe/Paris', weightKg: 80 } })).status).toBe(200);
  return user;
}

const importFile = (user: TestUser, body: Record<string, unknown>) => user.call('POST', '/training/imports', { body });

const record = (records: Array<{ exerciseId: string; kind: string; value: number }>, exerciseId: string, kind: string) =>
  records.find((item) => item.exerciseId === exerciseId && item.kind === kind)?.value;

/** Waits until every listed record is stored (the stream projects each session on its own). */
const recordsWhen = (user: TestUser, expected: Array<[exerciseId: string, kind: string]>) =>
  eventually(async () => {
    const items = (await user.call('GET', '/training/records')).body.items;
    return expected.every(([exerciseId, kind]) => record(items, exerciseId, kind) !== undefined) ? items : undefined;
  }, 15_000, `records ${expected.map((pair) => pair.join(' ')).join(', ')}`);

/** Waits until Forge lists `count` synced activities in October 2026. */
const forgeActivities = (user: TestUser, count: number) =>
  eventually(async () => {
    const response = await user.call('GET', '/forge/activities?from=2026-10-01&to=2026-10-31&source=training_session&limit=100');
    return response.body.items.length === count ? response.body.items : undefined;
  }, 15_000, `${count} synced activities`);

describe('POST /training/imports', () => {
  it('Strong, comma and kg: completed sessions with metrics, records and Forge activities; unmapped names listed, then mapped; a second import adds nothing', async () => {
    const user = await parisUser();
    const csv = fixture('strong-comma-kg.csv');
    const first = await importFile(user, { csv, unit: 'kg' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ format: 'strong', unit: 'kg', unitSource: 'request', workouts: 3, imported: 2, unmapped: [{ name: 'Landmine 180', count: 2 }] });
    expect(first.body.skipped).toEqual([{ workout: { title: 'Back & Landmines', startedAt: '2026-10-12T17:00:00.000Z', line: 20 }, reason: 'unmapped_exercises', detail: 'not in the catalog: Landmine 180' }]);

    const push = (await user.call('GET', `/training/sessions/${first.body.sessions[0]}`)).body;
    expect(push).toMatchObject({ status: 'completed', title: 'Push Day', startedAt: '2026-10-05T16:04:32.000Z', completedAt: '2026-10-05T17:09:32.000Z', localDay: '2026-10-05' });
    expect(push.metrics).toMatchObject({ volumeKg: 2035, totalReps: 36, setCount: 5, durationMin: 65 });
    expect(push.metrics.calories.kcal).toBeGreaterThan(0);

    const mapped = await importFile(user, { csv, unit: 'kg', mapping: { 'Landmine 180': 'pallof-press' } });
    expect(mapped.body).toMatchObject({ imported: 1, unmapped: [] });
    expect(mapped.body.skipped.map((skip: { reason: string }) => skip.reason)).toEqual(['already_imported', 'already_imported']);

    const again = await importFile(user, { csv, unit: 'kg', mapping: { 'Landmine 180': 'pallof-press' } });
    expect(again.body).toMatchObject({ imported: 0, sessions: [] });
    expect(again.body.skipped).toHaveLength(3);

    const history = await user.call('GET', '/training/sessions?period=year&limit=100');
    expect(history.body.items.map((item: { id: string }) => item.id).sort()).toEqual([...first.body.sessions, ...mapped.body.sessions].sort());

    const activities = await forgeActivities(user, 3);
    expect(activities.map((activity: { sourceId: string }) => activity.sourceId).sort()).toEqual([...first.body.sessions, ...mapped.body.sessions].sort());

    const records = await recordsWhen(user, [['bench-press', 'heaviest_load'], ['back-squat', 'heaviest_load'], ['deadlift', 'heaviest_load']]);
    expect(record(records, 'bench-press', 'heaviest_load')).toBe(80);
    expect(record(records, 'back-squat', 'heaviest_load')).toBe(120);
    expect(record(records, 'deadlift', 'heaviest_load')).toBe(140);
  });

  it('Strong, semicolon and lbs (Weight Unit column): loads and distances converted', async () => {
    const user = await parisUser();
    const response = await importFile(user, { csv: fixture('strong-semicolon-lb.csv') });
    expect(response.body).toMatchObject({ format: 'strong', unit: 'lb', unitSource: 'file', workouts: 2, imported: 2, skipped: [], unmapped: [] });
    const run = (await user.call('GET', `/training/sessions/${response.body.sessions[1]}`)).body;
    expect(run).toMatchObject({ title: 'Morning run', discipline: 'running', startedAt: '2026-10-09T04:15:00.000Z' });
    expect(run.metrics.distanceKm).toBeCloseTo(4.989, 3);
    await forgeActivities(user, 2);
    const records = await recordsWhen(user, [['deadlift', 'heaviest_load'], ['run', 'longest_distance']]);
    expect(record(records, 'deadlift', 'heaviest_load')).toBe(142.88);
    expect(record(records, 'run', 'longest_distance')).toBe(4989);
  });

  it('Hevy, kg with localised dates and lbs with ISO-like dates, read in the profile zone', async () => {
    const user = await parisUser();
    const kg = await importFile(user, { csv: fixture('hevy-kg.csv') });
    expect(kg.body).toMatchObject({ format: 'hevy', unit: 'kg', workouts: 2, imported: 2, unmapped: [] });
    const upper = (await user.call('GET', `/training/sessions/${kg.body.sessions[0]}`)).body;
    expect(upper).toMatchObject({ title: 'Upper A', startedAt: '2026-10-15T16:04:00.000Z', completedAt: '2026-10-15T17:10:00.000Z', notes: 'Good pump, "new" gym' });
    expect(upper.metrics.durationMin).toBe(66);

    const lbs = await importFile(user, { csv: fixture('hevy-lbs.csv'), format: 'hevy' });
    expect(lbs.body).toMatchObject({ unit: 'lb', imported: 2 });
    const legs = (await user.call('GET', `/training/sessions/${lbs.body.sessions[0]}`)).body;
    expect(legs.startedAt).toBe('2026-10-20T16:00:00.000Z');
    expect(legs.loggedSets.map((set: { loadKg: number }) => set.loadKg)).toEqual([102.06, 111.13, 83.91]);
    await forgeActivities(user, 4);
  });

  it('a malformed file is a 400 naming the line; an unknown mapping target names the name', async () => {
    const user = await parisUser();
    const csv = fixture('strong-comma-kg.csv').replace('"Squat (Barbell)",2,110,', '"Squat (Barbell)",2,heavy,');
    const response = await importFile(user, { csv, unit: 'kg' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual([{ path: 'body.csv', code: 'invalid', params: { line: 17 }, message: 'line 17: weight "heavy" is not a number' }]);

    const broken = await importFile(user, { csv: 'Date,Workout Name\n"2026-10-05,A\n' });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].message).toMatch(/^line 2: /);

    const mapping = await importFile(user, { csv: fixture('hevy-kg.csv'), mapping: { 'Landmine 180': 'moon-walk' } });
    expect(mapping.status).toBe(400);
    expect(mapping.body.errors).toEqual([{ path: 'body.mapping.Landmine 180', code: 'unknown_exercise', params: { exerciseId: 'moon-walk' }, message: expect.stringContaining('moon-walk') }]);
    expect((await user.call('GET', '/training/sessions?period=year')).body.items).toEqual([]);
  });

  it("another user sees nothing of the import, and importing the same file makes their own sessions", async () => {
    const owner = await parisUser();
    const other = await parisUser();
    const csv = fixture('hevy-kg.csv');
    const mine = await importFile(owner, { csv });
    expect(mine.body.imported).toBe(2);
    expect((await other.call('GET', `/training/sessions/${mine.body.sessions[0]}`)).status).toBe(404);
    expect((await other.call('GET', '/training/sessions?period=year')).body.items).toEqual([]);
    expect((await other.call('GET', '/training/records')).body.items).toEqual([]);
    const theirs = await importFile(other, { csv });
    expect(theirs.body.imported).toBe(2);
    expect(theirs.body.sessions).not.toEqual(mine.body.sessions);
  });

  it('a 2,000-set file is imported in one request', async () => {
    const user = await parisUser();
    const header = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';
    const lines = [header];
    const lifts = ['Squat (Barbell)', 'Bench Press (Barbell)', 'Deadlift (Barbell)', 'Overhead Press (Barbell)', 'Bent Over Row (Barbell)'];
    for (let workout = 0; workout < 80; workout++) {
      const day = new Date(Date.UTC(2026, 0, 1) + workout * 3 * 86_400_000).toISOString().slice(0, 10);
      for (let set = 0; set < 25; set++) lines.push(`${day} 18:00:00,"Session ${workout}",1h 10m,"${lifts[set % 5]}",${Math.floor(set / 5) + 1},${60 + workout * 0.5 + set},5,0,0,"","",8`);
    }
    const started = Date.now();
    const response = await importFile(user, { csv: lines.join('\n'), unit: 'kg' });
    const elapsedMs = Date.now() - started;
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ workouts: 80, imported: 80, skipped: [], unmapped: [] });
    console.info(`2,000-set Strong file: 80 sessions imported in ${elapsedMs} ms`);
    expect((await importFile(user, { csv: lines.join('\n'), unit: 'kg' })).body.imported).toBe(0);
  });
});
