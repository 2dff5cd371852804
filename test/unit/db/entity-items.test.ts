import { describe, expect, it } from 'vitest';
import { toItem as goalItem } from '../../../shared/db/entities/goal';
import { toItem as locationItem } from '../../../shared/db/entities/location';
import { recordKey } from '../../../shared/db/entities/personal-record';
import { indexItem as snapshotIndexItem, SNAPSHOT_SHARDS, snapshotShard, toItem as snapshotItem } from '../../../shared/db/entities/session-snapshot';
import { trainingDayKey } from '../../../shared/db/entities/training-day';
import { epochSeconds, expiresAtIso, isExpired, wholeSeconds } from '../../../shared/db/ttl';
import { newGoal, goalCreateSchema } from '../../../shared/domain/training/goal';
import { locationCreateSchema, newLocation } from '../../../shared/domain/training/location';

const now = new Date('2026-05-01T10:00:00.500Z');

describe('entity items', () => {
  it('a goal is in the OPEN index only while active', () => {
    const goal = newGoal({ id: 'G1', userId: 'u1', fields: goalCreateSchema.parse({ title: 't', kind: 'other', targetValue: 1, unit: 'count' }), now });
    expect(goalItem(goal)).toMatchObject({ PK: 'USER#u1', SK: 'GOAL#G1', entity: 'goal', GSI2PK: 'USER#u1#OPEN', GSI2SK: 'GOAL#G1' });
    expect(goalItem({ ...goal, status: 'archived' })).not.toHaveProperty('GSI2PK');
  });

  it('a location is always in the OPEN index', () => {
    const location = newLocation({ id: 'L1', userId: 'u1', fields: locationCreateSchema.parse({ name: 'Home', equipment: ['none'] }), now });
    expect(locationItem(location)).toMatchObject({ PK: 'USER#u1', SK: 'LOCATION#L1', entity: 'location', GSI2PK: 'USER#u1#OPEN', GSI2SK: 'LOCATION#L1' });
  });

  it('record and day keys', () => {
    expect(recordKey('u1', 'back-squat', 'best_pace')).toEqual({ PK: 'USER#u1', SK: 'RECORD#back-squat#best_pace' });
    expect(trainingDayKey('u1', '2026-05-01')).toEqual({ PK: 'USER#u1', SK: 'TDAY#2026-05-01' });
  });

  it('a snapshot is indexed by a marker of its own, sharded by user and sorted by its creation (a save leaves it alone), and expires 7 days after its update', () => {
    const created = new Date(now.getTime() - 600_000).toISOString();
    const snapshot = {
      userId: 'u1', sessionId: 'S1', step: 'session' as const, exerciseIndex: 0, setIndex: 0, completedExercises: [], completedSets: [], pipelineState: {},
      createdAt: created, updatedAt: now.toISOString(), version: 2,
    };
    const item = snapshotItem(snapshot);
    expect(item).toMatchObject({ PK: 'USER#u1', SK: 'SNAPSHOT#S1' });
    expect(item).not.toHaveProperty('GSI3PK');
    expect(item.expiresAt).toBe(epochSeconds(now) + 7 * 86_400);
    expect(snapshotIndexItem(snapshot)).toEqual({
      PK: 'USER#u1', SK: 'SNAPINDEX#S1', entity: 'sessionSnapshotIndex', GSI3PK: `SNAPSHOTS#${snapshotShard('u1')}`, GSI3SK: created, createdAt: created,
      expiresAt: epochSeconds(new Date(created)) + 28 * 86_400,
    });
  });

  it('snapshot shards are stable and spread users over all 32', () => {
    expect(SNAPSHOT_SHARDS).toBe(32);
    expect(snapshotShard('user-a')).toBe(snapshotShard('user-a'));
    const counts = new Array(SNAPSHOT_SHARDS).fill(0);
    for (let i = 0; i < 8000; i++) counts[snapshotShard(`user-${i}`)]++;
    // 250 expected per shard (σ ≈ 15.6): none far from its share.
    for (const count of counts) expect(count).toBeGreaterThan(190);
  });
});

describe('TTL helpers', () => {
  it('epoch seconds, expiry as an instant, whole seconds', () => {
    expect(epochSeconds(now)).toBe(1_777_629_600);
    expect(expiresAtIso({ expiresAt: 1_777_629_600 })).toBe('2026-05-01T10:00:00.000Z');
    expect(expiresAtIso({})).toBeNull();
    expect(wholeSeconds(now)).toBe('2026-05-01T10:00:00.000Z');
  });

  it('an item is expired from its expiresAt second on; no TTL means never', () => {
    expect(isExpired({ expiresAt: 1_777_629_600 }, new Date('2026-05-01T09:59:59.999Z'))).toBe(false);
    expect(isExpired({ expiresAt: 1_777_629_600 }, new Date('2026-05-01T10:00:00.000Z'))).toBe(true);
    expect(isExpired({}, now)).toBe(false);
  });
});
