import { describe, expect, it } from 'vitest';
import { benchContexts } from '../../../bench/offline-coach';
import { toItem as sessionItem } from '../../../shared/db/entities/training-session';
import { GSI5, tableDefinition } from '../../../shared/db/table-definition';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import { illustrationSchema } from '../../../shared/domain/illustrations/illustration';
import { goalSchema } from '../../../shared/domain/training/goal';
import { locationSchema } from '../../../shared/domain/training/location';
import { trainingSessionSchema } from '../../../shared/domain/training/session';
import { openSessionOf, openSessionSchema } from '../../../shared/domain/training/today';
import { deviceSchema } from '../../../shared/domain/wearables/device';
import { withoutStorageAttributes } from '../../../shared/db/item';

const index = tableDefinition.indexes.find((candidate) => candidate.name === GSI5)!;
const projected = new Set<string>(index.projection as readonly string[]);
const keysOf = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);

/** What DynamoDB copies of an item into GSI5: the table and index keys and the listed attributes. */
const entryOf = (item: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(item).filter(([name]) => ['PK', 'SK', index.partitionKey, index.sortKey].includes(name) || projected.has(name)));

const openSession = () => {
  const prescription = offlineCoach(benchContexts(1)[0]!);
  const at = '2026-12-01T18:30:00.000Z';
  return trainingSessionSchema.parse({
    id: '01KBCZ3V5Q0000000000000000', userId: 'u1', status: 'active', origin: 'coach', provider: 'offline',
    coach: prescription.coach, discipline: prescription.discipline, title: prescription.title, prescription,
    context: { locationId: null, equipment: [], durationMin: 45, energy: 3 },
    enrichmentStatus: 'fast', enrichmentPriority: 5, enrichmentAttempts: 0, enrichmentError: null, enrichmentQueuedAt: at,
    loggedSets: [{ id: 's0', exerciseIndex: 0, exerciseId: prescription.blocks[0]!.exercises[0]!.exerciseId, setIndex: 0, reps: 8, loadKg: 80, durationSec: null, distanceM: null, rpe: 8, rir: 2, completedAt: at }],
    lastPerformance: [], metrics: null, newRecords: [], notes: null, tokenUsage: null, timeZone: 'Europe/Paris', localDay: '2026-12-01',
    createdAt: at, startedAt: at, completedAt: null, updatedAt: at, version: 3,
  });
};

describe('GSI5: open items and the illustration library', () => {
  it('is keyed like GSI2 was and projects only listed attributes', () => {
    expect(index).toMatchObject({ partitionKey: 'GSI2PK', sortKey: 'GSI2SK' });
    expect(index.projection).not.toBe('ALL');
  });

  it('projects every field of the goals, locations, devices and illustrations read there (a goal read there is saved back)', () => {
    for (const schema of [goalSchema, locationSchema, deviceSchema, illustrationSchema]) {
      expect(keysOf(schema as unknown as { shape: Record<string, unknown> }).filter((name) => !projected.has(name))).toEqual([]);
    }
    expect(projected.has('entity')).toBe(true);
  });

  it("gives Today an open session's summary, without its prescription or sets", () => {
    const session = openSession();
    const entry = entryOf(sessionItem(session));
    expect(entry).not.toHaveProperty('prescription');
    expect(entry).not.toHaveProperty('loggedSets');
    expect(openSessionSchema.parse(withoutStorageAttributes(entry))).toEqual(openSessionOf(session));
  });

  it('leaves a completed session out of it', () => {
    const item = sessionItem({ ...openSession(), status: 'completed', completedAt: '2026-12-01T19:15:00.000Z' });
    expect(item).not.toHaveProperty('GSI2PK');
    expect(item).not.toHaveProperty('estimatedDurationMin');
  });

  it('keeps the projected attributes within DynamoDB\'s 100 per table', () => {
    const total = tableDefinition.indexes.reduce((sum, candidate) => sum + (candidate.projection === 'ALL' ? 0 : candidate.projection.length), 0);
    expect(total).toBeLessThanOrEqual(100);
  });
});
