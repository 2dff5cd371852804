import { describe, expect, it } from 'vitest';
import { connectDevice } from '../../../shared/db/entities/device';
import { getSealedDeviceTokens, readDeviceTokens, rotateDeviceTokens, sealTokens } from '../../../shared/db/entities/device-tokens';
import { VersionConflictError } from '../../../shared/db/item';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { testCipher } from '../../support/forge';

const ctx = repositoryTableContext;
const cipher = testCipher();
const NOW = new Date('2026-03-10T12:00:00.000Z');
const initial = { accessToken: 'access-1', accessTokenExpiresAt: '2026-03-10T13:00:00.000Z', refreshToken: 'refresh-1', refreshTokenExpiresAt: null };

describe('device tokens repository', () => {
  it('stores ciphertexts only and decrypts them for the poller', async () => {
    const userId = uniqueUserId();
    await connectDevice(ctx(), cipher, { userId, provider: 'garmin', scopes: [], tokens: initial, now: NOW, firstPollAt: new Date('2099-01-01T00:00:00Z') });
    const sealed = (await getSealedDeviceTokens(ctx(), userId, 'garmin'))!;
    expect(sealed).toMatchObject({ userId, provider: 'garmin', version: 1, refreshToken: { keyId: cipher.keyId, expiresAt: null } });
    expect(JSON.stringify(sealed)).not.toMatch(/access-1|refresh-1/);
    expect(await readDeviceTokens(ctx(), cipher, userId, 'garmin')).toEqual({ ...initial, version: 1 });
  });

  it('binds ciphertexts to their user, provider and kind', async () => {
    const sealed = await sealTokens(cipher, 'alice', 'garmin', initial);
    await expect(cipher.decrypt(sealed.accessToken, { userId: 'bob', provider: 'garmin', kind: 'access' })).rejects.toThrow();
    await expect(cipher.decrypt(sealed.accessToken, { userId: 'alice', provider: 'garmin', kind: 'refresh' })).rejects.toThrow();
    expect(await cipher.decrypt(sealed.accessToken, { userId: 'alice', provider: 'garmin', kind: 'access' })).toBe('access-1');
  });

  it('rotates under a version guard: of two refreshers of the same version, one wins', async () => {
    const userId = uniqueUserId();
    await connectDevice(ctx(), cipher, { userId, provider: 'garmin', scopes: [], tokens: initial, now: NOW, firstPollAt: new Date('2099-01-01T00:00:00Z') });
    const rotated = { accessToken: 'access-2', accessTokenExpiresAt: '2026-03-10T14:00:00.000Z', refreshToken: 'refresh-2' };
    const results = await Promise.allSettled([
      rotateDeviceTokens(ctx(), cipher, { userId, provider: 'garmin', expectedVersion: 1, tokens: rotated }),
      rotateDeviceTokens(ctx(), cipher, { userId, provider: 'garmin', expectedVersion: 1, tokens: { ...rotated, accessToken: 'access-2b', refreshToken: 'refresh-2b' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<number>).value)).toEqual([2]);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(VersionConflictError);
    expect(rejected.reason.currentVersion).toBe(2);
    const current = (await readDeviceTokens(ctx(), cipher, userId, 'garmin'))!;
    expect(current.version).toBe(2);
    expect([current.accessToken, current.refreshToken]).toEqual(current.accessToken === 'access-2' ? ['access-2', 'refresh-2'] : ['access-2b', 'refresh-2b']);
  });

  it('keeps the refresh token when the provider does not rotate it', async () => {
    const userId = uniqueUserId();
    await connectDevice(ctx(), cipher, { userId, provider: 'polar', scopes: [], tokens: initial, now: NOW, firstPollAt: new Date('2099-01-01T00:00:00Z') });
    expect(await rotateDeviceTokens(ctx(), cipher, { userId, provider: 'polar', expectedVersion: 1, tokens: { accessToken: 'access-2', accessTokenExpiresAt: null, refreshToken: null } })).toBe(2);
    expect(await readDeviceTokens(ctx(), cipher, userId, 'polar')).toMatchObject({ accessToken: 'access-2', accessTokenExpiresAt: null, refreshToken: 'refresh-1', version: 2 });
  });

  it('never rotates tokens of a device that is not connected, or of another user', async () => {
    const alice = uniqueUserId();
    await connectDevice(ctx(), cipher, { userId: alice, provider: 'garmin', scopes: [], tokens: initial, now: NOW, firstPollAt: new Date('2099-01-01T00:00:00Z') });
    const rotate = (userId: string) => rotateDeviceTokens(ctx(), cipher, { userId, provider: 'garmin', expectedVersion: 1, tokens: initial });
    await expect(rotate(uniqueUserId())).rejects.toBeInstanceOf(VersionConflictError);
    expect(await getSealedDeviceTokens(ctx(), alice, 'garmin')).toMatchObject({ version: 1 });
  });

  it('reads with GetItem only', async () => {
    const userId = uniqueUserId();
    await connectDevice(ctx(), cipher, { userId, provider: 'garmin', scopes: [], tokens: initial, now: NOW, firstPollAt: new Date('2099-01-01T00:00:00Z') });
    expect(await commandsOf(() => readDeviceTokens(ctx(), cipher, userId, 'garmin'))).toEqual(['GetItem']);
  });
});
