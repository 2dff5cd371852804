import { describe, expect, it } from 'vitest';
import { completeSession, IllegalTransitionError, InvalidSetError, logSet, startSession } from '../../../shared/domain/training/lifecycle';
import { MAX_LOGGED_SETS } from '../../../shared/domain/training/session';
import { problemForDomainError } from '../../../shared/http/domain-errors';
import { draftSession } from '../../support/sessions';

const athlete = { weightKg: 80, age: 30, sex: 'male' as const };
const t = (iso: string) => new Date(iso);

describe('session lifecycle', () => {
  it('goes draft → active → completed and nothing else', () => {
    const draft = draftSession('u1', { timeZone: 'Europe/Paris' });
    expect(() => completeSession(draft, {}, { athlete, wearable: null, previousRecords: [] }, t('2026-11-22T10:00:00Z'))).toThrow(IllegalTransitionError);
    const active = startSession(draft, t('2026-11-21T23:30:00Z'));
    expect(active).toMatchObject({ status: 'active', startedAt: '2026-11-21T23:30:00.000Z', localDay: '2026-11-22', version: 2 });
    expect(() => startSession(active, t('2026-11-22T00:00:00Z'))).toThrow(/active session cannot be started/);
    const done = completeSession(active, {}, { athlete, wearable: null, previousRecords: [] }, t('2026-11-22T00:30:00Z'));
    expect(done.status).toBe('completed');
    expect(() => startSession(done, t('2026-11-22T01:00:00Z'))).toThrow(IllegalTransitionError);
  });

  it('logs sets idempotently and only on active sessions, against a prescribed exercise', () => {
    const draft = draftSession('u1');
    const set = { id: 's1', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100, durationSec: null, distanceM: null, rpe: 8, rir: null };
    expect(() => logSet(draft, set, t('2026-11-22T10:00:00Z'))).toThrow(IllegalTransitionError);
    const active = startSession(draft, t('2026-11-22T10:00:00Z'));
    const first = logSet(active, set, t('2026-11-22T10:05:00Z'));
    expect(first.added).toBe(true);
    expect(first.set.exerciseId).toBe('back-squat');
    const retry = logSet(first.session, set, t('2026-11-22T10:05:01Z'));
    expect(retry.added).toBe(false);
    expect(retry.session).toBe(first.session);
    expect(() => logSet(first.session, { ...set, id: 's2', exerciseIndex: 3 }, t('2026-11-22T10:06:00Z'))).toThrow(InvalidSetError);
  });

  it('refuses the set past the bound', () => {
    let session = startSession(draftSession('u1'), t('2026-11-22T10:00:00Z'));
    session = { ...session, loggedSets: Array.from({ length: MAX_LOGGED_SETS }, (_, i) => ({ id: `s${i}`, exerciseIndex: 0, exerciseId: 'back-squat', setIndex: 0, reps: 1, loadKg: 1, durationSec: null, distanceM: null, rpe: null, rir: null, completedAt: '2026-11-22T10:00:00.000Z' })) };
    let refusal: unknown;
    try {
      logSet(session, { id: 'one-more', exerciseIndex: 0, setIndex: 0, reps: 1, loadKg: 1, durationSec: null, distanceM: null, rpe: null, rir: null }, t('2026-11-22T11:00:00Z'));
    } catch (error) {
      refusal = error;
    }
    expect(String(refusal)).toMatch(/at most 400/);
    // As docs/data-model.md says: a 400 problem naming the bound.
    const problem = problemForDomainError(refusal)!;
    expect(problem.statusCode).toBe(400);
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'body.id', code: 'too_many_sets', params: { maximum: MAX_LOGGED_SETS } })]);
  });

  it('computes metrics, calories, Foster load and records on completion', () => {
    let session = startSession(draftSession('u1'), t('2026-11-22T10:00:00Z'));
    for (let i = 0; i < 5; i++) {
      session = logSet(session, { id: `s${i}`, exerciseIndex: 0, setIndex: i, reps: 5, loadKg: 100, durationSec: null, distanceM: null, rpe: 8, rir: null }, t(`2026-11-22T10:${10 + i * 5}:00Z`)).session;
    }
    const done = completeSession(session, { notes: 'solid' }, { athlete, wearable: null, previousRecords: [{ exerciseId: 'back-squat', kind: 'heaviest_load', value: 110 }] }, t('2026-11-22T11:00:00Z'));
    expect(done.metrics).toMatchObject({ volumeKg: 2500, totalReps: 25, setCount: 5, durationMin: 60, rpeAverage: 8, sessionLoad: 480 });
    // Strength at RPE 8 → vigorous → MET 6.0 × 80 kg × 1 h = 480 kcal.
    expect(done.metrics!.calories).toEqual({ kcal: 480, method: 'met' });
    expect(done.newRecords.map((r) => r.kind).sort()).toEqual(['best_volume', 'estimated_1rm']);
    expect(done.newRecords.find((r) => r.kind === 'estimated_1rm')).toMatchObject({ value: 112.5, formula: 'brzycki', previousValue: null });
    expect(done.notes).toBe('solid');
  });

  it('prefers wearable calories, then Keytel from average HR', () => {
    const active = startSession(draftSession('u1'), t('2026-11-22T10:00:00Z'));
    const at = t('2026-11-22T11:00:00Z');
    expect(completeSession(active, {}, { athlete, wearable: { calories: 612, avgHr: 150 }, previousRecords: [] }, at).metrics!.calories).toEqual({ kcal: 612, method: 'wearable' });
    expect(completeSession(active, {}, { athlete, wearable: { calories: null, avgHr: 150 }, previousRecords: [] }, at).metrics!.calories.method).toBe('keytel_2005');
  });
});
