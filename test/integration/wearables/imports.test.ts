import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIT_SPORT, fitFile, generateTimeline } from '../../fixtures/wearables/workout-files';
import { newUser, type TestUser } from '../../support/stack';
import { eventually } from '../../support/wait';
import { completeSessionOverHttp } from '../forge/helpers';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/wearables', name)));

/** The app's path: create the job, PUT the bytes to the presigned URL, poll the job until it is done. */
async function importFile(user: TestUser, fileName: string, bytes: Uint8Array) {
  const created = await user.call('POST', '/wearables/imports', { body: { fileName, sizeBytes: bytes.byteLength } });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ status: 'awaiting_upload', fileName, sizeBytes: bytes.byteLength, upload: { method: 'PUT' } });
  const upload = await fetch(created.body.upload.url, { method: 'PUT', headers: created.body.upload.headers, body: bytes });
  expect(upload.status).toBe(200);
  return eventually(async () => {
    const job = await user.call('GET', `/wearables/imports/${created.body.id}`);
    expect(job.status).toBe(200);
    return job.body.status === 'completed' || job.body.status === 'failed' ? job.body : undefined;
  }, 15_000, `import of ${fileName}`);
}

describe('POST /wearables/imports: workout files through S3 and the worker', () => {
  it('imports the FIT, TCX and GPX fixtures as Forge activities with source wearable, zones from the Tanaka max HR', async () => {
    const user = await newUser();
    // Born 1986: 40 in 2026, Tanaka max HR 180; weight and sex for Keytel calories.
    expect((await user.call('PUT', '/me', { body: { birthYear: 1986, weightKg: 70, sex: 'male' } })).status).toBe(200);
    for (const [file, type] of [['run-45min.fit', 'running'], ['ride-20min.tcx', 'biking'], ['run-20min.gpx', 'running']] as const) {
      const job = await importFile(user, file, fixture(file));
      expect(job, file).toMatchObject({ status: 'completed', error: null, attempts: 1, result: { outcome: 'activity', sessionId: null, workout: { provider: 'file', type } } });
      expect(job.result.workout.sampleCount).toBeGreaterThan(300);
    }
    const activities = await user.call('GET', '/forge/activities?from=2026-03-01&to=2026-03-05&source=wearable');
    expect(activities.status).toBe(200);
    const items = activities.body.items as Array<Record<string, any>>;
    expect(items.map((a) => a.startAt).sort()).toEqual(['2026-03-02T07:00:00.000Z', '2026-03-03T17:30:00.000Z', '2026-03-04T06:15:00.000Z']);
    const run = items.find((a) => a.startAt === '2026-03-02T07:00:00.000Z')!;
    expect(run).toMatchObject({ source: 'wearable', provider: 'file', durationMin: 45, calories: 520, distanceKm: 8.097 });
    expect(run.avgHr).toBeGreaterThan(100);
    // 45 min less the 20 s dropout, most of it at or above 50 % of 180 bpm.
    const zoned = Object.values(run.zones as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(zoned).toBeGreaterThan(40 * 60);
    expect(zoned).toBeLessThanOrEqual(45 * 60 - 20);
    expect(run.effortScore).toBeGreaterThan(0);
    // GPX carries no calories: Keytel 2005 from the average HR and the profile.
    const gpx = items.find((a) => a.startAt === '2026-03-04T06:15:00.000Z')!;
    expect(gpx.calories).toBeGreaterThan(100);
    expect(gpx.calories).toBeLessThan(400);
  });

  it('importing the same file again updates the one activity', async () => {
    const user = await newUser();
    const bytes = fixture('run-45min.fit');
    const first = await importFile(user, 'run.fit', bytes);
    const second = await importFile(user, 'run-again.fit', bytes);
    expect(second.result.workout.externalId).toBe(first.result.workout.externalId);
    const activities = await user.call('GET', '/forge/activities?from=2026-03-02&to=2026-03-02&source=wearable');
    expect(activities.body.items).toHaveLength(1);
  });

  it('a file recording a completed training session attaches to it (HR zones on the session), not to Forge as a second activity', async () => {
    const user = await newUser();
    expect((await user.call('PUT', '/me', { body: { maxHeartRate: 185, restingHeartRate: 55 } })).status).toBe(200);
    const session = await completeSessionOverHttp(user);
    const start = new Date(Date.parse(session.startedAt) - 20 * 60_000);
    const end = Date.parse(session.completedAt) + 5 * 60_000;
    const bytes = fitFile(generateTimeline({ start, durationSec: Math.round((end - start.getTime()) / 1000) }), { sport: FIT_SPORT.training, subSport: 20, calories: 300 });
    const job = await importFile(user, 'gym.fit', bytes);
    expect(job.result).toMatchObject({ outcome: 'linked', sessionId: session.id });
    const hr = await user.call('GET', `/training/sessions/${session.id}/wearable`);
    expect(hr.status).toBe(200);
    // Resting HR known: heart-rate-reserve zones, Z1 from 55 + 50 % × (185 − 55) = 120 bpm.
    expect(hr.body).toMatchObject({ provider: 'file', maxHr: { bpm: 185, method: 'profile' }, zoneBasis: 'hrr', restingHr: 55, calories: 300 });
    expect(hr.body.zones[0]).toEqual({ zone: 'z1', minBpm: 120, maxBpm: 133 });
    expect(hr.body.series.bpm.length).toBeGreaterThan(100);
    const wearables = await user.call('GET', `/forge/activities?source=wearable`);
    expect(wearables.body.items).toHaveLength(0);
  });

  it('a truncated or corrupt file ends failed with its reason, never a 5xx', async () => {
    const user = await newUser();
    const truncated = await importFile(user, 'cut.fit', fixture('truncated.fit'));
    expect(truncated).toMatchObject({ status: 'failed', result: null, error: { code: 'truncated_file', message: 'The FIT file ends early: upload the complete file.' } });
    const corrupt = await importFile(user, 'text.fit', fixture('not-a-workout.fit'));
    expect(corrupt).toMatchObject({ status: 'failed', error: { code: 'corrupt_file' } });
    const tcx = fixture('ride-20min.tcx');
    const halfTcx = await importFile(user, 'half.tcx', tcx.slice(0, tcx.length / 2));
    expect(halfTcx).toMatchObject({ status: 'failed', error: { code: 'truncated_file' } });
    const none = await user.call('GET', '/forge/activities?from=2026-03-01&to=2026-03-05&source=wearable');
    expect(none.body.items).toHaveLength(0);
  });

  it('says which field to fix: an unknown format, an oversized file', async () => {
    const user = await newUser();
    const zip = await user.call('POST', '/wearables/imports', { body: { fileName: 'export.zip', sizeBytes: 1000 } });
    expect(zip.status).toBe(400);
    expect(zip.body.errors).toEqual([expect.objectContaining({ path: 'body.format', code: 'invalid_value', params: { values: ['fit', 'tcx', 'gpx'] } })]);
    const big = await user.call('POST', '/wearables/imports', { body: { fileName: 'huge.fit', sizeBytes: 21 * 1024 * 1024 } });
    expect(big.status).toBe(400);
    expect(big.body.errors).toEqual([expect.objectContaining({ path: 'body.sizeBytes', code: 'too_big', params: expect.objectContaining({ maximum: 20 * 1024 * 1024 }) })]);
    const named = await user.call('POST', '/wearables/imports', { body: { fileName: 'export.zip', sizeBytes: 1000, format: 'gpx' } });
    expect(named.status).toBe(201);
  });

  it("another user cannot read someone's import job", async () => {
    const owner = await newUser();
    const other = await newUser();
    const created = await owner.call('POST', '/wearables/imports', { body: { fileName: 'a.gpx', sizeBytes: 10 } });
    expect((await other.call('GET', `/wearables/imports/${created.body.id}`)).status).toBe(404);
    expect((await owner.call('GET', `/wearables/imports/${created.body.id}`)).status).toBe(200);
  });
});
