import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/forge/activity';
import { countedActivity, dayChanges, forgeDayLedger, summaryOf, totalsOf, type ForgeDay } from '../../../shared/domain/forge/day';
import { applyLedgerChange, revisionOf, type LedgerChange } from '../../../shared/domain/ledger/day-ledger';

const NOW = new Date('2026-03-10T20:00:00.000Z');

function activity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 'A1', userId: 'u1', source: 'manual', sourceId: null, provider: null, sourceVersion: null,
    type: 'walking', title: 'Walk', discipline: null, startAt: '2026-03-10T18:00:00.000Z', durationMin: 30, calories: 120,
    distanceKm: null, avgHr: null, maxHr: null, zones: null, effortScore: null, notes: null,
    localDay: '2026-03-10', createdAt: '2026-03-10T18:30:00.000Z', updatedAt: '2026-03-10T18:30:00.000Z', version: 1,
    ...overrides,
  };
}

const change = (day: ForgeDay | null, c: LedgerChange<ForgeDay['contributions'][string]>) => applyLedgerChange(forgeDayLedger, day, 'u1', c, NOW);
const applyActivity = (day: ForgeDay | null, a: Activity) => change(day, { kind: 'apply', ...countedActivity(a) });
const removeActivity = (day: ForgeDay | null, sourceId: string, revision: string) => change(day, { kind: 'remove', day: '2026-03-10', sourceId, revision });

/** Applies a sequence of stream images to an in-memory set of days, like the consumer does. */
function run(days: Map<string, ForgeDay>, images: Array<[Activity | null, Activity | null]>) {
  for (const [oldImage, newImage] of images) {
    for (const c of dayChanges(oldImage, newImage)) {
      const next = change(days.get(c.day) ?? null, c);
      if (next) days.set(c.day, next);
    }
  }
  return days;
}

describe('forge day aggregate (pure)', () => {
  it('orders revisions by incarnation then version, with versions compared as numbers', () => {
    expect(revisionOf(activity({ version: 10 })) > revisionOf(activity({ version: 9 }))).toBe(true);
    expect(revisionOf(activity({ version: 1_773_000_000_000 })) > revisionOf(activity({ version: 99 }))).toBe(true);
    expect(revisionOf(activity({ createdAt: '2026-03-11T00:00:00Z', version: 1 })) > revisionOf(activity({ version: 50 }))).toBe(true);
    // Non-canonical ISO input is normalized before comparing.
    expect(revisionOf(activity({ createdAt: '2026-03-10T18:30:00Z' }))).toBe(revisionOf(activity()));
  });

  it('totals per source and counts synced training sessions', () => {
    let day = applyActivity(null, activity())!;
    day = applyActivity(day, activity({ id: 'ts_S1', source: 'training_session', calories: 300.25, durationMin: 45 }))!;
    day = applyActivity(day, activity({ id: 'wb_garmin_1', source: 'wearable', calories: null, durationMin: 20 }))!;
    expect(summaryOf(day)).toEqual({
      userId: 'u1', localDay: '2026-03-10', calories: 420.3, minutes: 95, count: 3, syncedTrainingSessions: 1, updatedAt: NOW.toISOString(),
      bySource: { training_session: { calories: 300.3, minutes: 45, count: 1 }, manual: { calories: 120, minutes: 30, count: 1 }, wearable: { calories: 0, minutes: 20, count: 1 } },
    });
    expect(day.version).toBe(3);
  });

  it('ignores the same or an older revision, replaces with a newer one', () => {
    const day = applyActivity(null, activity({ version: 2 }))!;
    expect(applyActivity(day, activity({ version: 2 }))).toBeNull();
    expect(applyActivity(day, activity({ version: 1, calories: 999 }))).toBeNull();
    const next = applyActivity(day, activity({ version: 3, calories: 200 }))!;
    expect(next).toMatchObject({ calories: 200, count: 1 });
  });

  it('removes with a tombstone; never creates a missing day; never undoes a newer revision', () => {
    expect(removeActivity(null, 'A1', revisionOf(activity()))).toBeNull();
    const day = applyActivity(null, activity({ version: 2 }))!;
    expect(removeActivity(day, 'A1', revisionOf(activity({ version: 1 })))).toBeNull(); // stale delete
    const removed = removeActivity(day, 'A1', revisionOf(activity({ version: 2 })))!;
    expect(removed).toMatchObject({ count: 0, calories: 0, contributions: { A1: { removed: true } } });
    expect(removeActivity(removed, 'A1', revisionOf(activity({ version: 2 })))).toBeNull();
    expect(applyActivity(removed, activity({ version: 2 }))).toBeNull();
    // A new incarnation of the same id (re-import) counts again.
    expect(applyActivity(removed, activity({ createdAt: '2026-03-12T00:00:00.000Z' }))).toMatchObject({ count: 1 });
  });

  it('turns stream images into day changes, including moves between days', () => {
    const a = activity();
    const moved = activity({ localDay: '2026-03-11', version: 2 });
    expect(dayChanges(null, null)).toEqual([]);
    expect(dayChanges(null, a)).toEqual([{ kind: 'apply', ...countedActivity(a) }]);
    expect(dayChanges(a, null)).toEqual([{ kind: 'remove', day: '2026-03-10', sourceId: 'A1', revision: revisionOf(a) }]);
    expect(dayChanges(a, activity({ version: 2 }))).toHaveLength(1);
    expect(dayChanges(a, moved)).toEqual([
      { kind: 'remove', day: '2026-03-10', sourceId: 'A1', revision: revisionOf(moved) },
      { kind: 'apply', ...countedActivity(moved) },
    ]);
  });

  it('converges to the same totals whatever part of the stream is redelivered', () => {
    const a1 = activity();
    const a2 = activity({ version: 2, calories: 150 });
    const a3 = activity({ version: 3, localDay: '2026-03-11', calories: 90 });
    const b1 = activity({ id: 'B1', source: 'training_session', calories: 300, durationMin: 60 });
    const stream: Array<[Activity | null, Activity | null]> = [[null, a1], [null, b1], [a1, a2], [a2, a3], [b1, null]];
    const expected = run(new Map(), stream);
    const totals = (days: Map<string, ForgeDay>) => [...days.entries()].map(([day, d]) => [day, totalsOf(d.contributions)]);
    for (let from = 0; from < stream.length; from++) {
      // Lambda retries a batch from the failed record on: records from `from` on are delivered again.
      const replayed = run(run(new Map(), stream), stream.slice(from));
      expect(totals(replayed)).toEqual(totals(expected));
    }
    expect(expected.get('2026-03-10')).toMatchObject({ count: 0, calories: 0 });
    expect(expected.get('2026-03-11')).toMatchObject({ count: 1, calories: 90 });
  });
});
