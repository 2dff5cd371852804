import { describe, expect, it } from 'vitest';
import {
  asPreviousRecords,
  getRecord,
  listExerciseRecords,
  listRecords,
  putRecordIfBetter,
  putRecordsIfBetter,
} from '../../../shared/db/entities/personal-record';
import { detectRecords } from '../../../shared/domain/science/records';
import { candidateFromBest, type RecordCandidate } from '../../../shared/domain/training/personal-record';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';

const ctx = repositoryTableContext;

function candidate(userId: string, overrides: Partial<RecordCandidate> = {}): RecordCandidate {
  return {
    userId,
    exerciseId: 'back-squat',
    kind: 'heaviest_load',
    value: 100,
    unit: 'kg',
    sessionId: 'S1',
    achievedAt: '2026-03-01T10:00:00.000Z',
    formula: null,
    reps: 5,
    loadKg: 100,
    distanceM: null,
    durationSec: null,
    ...overrides,
  };
}

describe('personal record repository', () => {
  it('stores the first value, then only a strictly better one, carrying the previous value', async () => {
    const userId = uniqueUserId();
    const first = await putRecordIfBetter(ctx(), candidate(userId));
    expect(first).toMatchObject({ written: true, record: { value: 100, previousValue: null, sessionId: 'S1' } });
    const lower = await putRecordIfBetter(ctx(), candidate(userId, { value: 95, sessionId: 'S2' }));
    expect(lower).toMatchObject({ written: false, current: { value: 100, sessionId: 'S1' } });
    const equal = await putRecordIfBetter(ctx(), candidate(userId, { value: 100, sessionId: 'S3' }));
    expect(equal.written).toBe(false);
    const better = await putRecordIfBetter(ctx(), candidate(userId, { value: 105, sessionId: 'S4', reps: 3, loadKg: 105 }));
    expect(better).toMatchObject({ written: true, record: { value: 105, previousValue: 100, sessionId: 'S4', reps: 3 } });
    expect(await getRecord(ctx(), userId, 'back-squat', 'heaviest_load')).toMatchObject({ value: 105, previousValue: 100 });
  });

  it('pace: lower wins', async () => {
    const userId = uniqueUserId();
    const pace = (value: number) => candidate(userId, { exerciseId: 'running', kind: 'best_pace', unit: 'sec_per_km', value, reps: null, loadKg: null, distanceM: 5000, durationSec: value * 5 });
    expect((await putRecordIfBetter(ctx(), pace(300))).written).toBe(true);
    expect((await putRecordIfBetter(ctx(), pace(310))).written).toBe(false);
    expect(await putRecordIfBetter(ctx(), pace(290))).toMatchObject({ written: true, record: { value: 290, previousValue: 300 } });
  });

  it('racing sessions never lower a record', async () => {
    const userId = uniqueUserId();
    const values = [120, 100, 140, 110, 130];
    await Promise.all(values.map((value, i) => putRecordIfBetter(ctx(), candidate(userId, { value, sessionId: `S${i}` }))));
    expect(await getRecord(ctx(), userId, 'back-squat', 'heaviest_load')).toMatchObject({ value: 140, sessionId: 'S2' });
  });

  it('a redelivered session changes nothing', async () => {
    const userId = uniqueUserId();
    const c = candidate(userId, { value: 150 });
    expect((await putRecordIfBetter(ctx(), c)).written).toBe(true);
    const before = await getRecord(ctx(), userId, 'back-squat', 'heaviest_load');
    expect((await putRecordIfBetter(ctx(), c, new Date(Date.now() + 60_000))).written).toBe(false);
    expect(await getRecord(ctx(), userId, 'back-squat', 'heaviest_load')).toEqual(before);
  });

  it('feeds detectRecords and stores a session’s new records; lists all and per exercise', async () => {
    const userId = uniqueUserId();
    const set = (reps: number, loadKg: number) => ({ reps, loadKg, durationSec: null, distanceM: null, rpe: null, rir: null, completedAt: null });
    const exercises = [
      { exerciseId: 'back-squat', sets: [set(5, 100), set(3, 110)] },
      { exerciseId: 'back-squat-pause', sets: [set(5, 80)] },
    ];
    const firstSession = detectRecords({ previous: asPreviousRecords(await listRecords(ctx(), userId)), exercises });
    const stored = await putRecordsIfBetter(ctx(), firstSession.map((best) => candidateFromBest({ userId, best, sessionId: 'S1', achievedAt: '2026-03-01T10:00:00.000Z' })));
    expect(stored).toHaveLength(firstSession.length);
    const all = await listRecords(ctx(), userId);
    expect(all.map((r) => `${r.exerciseId}/${r.kind}`).sort()).toEqual(firstSession.map((b) => `${b.exerciseId}/${b.kind}`).sort());
    expect((await listExerciseRecords(ctx(), userId, 'back-squat')).every((r) => r.exerciseId === 'back-squat')).toBe(true);
    expect((await listExerciseRecords(ctx(), userId, 'back-squat-pause')).length).toBeGreaterThan(0);

    // Second session: 1 × 115 kg beats the heaviest load (110) but not the estimated 1RM (3 × 110 → 116.5) nor the volume.
    const again = detectRecords({ previous: asPreviousRecords(all), exercises: [{ exerciseId: 'back-squat', sets: [set(1, 115)] }] });
    const second = await putRecordsIfBetter(ctx(), again.map((best) => candidateFromBest({ userId, best, sessionId: 'S2', achievedAt: '2026-03-08T10:00:00.000Z' })));
    expect(second.map((r) => r.kind)).toEqual(['heaviest_load']);
    expect(await getRecord(ctx(), userId, 'back-squat', 'heaviest_load')).toMatchObject({ value: 115, previousValue: 110, sessionId: 'S2' });
  });

  it("two users never see each other's records", async () => {
    const alice = uniqueUserId();
    const bob = uniqueUserId();
    await putRecordIfBetter(ctx(), candidate(alice, { value: 200 }));
    expect(await listRecords(ctx(), bob)).toEqual([]);
    expect(await getRecord(ctx(), bob, 'back-squat', 'heaviest_load')).toBeNull();
    // Bob's lower value is his own first record, not a comparison with Alice's.
    expect(await putRecordIfBetter(ctx(), candidate(bob, { value: 50 }))).toMatchObject({ written: true, record: { value: 50, previousValue: null } });
    expect(await getRecord(ctx(), alice, 'back-squat', 'heaviest_load')).toMatchObject({ value: 200 });
  });

  it('serves its read patterns with GetItem/Query only, and the upsert with one UpdateItem', async () => {
    const userId = uniqueUserId();
    expect(await commandsOf(() => putRecordIfBetter(ctx(), candidate(userId)))).toEqual(['UpdateItem']);
    expect(await commandsOf(() => listRecords(ctx(), userId))).toEqual(['Query']);
    expect(await commandsOf(() => listExerciseRecords(ctx(), userId, 'back-squat'))).toEqual(['Query']);
    expect(await commandsOf(() => getRecord(ctx(), userId, 'back-squat', 'heaviest_load'))).toEqual(['GetItem']);
  });
});
