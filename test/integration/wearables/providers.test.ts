import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { CONNECTABLE_PROVIDERS } from '../../../shared/domain/wearables/provider';
import { newUser, endpoints } from '../../support/stack';
import { eventually } from '../../support/wait';
import { completedSessionNow, connectThroughSimulator, simControl, consent, followCallback, simulatorUrl, startConnect } from './simulator';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/db/client';
import { deviceTokensKey } from '../../../shared/db/entities/device-tokens';
import { localTokenCipher } from '../../../shared/wearables/token-cipher';
import { tableContext } from '../../support/db';

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

const rawTokens = async (sub: string, provider: string) =>
  (await documentClient.send(new GetCommand({ TableName: tableContext().tableName, Key: deviceTokensKey(sub, provider) }))).Item;

describe('wearables: OAuth state', () => {
  it('a forged state, a replayed callback and a state used at another provider are 400, and connect nothing', async () => {
    const forged = await fetch(`${endpoints().apiUrl}/wearables/polar/callback?state=${'x'.repeat(43)}&code=abc`, { redirect: 'manual' });
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { errors: unknown }).errors).toEqual([expect.objectContaining({ path: 'query.state', code: 'invalid', params: { reason: 'unknown' } })]);

    const user = await newUser();
    const login = `replay-${randomUUID()}`;
    const { authorizeUrl } = await startConnect(user, 'oura');
    const callback = await consent('oura', authorizeUrl, login);
    expect((await followCallback(callback)).status).toBe(302);
    const replay = await followCallback(callback);
    expect(replay.status).toBe(400);

    const other = await startConnect(user, 'polar');
    const misrouted = await fetch(`${endpoints().apiUrl}/wearables/withings/callback?state=${other.state}&code=abc`, { redirect: 'manual' });
    expect(misrouted.status).toBe(400);
    expect(((await misrouted.json()) as { errors: Array<{ params: unknown }> }).errors[0]!.params).toEqual({ reason: 'provider' });
    // Consumed by the misrouted attempt: the real provider's callback cannot use it either.
    expect((await fetch(`${endpoints().apiUrl}/wearables/polar/callback?state=${other.state}&code=abc`, { redirect: 'manual' })).status).toBe(400);
    expect((await user.call('GET', '/wearables/devices')).body.items.map((d: { id: string }) => d.id)).toEqual(['oura']);
  });

  it("a second user cannot use the first user's state or device id: the device is the first user's, the second sees, syncs and deletes nothing", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const { authorizeUrl } = await startConnect(alice, 'withings');
    // Bob completes the consent and the callback with Alice's state: the state alone says whose device it is.
    const callback = await consent('withings', authorizeUrl, `bob-${randomUUID()}`);
    expect((await followCallback(callback)).status).toBe(302);
    expect((await alice.call('GET', '/wearables/devices')).body.items).toHaveLength(1);
    expect((await bob.call('GET', '/wearables/devices')).body.items).toEqual([]);
    expect((await bob.call('POST', '/wearables/devices/withings/sync')).status).toBe(404);
    expect((await bob.call('DELETE', '/wearables/devices/withings')).status).toBe(404);
    expect((await alice.call('GET', '/wearables/devices')).body.items[0]).toMatchObject({ id: 'withings', status: 'connected' });
    expect(await rawTokens(alice.sub, 'withings')).toBeDefined();
  });
});

describe('wearables: tokens', () => {
  it('are ciphertext in DynamoDB (AES-256-GCM bound to user, provider and kind), never in answers', async () => {
    const user = await newUser();
    await connectThroughSimulator(user, 'oura', `cipher-${randomUUID()}`);
    const item = (await rawTokens(user.sub, 'oura'))!;
    const cipher = localTokenCipher(inject('cloud').wearablesLocalKey);
    const access = await cipher.decrypt(item.accessToken, { userId: user.sub, provider: 'oura', kind: 'access' });
    const refresh = await cipher.decrypt(item.refreshToken, { userId: user.sub, provider: 'oura', kind: 'refresh' });
    // The plaintext is a live token at the provider, and appears nowhere in the stored item.
    expect((await fetch(`${simulatorUrl()}/oura/v2/usercollection/personal_info`, { headers: { authorization: `Bearer ${access}` } })).status).toBe(200);
    const raw = JSON.stringify(item);
    expect(raw).not.toContain(access);
    expect(raw).not.toContain(refresh);
    expect(item.accessToken.keyId).toMatch(/^local:/);
    // Bound to its context: the access ciphertext does not open as the refresh token, nor for another user.
    await expect(cipher.decrypt(item.accessToken, { userId: user.sub, provider: 'oura', kind: 'refresh' })).rejects.toThrow();
    await expect(cipher.decrypt(item.accessToken, { userId: 'someone-else', provider: 'oura', kind: 'access' })).rejects.toThrow();
    const answers = [await user.call('GET', '/wearables/devices'), await user.call('POST', '/wearables/devices/oura/sync')];
    for (const answer of answers) {
      expect(answer.text).not.toContain(access);
      expect(answer.text).not.toContain(refresh);
    }
  });

  it.each(['withings', 'oura'])('%s: two syncs racing on an expired access token refresh once; one valid refresh token remains', async (provider) => {
    const user = await newUser();
    const login = `race-${randomUUID()}`;
    await connectThroughSimulator(user, provider, login);
    await simControl('POST', `/${provider}/accounts/${login}/expire-access`);
    const [a, b] = await Promise.all([user.call('POST', `/wearables/devices/${provider}/sync`), user.call('POST', `/wearables/devices/${provider}/sync`)]);
    expect([a.body.outcome, b.body.outcome]).toEqual(['synced', 'synced']);
    const account = (await simControl('GET', `/${provider}/accounts/${login}`)).body;
    expect(account).toMatchObject({ refreshes: 1, refusedRefreshes: 0, validRefreshTokens: 1 });
    // The rotated pair is the one stored: a later refresh works.
    await simControl('POST', `/${provider}/accounts/${login}/expire-access`);
    expect((await user.call('POST', `/wearables/devices/${provider}/sync`)).body.outcome).toBe('synced');
    expect((await simControl('GET', `/${provider}/accounts/${login}`)).body).toMatchObject({ refreshes: 2, refusedRefreshes: 0, validRefreshTokens: 1 });
  });

  it('a refused refresh marks the device reauth_required (visible in the list) and stops its polling', async () => {
    const user = await newUser();
    const login = `revoked-${randomUUID()}`;
    await connectThroughSimulator(user, 'withings', login);
    await simControl('POST', `/withings/accounts/${login}/revoke`);
    const synced = await user.call('POST', '/wearables/devices/withings/sync');
    expect(synced.body).toMatchObject({ outcome: 'reauth_required', device: { status: 'reauth_required' } });
    const [device] = (await user.call('GET', '/wearables/devices')).body.items;
    expect(device).toMatchObject({ status: 'reauth_required', lastError: expect.stringContaining('connect it again') });
    const again = await user.call('POST', '/wearables/devices/withings/sync');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('reauth_required');
    // Connecting again makes it connected.
    await connectThroughSimulator(user, 'withings', login);
    expect((await user.call('GET', '/wearables/devices')).body.items[0]).toMatchObject({ status: 'connected', lastError: null });
  });
});

describe('wearables: disconnect', () => {
  it('disconnect deletes the device, its tokens and its imported data', async () => {
    const user = await newUser();
    await connectThroughSimulator(user, 'oura', `bye-${randomUUID()}`);
    expect((await user.call('POST', '/wearables/devices/oura/sync')).body.outcome).toBe('synced');
    const before = await user.call('GET', `/forge/activities?source=wearable&limit=50&from=${new Date(Date.now() - 8 * 86_400_000).toISOString().slice(0, 10)}`);
    expect(before.body.items.length).toBeGreaterThan(0);
    expect((await user.call('DELETE', '/wearables/devices/oura')).status).toBe(204);
    expect((await user.call('GET', '/wearables/devices')).body.items).toEqual([]);
    expect(await rawTokens(user.sub, 'oura')).toBeUndefined();
    const after = await user.call('GET', `/forge/activities?source=wearable&limit=50&from=${new Date(Date.now() - 8 * 86_400_000).toISOString().slice(0, 10)}`);
    expect(after.body.items).toEqual([]);
    expect((await user.call('DELETE', '/wearables/devices/oura')).status).toBe(404);
  });
});

// Last in this file, the one that talks to the simulator's providers: a 429 blocks a
// provider for every user until its Retry-After, so nothing may run beside it.
describe('wearables: rate limits', () => {
  it("a provider's 429 stops the sync with its Retry-After and pushes the device's next poll past it", async () => {
    const user = await newUser();
    await connectThroughSimulator(user, 'polar', `limited-${randomUUID()}`);
    await simControl('POST', '/polar/limits', { requests: 0, windowSeconds: 120 });
    try {
      const synced = await user.call('POST', '/wearables/devices/polar/sync');
      expect(synced.body).toMatchObject({ outcome: 'rate_limited', device: { status: 'connected' } });
      expect(synced.body.retryAfterSeconds).toBeGreaterThan(0);
      expect(Date.parse(synced.body.device.nextPollAt)).toBeGreaterThan(Date.now() + (synced.body.retryAfterSeconds - 2) * 1000);
    } finally {
      await simControl('POST', '/polar/limits', { requests: 500, windowSeconds: 900 });
    }
  });
});
