import { describe, expect, it } from 'vitest';
import { newUser } from '../../support/stack';

describe('GET|PUT /me', () => {
  it('creates the profile with defaults on first read, then returns the same one', async () => {
    const user = await newUser();
    const first = await user.call('GET', '/me');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ userId: user.sub, level: 'intermediate', locale: 'en', units: 'metric', timeZone: 'UTC', version: 1 });
    const second = await user.call('GET', '/me');
    expect(second.body.createdAt).toBe(first.body.createdAt);
  });

  it('updates the given fields and keeps the others', async () => {
    const user = await newUser();
    const response = await user.call('PUT', '/me', { body: { weightKg: 72.5, timeZone: 'Europe/Paris', locale: 'fr', maxHeartRate: 188 } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ weightKg: 72.5, timeZone: 'Europe/Paris', locale: 'fr', maxHeartRate: 188, level: 'intermediate', version: 2 });
    expect((await user.call('GET', '/me')).body.weightKg).toBe(72.5);
  });

  it("keeps two users' profiles apart: each sees and changes only its own", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await alice.call('PUT', '/me', { body: { displayName: 'Alice' } });
    await bob.call('PUT', '/me', { body: { displayName: 'Bob' } });
    expect((await alice.call('GET', '/me')).body).toMatchObject({ userId: alice.sub, displayName: 'Alice' });
    expect((await bob.call('GET', '/me')).body).toMatchObject({ userId: bob.sub, displayName: 'Bob' });
  });

  it('ignores any user id sent in the body: an unknown field is refused', async () => {
    const alice = await newUser();
    const bob = await newUser();
    const response = await alice.call('PUT', '/me', { body: { userId: bob.sub, displayName: 'Mallory' } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ path: 'body.userId', message: 'is not a known field; remove it', code: 'unrecognized_keys' }));
    expect((await bob.call('GET', '/me')).body.displayName).not.toBe('Mallory');
  });

  describe('bad input → 4xx problem+json naming the field, never 5xx', () => {
    const cases: Array<[string, { body?: unknown; rawBody?: string; headers?: Record<string, string> }, number, string]> = [
      ['wrong type', { body: { weightKg: 'heavy' } }, 400, 'body.weightKg'],
      ['unknown field', { body: { favouriteColour: 'red' } }, 400, 'body.favouriteColour'],
      ['out of range', { body: { maxHeartRate: 400 } }, 400, 'body.maxHeartRate'],
      ['not an IANA zone', { body: { timeZone: 'Mars/Olympus' } }, 400, 'body.timeZone'],
      ['bad enum', { body: { locale: 'de' } }, 400, 'body.locale'],
      ['resting above max HR', { body: { maxHeartRate: 150, restingHeartRate: 160 } }, 400, 'body.restingHeartRate'],
      ['empty object', { body: {} }, 400, 'body'],
      ['not an object', { body: [1, 2] }, 400, 'body'],
      ['invalid JSON', { rawBody: '{"weightKg": 70', headers: { 'content-type': 'application/json' } }, 400, 'body'],
      ['empty body', { rawBody: '', headers: { 'content-type': 'application/json' } }, 400, 'body'],
      ['body over 1 MB', { body: { displayName: 'x'.repeat(1024 * 1024 + 10) } }, 413, 'body'],
    ];
    it.each(cases)('%s', async (_name, request, status, path) => {
      const user = await newUser();
      const response = await user.call('PUT', '/me', request);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(response.text).not.toMatch(/at \w+ \(|node_modules/);
    });

    it('a non-JSON content type gets 415', async () => {
      const user = await newUser();
      const response = await user.call('PUT', '/me', { rawBody: 'weightKg=70', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(response.status).toBe(415);
    });
  });
});
