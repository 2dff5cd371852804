import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { ManualActivityInput } from '../../shared/domain/forge/activity';
import type { TokenCipher, TokenContext } from '../../shared/domain/wearables/device';
import type { WearableDay, WearableWorkout } from '../../shared/domain/wearables/imports';
import type { TrainingSession } from '../../shared/domain/training/session';
import { draftSession } from './sessions';

/** A completed session for `userId`, completed at `completedAt` (UTC unless overridden). */
export function completedSession(userId: string, overrides: Partial<TrainingSession> = {}): TrainingSession {
  const completedAt = overrides.completedAt ?? new Date().toISOString();
  const startedAt = overrides.startedAt ?? new Date(Date.parse(completedAt) - 45 * 60_000).toISOString();
  return draftSession(userId, {
    status: 'completed',
    createdAt: startedAt,
    startedAt,
    completedAt,
    localDay: completedAt.slice(0, 10),
    enrichmentStatus: 'enriched',
    enrichmentQueuedAt: null,
    metrics: {
      volumeKg: 2500, distanceKm: 0, totalReps: 25, setCount: 5, durationMin: 45, durationSource: 'session_timestamps', rpeAverage: 8, rpeSource: 'sets',
      calories: { kcal: 320, method: 'met' }, sessionLoad: 360,
    },
    version: 3,
    ...overrides,
  });
}

export const walk = (overrides: Partial<ManualActivityInput> = {}): ManualActivityInput => ({
  type: 'walking',
  title: 'Evening walk',
  startAt: '2026-03-10T18:00:00.000Z',
  durationMin: 30,
  calories: 120,
  distanceKm: 2.5,
  ...overrides,
});

export function workout(userId: string, overrides: Partial<WearableWorkout> = {}): WearableWorkout {
  return {
    userId,
    provider: 'garmin',
    externalId: `w-${randomBytes(4).toString('hex')}`,
    type: 'running',
    title: 'Morning run',
    discipline: 'running',
    startAt: '2026-03-10T06:00:00.000Z',
    endAt: '2026-03-10T06:40:00.000Z',
    durationMin: 40,
    calories: 410,
    distanceKm: 7.2,
    minHr: 95,
    avgHr: 148,
    maxHr: 176,
    zones: { z1: 120, z2: 600, z3: 1200, z4: 420, z5: 60 },
    effortScore: 62,
    quality: 'excellent',
    localDay: '2026-03-10',
    linkedSessionId: null,
    sourceUpdatedAt: null,
    importedAt: '2026-03-10T07:00:00.000Z',
    ...overrides,
  };
}

export function wearableDay(userId: string, overrides: Partial<WearableDay> = {}): WearableDay {
  return {
    userId,
    provider: 'garmin',
    localDay: '2026-03-10',
    steps: 9500,
    activeCalories: 520,
    totalCalories: 2400,
    restingHr: 52,
    minHr: 48,
    avgHr: 71,
    maxHr: 176,
    hrvMs: 64,
    sleepMinutes: 440,
    effortScore: 55,
    zones: null,
    quality: 'good',
    sourceUpdatedAt: null,
    importedAt: '2026-03-10T23:00:00.000Z',
    ...overrides,
  };
}

/**
 * The test stand-in for the KMS / AES-GCM port: real AES-256-GCM with the context as additional
 * data, so a ciphertext only decrypts for the user, provider and kind it was sealed for.
 */
export function testCipher(): TokenCipher & { keyId: string } {
  const key = randomBytes(32);
  const keyId = 'test-key-1';
  const aad = (context: TokenContext) => Buffer.from(`${context.userId}|${context.provider}|${context.kind}`);
  return {
    keyId,
    async encrypt(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(context));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'), keyId };
    },
    async decrypt(sealed, context) {
      const raw = Buffer.from(sealed.ciphertext, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12)).setAAD(aad(context));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
