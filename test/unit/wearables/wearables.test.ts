import { describe, expect, it } from 'vitest';
import { activityFromWorkout } from '../../../shared/domain/wearables/imports';
import { codeChallengeS256, isOAuthStateExpired, newOAuthState, OAUTH_STATE_TTL_MS, oauthStateSchema } from '../../../shared/domain/wearables/oauth-state';
import { externalIdSchema, providerIdSchema } from '../../../shared/domain/wearables/provider';
import { workout } from '../../support/forge';

describe('oauth state (pure)', () => {
  it('issues a random state and a PKCE verifier valid for 10 minutes', () => {
    const now = new Date('2026-03-10T12:00:00.000Z');
    const a = newOAuthState({ userId: 'u', provider: 'garmin', now });
    const b = newOAuthState({ userId: 'u', provider: 'garmin', now });
    expect(a.state).not.toBe(b.state);
    expect(a.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(oauthStateSchema.parse(a)).toEqual(a);
    expect(a.validUntil).toBe('2026-03-10T12:10:00.000Z');
    expect(isOAuthStateExpired(a, new Date(now.getTime() + OAUTH_STATE_TTL_MS - 1))).toBe(false);
    expect(isOAuthStateExpired(a, new Date(now.getTime() + OAUTH_STATE_TTL_MS))).toBe(true);
  });

  it('computes the S256 challenge of RFC 7636 appendix B', () => {
    expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
});

describe('provider ids (pure)', () => {
  it('accepts plain ids and refuses separators used in keys', () => {
    for (const ok of ['garmin', 'polar', 'google-fit', 'mock']) expect(providerIdSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['Garmin', 'g', 'apple_health', 'a#b', '1garmin', '']) expect(providerIdSchema.safeParse(bad).success).toBe(false);
    expect(externalIdSchema.safeParse('abc 123').success).toBe(false);
    expect(externalIdSchema.safeParse('12345:run/2').success).toBe(true);
  });
});

describe('wearable workouts as activities (pure)', () => {
  it('become read-only wearable activities versioned by their import time', () => {
    const w = workout('u', { externalId: '998877' });
    const a = activityFromWorkout(w, new Date('2026-03-10T07:00:01.000Z'));
    expect(a).toMatchObject({
      id: 'wb_garmin_998877', source: 'wearable', sourceId: '998877', provider: 'garmin', version: Date.parse(w.importedAt), sourceVersion: Date.parse(w.importedAt),
      durationMin: 40, calories: 410, avgHr: 148, localDay: '2026-03-10',
    });
    expect(activityFromWorkout({ ...w, importedAt: '2026-03-11T00:00:00.000Z' }).version).toBeGreaterThan(a.version);
  });
});
