import { describe, expect, it } from 'vitest';
import {
  addDays, computeReadiness, consistencyScore, currentStreak, energyScore, recoveryScore,
} from '../../../shared/domain/science';

describe('currentStreak', () => {
  const days = ['2025-03-29', '2025-03-30', '2025-03-31', '2025-03-31', '2025-03-26'];
  it('counts consecutive days ending today or yesterday', () => {
    expect(currentStreak(days, '2025-03-31')).toBe(3);
    expect(currentStreak(days, '2025-04-01')).toBe(3);
    expect(currentStreak(days, '2025-04-02')).toBe(0);
    expect(currentStreak([], '2025-04-02')).toBe(0);
  });
  it('crosses month ends and leap days, ignores future and invalid days', () => {
    expect(currentStreak(['2024-02-28', '2024-02-29', '2024-03-01', '2024-03-05', 'nope'], '2024-03-01')).toBe(3);
  });
});

describe('readiness parts', () => {
  it('recovery follows the ease-out curve to 48 h', () => {
    expect([0, 12, 24, 36, 48, 100].map(recoveryScore)).toEqual([0, 44, 75, 94, 100, 100]);
    expect(recoveryScore(null)).toBe(100);
    expect(recoveryScore(-3)).toBe(0);
  });
  it('energy inverts the latest effort score, neutral 50 without one', () => {
    expect([energyScore(null), energyScore(80), energyScore(0), energyScore(150)]).toEqual([50, 20, 100, 0]);
  });
  it('consistency rewards 3–5 sessions a week and a streak', () => {
    expect(consistencyScore(3, 4)).toBe(100);
    expect(consistencyScore(0, 1.5)).toBe(35); // 0.7 × 50
    expect(consistencyScore(1, 3)).toBe(80); // 0.7 × 100 + 0.3 × 33.3
    expect(consistencyScore(3, 7)).toBe(86); // 0.7 × 80 + 30
    expect(consistencyScore(0, 0)).toBe(0);
  });
});

describe('computeReadiness', () => {
  it('weights recovery 0.4, energy 0.3, consistency 0.3 (worked example)', () => {
    const today = '2025-03-31';
    // 12 sessions in the last 4 weeks (3/week), the last one yesterday → streak 1.
    const sessionDays = Array.from({ length: 12 }, (_, i) => addDays(today, -1 - i * 2));
    const readiness = computeReadiness({
      now: new Date('2025-03-31T18:00:00Z'), lastSessionAt: '2025-03-30T18:00:00Z', latestEffortScore: 60, sessionDays, today,
    });
    // 0.4 × 75 + 0.3 × 40 + 0.3 × 80 = 30 + 12 + 24 = 66
    expect(readiness).toMatchObject({
      score: 66, label: 'moderate',
      recovery: { score: 75, weight: 0.4, hoursSinceLastSession: 24 },
      energy: { score: 40, weight: 0.3, source: 'wearable' },
      consistency: { score: 80, weight: 0.3, streakDays: 1, sessionsPerWeek: 3 },
    });
    expect(readiness.labelText.fr).toBeTruthy();
  });

  it('gives a new athlete a neutral-to-fresh score', () => {
    const readiness = computeReadiness({ now: new Date('2025-03-31T08:00:00Z'), lastSessionAt: null, latestEffortScore: null, sessionDays: [], today: '2025-03-31' });
    expect(readiness).toMatchObject({ score: 55, energy: { source: 'neutral' }, recovery: { hoursSinceLastSession: null } });
  });

  it('stays an integer within 0–100 for any input (seeded sweep)', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const now = new Date('2025-03-31T12:00:00Z');
    for (let run = 0; run < 500; run += 1) {
      const sessionDays = Array.from({ length: Math.floor(random() * 60) }, () => addDays('2025-03-31', -Math.floor(random() * 40) + 2));
      const readiness = computeReadiness({
        now,
        lastSessionAt: random() < 0.1 ? null : new Date(now.getTime() - (random() * 200 - 20) * 3_600_000).toISOString(),
        latestEffortScore: random() < 0.2 ? null : random() * 300 - 100,
        sessionDays,
        today: '2025-03-31',
      });
      for (const value of [readiness.score, readiness.recovery.score, readiness.energy.score, readiness.consistency.score]) {
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }
    }
  });
});
