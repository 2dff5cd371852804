import { describe, expect, it } from 'vitest';
import {
  activityFromSession,
  applyManualChanges,
  InvalidActivityChangeError,
  manualActivityChangesSchema,
  manualActivityInputSchema,
  newManualActivity,
  ReadOnlyActivityError,
} from '../../../shared/domain/forge/activity';
import { completedSession, walk } from '../../support/forge';
import { draftSession } from '../../support/sessions';

const NOW = new Date('2026-03-15T08:00:00.000Z');

describe('manual activities (pure)', () => {
  it('files 00:30 in Paris under the Paris day (winter and summer time)', () => {
    const winter = newManualActivity({ id: 'M1', userId: 'u', input: walk({ startAt: '2026-01-14T23:30:00.000Z' }), timeZone: 'Europe/Paris', now: NOW });
    expect(winter.localDay).toBe('2026-01-15');
    const summer = newManualActivity({ id: 'M2', userId: 'u', input: walk({ startAt: '2026-07-14T22:30:00.000Z' }), timeZone: 'Europe/Paris', now: NOW });
    expect(summer.localDay).toBe('2026-07-15');
    expect(newManualActivity({ id: 'M3', userId: 'u', input: walk({ startAt: '2026-07-14T22:30:00.000Z' }), timeZone: 'UTC', now: NOW }).localDay).toBe('2026-07-14');
  });

  it('defaults the title to the type and optional measures to null', () => {
    const a = newManualActivity({ id: 'M1', userId: 'u', input: { type: 'yoga', startAt: '2026-03-10T07:00:00Z', durationMin: 20 }, timeZone: 'UTC', now: NOW });
    expect(a).toMatchObject({ title: 'yoga', calories: null, distanceKm: null, discipline: null, source: 'manual', version: 1, startAt: '2026-03-10T07:00:00.000Z' });
  });

  it('validates input and changes, saying what to fix', () => {
    expect(manualActivityInputSchema.safeParse(walk({ durationMin: 0 })).success).toBe(false);
    expect(manualActivityInputSchema.safeParse({ ...walk(), source: 'training_session' }).success).toBe(false); // strict
    const hr = manualActivityInputSchema.safeParse(walk({ avgHr: 180, maxHr: 150 }));
    expect(hr.success ? null : hr.error.issues[0]).toMatchObject({ path: ['avgHr'], message: 'must not be above maxHr' });
    expect(manualActivityChangesSchema.safeParse({}).success).toBe(false);
    expect(manualActivityChangesSchema.safeParse({ notes: null }).success).toBe(true);
  });

  it('applies changes with version + 1, re-filing only when the start moves', () => {
    const a = newManualActivity({ id: 'M1', userId: 'u', input: walk({ maxHr: 150 }), timeZone: 'UTC', now: NOW });
    const edited = applyManualChanges(a, { notes: 'x' }, 'Pacific/Auckland', NOW);
    expect(edited).toMatchObject({ notes: 'x', version: 2, localDay: a.localDay });
    expect(applyManualChanges(a, { startAt: '2026-03-10T18:00:00Z' }, 'Pacific/Auckland', NOW).localDay).toBe('2026-03-11');
    expect(() => applyManualChanges(a, { avgHr: 170 }, 'UTC', NOW)).toThrow(InvalidActivityChangeError);
  });
});

describe('synced activities (pure)', () => {
  it('derives exactly one activity per completed session, at its version, on its day', () => {
    const session = completedSession('u', { completedAt: '2026-03-14T23:40:00.000Z', localDay: '2026-03-15', timeZone: 'Europe/Paris', version: 7 });
    const a = activityFromSession(session, null, NOW);
    expect(a).toMatchObject({
      id: `ts_${session.id}`, source: 'training_session', sourceId: session.id, sourceVersion: 7, version: 7,
      type: 'strength', discipline: 'strength', title: 'Squat day', durationMin: 45, calories: 320, distanceKm: null,
      startAt: session.startedAt, localDay: '2026-03-15', avgHr: null,
    });
    expect(() => applyManualChanges(a, { notes: 'x' }, 'UTC', NOW)).toThrow(ReadOnlyActivityError);
  });

  it("carries the linked wearable's heart rate, but keeps Training's calories and minutes", () => {
    const session = completedSession('u');
    const zones = { z1: 60, z2: 600, z3: 900, z4: 300, z5: 0 };
    expect(activityFromSession(session, { avgBpm: 140, maxBpm: 172, zoneSeconds: zones, effortScore: 58 })).toMatchObject({
      avgHr: 140, maxHr: 172, zones, effortScore: 58, calories: 320, durationMin: 45,
    });
  });

  it('refuses sessions that are not completed', () => {
    expect(() => activityFromSession(draftSession('u'))).toThrow(/only completed sessions/);
  });
});
