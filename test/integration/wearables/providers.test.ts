import { execFile } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { CONNECTABLE_PROVIDERS } from '../../../shared/domain/wearables/provider';
import { newUser, endpoints, type TestUser } from '../../support/stack';
import { pollWearables } from '../../../functions/wearables/poll-wearables';
import { simClient } from '../../../infra/local/wearables-simulator/state';
import { externalUserPartition } from '../../../shared/db/entities/device';
import { webhookKey } from '../../../shared/db/entities/provider-webhook';
import { limitsKey } from '../../../shared/db/entities/provider-budget';
import { APP_SECRET_HOLDER } from '../../../shared/domain/wearables/device';
import { eventually } from '../../support/wait';
import { completedSessionNow, connectThroughSimulator, simControl, consent, followCallback, simulatorUrl, startConnect } from './simulator';
import { GetCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/db/client';
import { deviceTokensKey } from '../../../shared/db/entities/device-tokens';
import { localTokenCipher } from '../../../shared/wearables/token-cipher';
import { ouraVerificationToken } from '../../../shared/wearables/push';
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
  it('`npm run job -- poll-wearables` syncs every due device from its cursor and reschedules it (Oura pushes: a day later, to reconcile)', async () => {
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
    expect(Date.parse(device.nextPollAt) - Date.parse(device.lastSyncAt)).toBe(86_400_000);
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

const polarWebhookKey = async () => {
  const item = (await documentClient.send(new GetCommand({ TableName: tableContext().tableName, Key: webhookKey('polar') }))).Item!;
  return localTokenCipher(inject('cloud').wearablesLocalKey).decrypt(item.signatureKey, { userId: APP_SECRET_HOLDER, provider: 'polar', kind: 'webhook' });
};
const notifyPolar = (body: string, headers: Record<string, string>) =>
  fetch(`${endpoints().apiUrl}/wearables/polar/notifications`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const deviceOf = async (user: TestUser, provider: string) => (await user.call('GET', '/wearables/devices')).body.items.find((d: { id: string }) => d.id === provider);
const wearableIds = async (user: TestUser) =>
  (await user.call('GET', `/forge/activities?source=wearable&limit=100&from=${minutesAgo(8 * 1440).slice(0, 10)}`)).body.items.map((a: { id: string }) => a.id) as string[];
const lookupItems = async (provider: string, externalUserId: string) =>
  (await documentClient.send(new QueryCommand({ TableName: tableContext().tableName, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': externalUserPartition(provider, externalUserId) } }))).Items ?? [];
const DAY_MS = 86_400_000;

describe('wearables: Polar pushes through its webhook', () => {
  it("the first connect registers the webhook (PING answered); a workout added at Polar is notified, signed, and makes that user's device due; the poll imports it for that user only", async () => {
    const [alice, bob] = await Promise.all([newUser(), newUser()]);
    const [aliceLogin, bobLogin] = [`push-a-${randomUUID()}`, `push-b-${randomUUID()}`];
    await connectThroughSimulator(alice, 'polar', aliceLogin);
    await connectThroughSimulator(bob, 'polar', bobLogin);
    const { webhook } = (await simControl('GET', '/polar/webhook')).body;
    expect(webhook.events).toEqual(['EXERCISE', 'ACTIVITY_SUMMARY']);
    expect(new URL(webhook.url)).toMatchObject({ port: new URL(endpoints().apiUrl).port, pathname: '/wearables/polar/notifications' });

    // Synced once: a pushed device is then only reconciled, a day later.
    for (const user of [alice, bob]) expect((await user.call('POST', '/wearables/devices/polar/sync')).body.outcome).toBe('synced');
    // Polar told its current limits (500 + 20 × registered users, 5,000 + 100 × users): the budget remembers them.
    const told = (await documentClient.send(new GetCommand({ TableName: tableContext().tableName, Key: limitsKey('WEARABLE#BUDGET#polar') }))).Item!;
    const [short, long] = told.limits as number[];
    expect(short! - 500).toBeGreaterThanOrEqual(2 * 20);
    expect((long! - 5000) / 100).toBe((short! - 500) / 20);
    const bobBefore = await deviceOf(bob, 'polar');
    expect(Date.parse(bobBefore.nextPollAt) - Date.parse(bobBefore.lastSyncAt)).toBe(DAY_MS);

    const added = await simControl('POST', `/polar/accounts/${aliceLogin}/workouts`, { startAt: minutesAgo(150), durationMin: 35, sport: 'running' });
    expect(added.body.notified).toEqual([200]);
    const aliceDue = await deviceOf(alice, 'polar');
    expect(Date.parse(aliceDue.nextPollAt)).toBeLessThanOrEqual(Date.now());
    expect(await deviceOf(bob, 'polar')).toEqual(bobBefore);

    const summary = await pollWearables();
    expect(summary.synced).toBeGreaterThanOrEqual(1);
    expect(await wearableIds(alice)).toContain(`wb_polar_${added.body.id}`);
    expect(await wearableIds(bob)).not.toContain(`wb_polar_${added.body.id}`);
    expect(await deviceOf(bob, 'polar')).toEqual(bobBefore);
    const aliceAfter = await deviceOf(alice, 'polar');
    expect(Date.parse(aliceAfter.nextPollAt) - Date.parse(aliceAfter.lastSyncAt)).toBe(DAY_MS);

    // A new day's activity summary is notified the same way.
    const day = await simControl('POST', `/polar/accounts/${aliceLogin}/days`, { day: minutesAgo(0).slice(0, 10), steps: 12_345 });
    expect(day.body.notified).toEqual([200]);
    expect(Date.parse((await deviceOf(alice, 'polar')).nextPollAt)).toBeLessThanOrEqual(Date.now());

    // Deactivated by Polar (7 days of failed deliveries): nothing is delivered until the job finds it in place, keeps it and activates it.
    const { clientId, clientSecret } = simClient('polar');
    const basic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
    expect((await fetch(`${simulatorUrl()}/polar/v3/webhooks/deactivate`, { method: 'POST', headers: { authorization: basic } })).status).toBe(204);
    expect((await simControl('POST', `/polar/accounts/${aliceLogin}/workouts`, { startAt: minutesAgo(120), durationMin: 15, sport: 'running' })).body.notified).toEqual([]);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'infra/local/cli/job.ts', 'register-polar-webhook'], {
      cwd: repoRoot,
      env: { ...process.env, TWINFORGE_LOCAL_DIR: inject('localDir'), POWERTOOLS_LOG_LEVEL: 'ERROR' },
    });
    expect(JSON.parse(stdout.slice(stdout.indexOf('{')))).toMatchObject({ outcome: 'kept', webhookId: webhook.id });
    expect((await simControl('POST', `/polar/accounts/${aliceLogin}/workouts`, { startAt: minutesAgo(110), durationMin: 5, sport: 'running' })).body.notified).toEqual([200]);

    // Deleted at Polar (by another tool, or our key lost): the job creates it again, with a new key the receiver picks up.
    expect((await fetch(`${simulatorUrl()}/polar/v3/webhooks/${webhook.id}`, { method: 'DELETE', headers: { authorization: basic } })).status).toBe(204);
    const again = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'infra/local/cli/job.ts', 'register-polar-webhook'], {
      cwd: repoRoot,
      env: { ...process.env, TWINFORGE_LOCAL_DIR: inject('localDir'), POWERTOOLS_LOG_LEVEL: 'ERROR' },
    });
    const recreated = JSON.parse(again.stdout.slice(again.stdout.indexOf('{')));
    expect(recreated).toMatchObject({ outcome: 'created', url: webhook.url });
    expect(recreated.webhookId).not.toBe(webhook.id);
    const later = await simControl('POST', `/polar/accounts/${aliceLogin}/workouts`, { startAt: minutesAgo(100), durationMin: 20, sport: 'cycling' });
    expect(later.body.notified).toEqual([200]);
  });

  it('a forged, unsigned or malformed notification is refused and changes nothing; an unknown user is ignored; disconnect removes the lookup', async () => {
    const user = await newUser();
    const login = `forged-${randomUUID()}`;
    await connectThroughSimulator(user, 'polar', login);
    expect((await user.call('POST', '/wearables/devices/polar/sync')).body.outcome).toBe('synced');
    const before = await deviceOf(user, 'polar');
    const polarUserId = (await simControl('GET', `/polar/accounts/${login}`)).body.userId as string;
    const body = JSON.stringify({ event: 'EXERCISE', user_id: Number(polarUserId), entity_id: 'abc123', timestamp: new Date().toISOString(), url: 'https://www.polaraccesslink.com/v3/exercises/abc123' });

    const forged = await notifyPolar(body, { 'polar-webhook-event': 'EXERCISE', 'polar-webhook-signature': createHmac('sha256', 'not-the-key').update(body).digest('hex') });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('content-type')).toContain('application/problem+json');
    const unsigned = await notifyPolar(body, { 'polar-webhook-event': 'EXERCISE' });
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('headers.polar-webhook-signature');
    expect(await deviceOf(user, 'polar')).toEqual(before);

    const key = await polarWebhookKey();
    const signed = (text: string) => ({ 'polar-webhook-event': 'EXERCISE', 'polar-webhook-signature': createHmac('sha256', key).update(text).digest('hex') });
    const malformed = JSON.stringify({ event: 'EXERCISE', user_id: 'not-a-number' });
    const bad = await notifyPolar(malformed, signed(malformed));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('body.user_id');
    const notJson = '{"event":';
    expect((await notifyPolar(notJson, signed(notJson))).status).toBe(400);
    const stranger = JSON.stringify({ event: 'EXERCISE', user_id: 1, entity_id: 'x', timestamp: new Date().toISOString() });
    const ignored = await notifyPolar(stranger, signed(stranger));
    expect(ignored.status).toBe(200);
    expect(await ignored.json()).toEqual({ outcome: 'ignored', devices: 0 });
    expect(await deviceOf(user, 'polar')).toEqual(before);

    const genuine = await notifyPolar(body, signed(body));
    expect(await genuine.json()).toEqual({ outcome: 'due', devices: 1 });
    expect(await lookupItems('polar', polarUserId)).toHaveLength(1);
    expect((await user.call('DELETE', '/wearables/devices/polar')).status).toBe(204);
    expect(await lookupItems('polar', polarUserId)).toEqual([]);
    expect(await (await notifyPolar(body, signed(body))).json()).toEqual({ outcome: 'ignored', devices: 0 });
  });
});

describe('wearables: Withings pushes through per-user subscriptions', () => {
  it('connect subscribes (after Withings checks the URL with a HEAD); a notification makes the device due and the poll imports the workout; forged ones change nothing; disconnect revokes', async () => {
    const user = await newUser();
    const login = `notify-${randomUUID()}`;
    await connectThroughSimulator(user, 'withings', login);
    const subscriptions = (await simControl('GET', '/withings/webhook')).body.subscriptions.filter((s: { login: string }) => s.login === login);
    expect(subscriptions).toEqual([{ login, appli: 16, callbackurl: expect.stringMatching(/\/wearables\/withings\/notifications\/[\w-]{32}$/) }]);
    const callback = new URL(subscriptions[0].callbackurl);
    const api = (secret: string) => `${endpoints().apiUrl}/wearables/withings/notifications/${secret}`;
    const secret = callback.pathname.split('/').pop()!;
    expect((await fetch(api(secret), { method: 'HEAD' })).status).toBe(204);
    expect((await fetch(api('x'.repeat(32)), { method: 'HEAD' })).status).toBe(403);

    expect((await user.call('POST', '/wearables/devices/withings/sync')).body.outcome).toBe('synced');
    const before = await deviceOf(user, 'withings');
    expect(Date.parse(before.nextPollAt) - Date.parse(before.lastSyncAt)).toBe(DAY_MS);
    const withingsUserId = (await simControl('GET', `/withings/accounts/${login}`)).body.userId as string;
    const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });

    const forged = await fetch(api('x'.repeat(32)), form({ userid: withingsUserId, appli: '16', startdate: '1', enddate: '2' }));
    expect(forged.status).toBe(403);
    const malformed = await fetch(api(secret), form({ appli: '16' }));
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('body.userid');
    const otherCategory = await fetch(api(secret), form({ userid: withingsUserId, appli: '1', startdate: '1', enddate: '2' }));
    expect(await otherCategory.json()).toEqual({ outcome: 'ignored', devices: 0 });
    expect(await deviceOf(user, 'withings')).toEqual(before);

    const added = await simControl('POST', `/withings/accounts/${login}/workouts`, { startAt: minutesAgo(200), durationMin: 40, sport: 'cycling' });
    expect(added.body.notified).toEqual([200]);
    expect(Date.parse((await deviceOf(user, 'withings')).nextPollAt)).toBeLessThanOrEqual(Date.now());
    await pollWearables();
    expect(await wearableIds(user)).toContain(`wb_withings_${added.body.id}`);
    const after = await deviceOf(user, 'withings');
    expect(Date.parse(after.nextPollAt) - Date.parse(after.lastSyncAt)).toBe(DAY_MS);

    expect((await user.call('DELETE', '/wearables/devices/withings')).status).toBe(204);
    expect((await simControl('GET', '/withings/webhook')).body.subscriptions.filter((s: { login: string }) => s.login === login)).toEqual([]);
    expect(await lookupItems('withings', withingsUserId)).toEqual([]);
    const late = await fetch(api(secret), form({ userid: withingsUserId, appli: '16', startdate: '1', enddate: '2' }));
    expect(await late.json()).toEqual({ outcome: 'ignored', devices: 0 });
  });
});

const notifyOura = (body: string, headers: Record<string, string>) =>
  fetch(`${endpoints().apiUrl}/wearables/oura/notifications`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const ouraSigned = (body: string, secret = simClient('oura').clientSecret) => {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { 'x-oura-timestamp': timestamp, 'x-oura-signature': createHmac('sha256', secret).update(timestamp + body).digest('hex').toUpperCase() };
};
const runJob = async (name: string) => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'infra/local/cli/job.ts', name], {
    cwd: repoRoot,
    env: { ...process.env, TWINFORGE_LOCAL_DIR: inject('localDir'), POWERTOOLS_LOG_LEVEL: 'ERROR' },
  });
  return JSON.parse(stdout.slice(stdout.indexOf('{')));
};

describe("wearables: Oura pushes through our app's webhook subscriptions", () => {
  it("the first connect subscribes (Oura's challenge echoed); a workout added at Oura is notified, signed, and makes that user's device due; the poll imports it for that user only; the job renews", async () => {
    const [alice, bob] = await Promise.all([newUser(), newUser()]);
    const [aliceLogin, bobLogin] = [`oura-a-${randomUUID()}`, `oura-b-${randomUUID()}`];
    await connectThroughSimulator(alice, 'oura', aliceLogin);
    await connectThroughSimulator(bob, 'oura', bobLogin);
    const { subscriptions } = (await simControl('GET', '/oura/webhook')).body;
    expect(subscriptions.map((s: { dataType: string; eventType: string }) => `${s.dataType}.${s.eventType}`).sort()).toEqual(
      ['daily_activity.create', 'daily_activity.update', 'sleep.create', 'sleep.update', 'workout.create', 'workout.update'],
    );
    for (const s of subscriptions) expect(new URL(s.callbackUrl)).toMatchObject({ port: new URL(endpoints().apiUrl).port, pathname: '/wearables/oura/notifications' });

    // The verification GET: the challenge only for our token.
    const check = (token: string) => fetch(`${endpoints().apiUrl}/wearables/oura/notifications?verification_token=${token}&challenge=ch-1`);
    const ours = await check(ouraVerificationToken(simClient('oura')));
    expect(ours.status).toBe(200);
    expect(await ours.json()).toEqual({ challenge: 'ch-1' });
    const theirs = await check(ouraVerificationToken({ clientSecret: 'another-app' }));
    expect(theirs.status).toBe(403);
    expect(theirs.headers.get('content-type')).toContain('application/problem+json');

    for (const user of [alice, bob]) expect((await user.call('POST', '/wearables/devices/oura/sync')).body.outcome).toBe('synced');
    const bobBefore = await deviceOf(bob, 'oura');
    expect(Date.parse(bobBefore.nextPollAt) - Date.parse(bobBefore.lastSyncAt)).toBe(DAY_MS);

    const added = await simControl('POST', `/oura/accounts/${aliceLogin}/workouts`, { startAt: minutesAgo(150), durationMin: 35, sport: 'running' });
    expect(added.body.notified).toEqual([200]);
    expect(Date.parse((await deviceOf(alice, 'oura')).nextPollAt)).toBeLessThanOrEqual(Date.now());
    expect(await deviceOf(bob, 'oura')).toEqual(bobBefore);

    expect((await pollWearables()).synced).toBeGreaterThanOrEqual(1);
    expect(await wearableIds(alice)).toContain(`wb_oura_${added.body.id}`);
    expect(await wearableIds(bob)).not.toContain(`wb_oura_${added.body.id}`);
    expect(await deviceOf(bob, 'oura')).toEqual(bobBefore);
    const aliceAfter = await deviceOf(alice, 'oura');
    expect(Date.parse(aliceAfter.nextPollAt) - Date.parse(aliceAfter.lastSyncAt)).toBe(DAY_MS);

    // A new day: its daily_activity and its sleep are notified.
    const day = await simControl('POST', `/oura/accounts/${aliceLogin}/days`, { day: minutesAgo(0).slice(0, 10), steps: 12_345 });
    expect(day.body.notified).toEqual([200, 200]);
    expect(Date.parse((await deviceOf(alice, 'oura')).nextPollAt)).toBeLessThanOrEqual(Date.now());

    // Near their expiry, the daily job renews them (same ids, a later expiry); a second run keeps them.
    const ids = subscriptions.map((s: { id: string }) => s.id).sort();
    await simControl('POST', '/oura/webhook/expire-soon');
    expect(await runJob('register-oura-webhooks')).toMatchObject({ outcome: 'renewed', renewed: 6, created: 0, removed: 0, subscriptions: 6 });
    const renewed = (await simControl('GET', '/oura/webhook')).body.subscriptions;
    expect(renewed.map((s: { id: string }) => s.id).sort()).toEqual(ids);
    for (const s of renewed) expect(Date.parse(s.expiresAt)).toBeGreaterThan(Date.now() + 20 * DAY_MS);
    expect(await runJob('register-oura-webhooks')).toMatchObject({ outcome: 'kept', renewed: 0, created: 0 });
  });

  it('a forged, unsigned or malformed notification is refused and changes nothing; an unknown user is ignored; disconnect removes the lookup', async () => {
    const user = await newUser();
    const login = `oura-forged-${randomUUID()}`;
    await connectThroughSimulator(user, 'oura', login);
    expect((await user.call('POST', '/wearables/devices/oura/sync')).body.outcome).toBe('synced');
    const before = await deviceOf(user, 'oura');
    const ouraUserId = (await simControl('GET', `/oura/accounts/${login}`)).body.userId as string;
    const body = JSON.stringify({ event_type: 'create', data_type: 'workout', object_id: 'w-1', event_time: new Date().toISOString(), user_id: ouraUserId });

    const forged = await notifyOura(body, ouraSigned(body, 'not-our-secret'));
    expect(forged.status).toBe(403);
    expect(forged.headers.get('content-type')).toContain('application/problem+json');
    const unsigned = await notifyOura(body, {});
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('headers.x-oura-signature');
    const { 'x-oura-signature': signature } = ouraSigned(body);
    expect((await notifyOura(body, { 'x-oura-signature': signature })).status).toBe(401);
    expect(await deviceOf(user, 'oura')).toEqual(before);

    const malformed = JSON.stringify({ event_type: 'create', data_type: 'workout', user_id: 42 });
    const bad = await notifyOura(malformed, ouraSigned(malformed));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe('body.user_id');
    const notJson = '{"event_type":';
    expect((await notifyOura(notJson, ouraSigned(notJson))).status).toBe(400);
    const stranger = JSON.stringify({ event_type: 'create', data_type: 'workout', object_id: 'x', user_id: 'nobody-of-ours' });
    expect(await (await notifyOura(stranger, ouraSigned(stranger))).json()).toEqual({ outcome: 'ignored', devices: 0 });
    const otherType = JSON.stringify({ event_type: 'create', data_type: 'daily_readiness', object_id: 'x', user_id: ouraUserId });
    expect(await (await notifyOura(otherType, ouraSigned(otherType))).json()).toEqual({ outcome: 'ignored', devices: 0 });
    expect(await deviceOf(user, 'oura')).toEqual(before);

    expect(await (await notifyOura(body, ouraSigned(body))).json()).toEqual({ outcome: 'due', devices: 1 });
    expect(await lookupItems('oura', ouraUserId)).toHaveLength(1);
    expect((await user.call('DELETE', '/wearables/devices/oura')).status).toBe(204);
    expect(await lookupItems('oura', ouraUserId)).toEqual([]);
    expect(await (await notifyOura(body, ouraSigned(body))).json()).toEqual({ outcome: 'ignored', devices: 0 });
  });
});

describe('wearables: push leaves nothing behind an erased account', () => {
  it("deleting the account removes the Withings subscription and both providers' user lookups; no item names the user", async () => {
    const user = await newUser();
    const [polarLogin, withingsLogin] = [`erase-p-${randomUUID()}`, `erase-w-${randomUUID()}`];
    await connectThroughSimulator(user, 'polar', polarLogin);
    await connectThroughSimulator(user, 'withings', withingsLogin);
    const polarId = (await simControl('GET', `/polar/accounts/${polarLogin}`)).body.userId as string;
    const withingsId = (await simControl('GET', `/withings/accounts/${withingsLogin}`)).body.userId as string;
    expect(await lookupItems('polar', polarId)).toHaveLength(1);
    expect(await lookupItems('withings', withingsId)).toHaveLength(1);
    const mentioning = async () => {
      const found: Array<Record<string, unknown>> = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await documentClient.send(new ScanCommand({ TableName: tableContext().tableName, ConsistentRead: true, ExclusiveStartKey }));
        found.push(...(page.Items ?? []).filter((item) => JSON.stringify(item).includes(user.sub)));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return found;
    };
    expect(new Set((await mentioning()).map((item) => item.entity))).toEqual(new Set(['device', 'deviceTokens', 'deviceSubscription']));
    const subscribed = async () => (await simControl('GET', '/withings/webhook')).body.subscriptions.filter((s: { login: string }) => s.login === withingsLogin);
    expect(await subscribed()).toHaveLength(1);
    expect((await user.call('DELETE', '/me')).status).toBe(204);
    // Revoked at Withings too, while the tokens still existed.
    expect(await subscribed()).toEqual([]);
    expect(await lookupItems('polar', polarId)).toEqual([]);
    expect(await lookupItems('withings', withingsId)).toEqual([]);
    expect(await mentioning()).toEqual([]);
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
      await simControl('POST', '/polar/limits', { reset: true });
    }
  });
});
