import { describe, expect, it } from 'vitest';
import { call, newUser } from '../../support/stack';
import { expiredToken, forgedToken } from '../../support/tokens';

describe('authentication on protected routes', () => {
  const expectUnauthorized = (response: { status: number; headers: Headers; body: any }) => {
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body.title).toBe('Unauthorized');
  };

  it('refuses a request without a token', async () => {
    expectUnauthorized(await call('GET', '/me'));
  });

  it('refuses an expired token', async () => {
    const user = await newUser();
    expectUnauthorized(await call('GET', '/me', { token: await expiredToken(user.sub) }));
  });

  it('refuses a token with a forged signature', async () => {
    const user = await newUser();
    expectUnauthorized(await call('GET', '/me', { token: await forgedToken(user.sub) }));
  });

  it('refuses garbage in the Authorization header', async () => {
    expectUnauthorized(await call('GET', '/me', { token: 'not-a-jwt' }));
  });

  it('accepts a token from the local user pool', async () => {
    const user = await newUser();
    const response = await user.call('GET', '/me');
    expect(response.status).toBe(200);
    expect(response.body.userId).toBe(user.sub);
  });
});
