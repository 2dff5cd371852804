import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import { deviceTokensKey } from '../../../shared/db/entities/device-tokens';
import { localTokenCipher } from '../../../shared/wearables/token-cipher';
import { tableContext } from '../../support/db';
import { endpoints, newUser } from '../../support/stack';
import { consent, connectThroughSimulator, followCallback, simControl, simulatorUrl, startConnect } from './simulator';

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

describe('wearables: rate limits and disconnect', () => {
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
