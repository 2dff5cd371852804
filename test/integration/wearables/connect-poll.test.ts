import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { CONNECTABLE_PROVIDERS } from '../../../shared/domain/wearables/provider';
import { newUser } from '../../support/stack';
import { eventually } from '../../support/wait';
import { completedSessionNow, connectThroughSimulator, simControl } from './simulator';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const repoRoot = join(import.meta.dirname, '../../..');

describe.each(CONNECTABLE_PROVIDERS)('wearables: %s through the simulator', (provider) => {
  it('connects through the real redirect flow; a sync imports the workout overlapping a completed session (HR zones on the session, HR on its Forge activity) and the history as wearable activities', async () => {
    const user = await newUser();
    expect((await user.call('PUT', '/me', { body: { maxHeartRate: 190 } })).status).toBe(200);
    const login = `athlete-${randomUUID()}`;
    await connectThroughSimulator(user, provider, login);

    const devices = await user.call('GET', '/wearables/devices');
    expect(devices.body.items).toEqual([expect.objectContaining({ id: provider, provider, status: 'connected', lastSyncAt: null, lastError: null })]);
    expect(devices.text).not.toMatch(/token|ciphertext/i);

    const session = await completedSessionNow(user);
    const added = await simControl('POST', `/${provider}/accounts/${login}/workouts`, { startAt: minutesAgo(40), durationMin: 50, sport: 'strength' });
    expect(added.status).toBe(201);

    const synced = await user.call('POST', `/wearables/devices/${provider}/sync`);
    expect(synced.status).toBe(200);
    expect(synced.body).toMatchObject({ outcome: 'synced', workouts: { linked: 1 }, device: { status: 'connected', lastError: null } });
    expect(synced.body.workouts.activities).toBeGreaterThanOrEqual(3);
    expect(synced.body.days).toBeGreaterThanOrEqual(5);

    const hr = await user.call('GET', `/training/sessions/${session.id}/wearable`);
    expect(hr.status).toBe(200);
    expect(hr.body).toMatchObject({ sessionId: session.id, provider, maxHr: { bpm: 190, method: 'profile' } });
    const zoneTotal = Object.values(hr.body.zoneSeconds as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(zoneTotal + hr.body.belowZonesSeconds).toBeGreaterThan(40 * 60);
    expect(hr.body.zones).toHaveLength(5);
    expect(hr.body.avgBpm).toBeGreaterThan(90);
    expect(hr.body.series.bpm.length).toBeGreaterThan(100);
    expect(['excellent', 'good']).toContain(hr.body.quality.level);

    // The session's one Forge activity carries the HR, although it was synced before the workout arrived.
    await eventually(async () => {
      const day = await user.call('GET', `/forge/activities?source=training_session`);
      const activity = day.body.items.find((a: { sourceId: string }) => a.sourceId === session.id);
      return activity?.avgHr === hr.body.avgBpm ? activity : undefined;
    }, 10_000, 'the synced activity with the wearable HR');

    // Daily data feeds Forge Day (read in the day's one Query).
    const yesterday = minutesAgo(1440).slice(0, 10);
    const day = await user.call('GET', `/forge/day?date=${yesterday}`);
    expect(day.body.wearable).toMatchObject({ providers: [provider], steps: expect.any(Number), totalCalories: expect.any(Number) });
    if (provider !== 'polar') expect(day.body.wearable.restingHr ?? day.body.wearable.steps).toBeGreaterThan(0);

    const wearable = await user.call('GET', `/forge/activities?source=wearable&limit=50&from=${minutesAgo(8 * 1440).slice(0, 10)}`);
    expect(wearable.body.items.length).toBe(synced.body.workouts.activities);
    for (const activity of wearable.body.items) expect(activity).toMatchObject({ source: 'wearable', provider });
  });
});

describe('wearables: the scheduled poll', () => {
  it('`npm run job -- poll-wearables` syncs every due device from its cursor and reschedules it 15 minutes later', async () => {
    const user = await newUser();
    const login = `poll-${randomUUID()}`;
    await connectThroughSimulator(user, 'oura', login);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'infra/local/cli/job.ts', 'poll-wearables'], {
      cwd: repoRoot,
      env: { ...process.env, TWINFORGE_LOCAL_DIR: inject('localDir'), POWERTOOLS_LOG_LEVEL: 'ERROR' },
    });
    const summary = JSON.parse(stdout.slice(stdout.indexOf('{')));
    expect(summary.synced).toBeGreaterThanOrEqual(1);
    const [device] = (await user.call('GET', '/wearables/devices')).body.items;
    expect(device.lastSyncAt).not.toBeNull();
    expect(Date.parse(device.nextPollAt) - Date.parse(device.lastSyncAt)).toBe(15 * 60_000);
    const activities = await user.call('GET', `/forge/activities?source=wearable&limit=50&from=${minutesAgo(8 * 1440).slice(0, 10)}`);
    expect(activities.body.items.length).toBeGreaterThanOrEqual(3);
  });
});
