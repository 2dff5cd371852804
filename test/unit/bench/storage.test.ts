import { describe, expect, it } from 'vitest';
import { storedSize } from '../../../bench/item-size';
import { yearOfStorage } from '../../../bench/storage';

const item = (entity: string, sk: string, extra: Record<string, { S: string } | { N: string }> = {}) => ({ PK: { S: 'USER#u' }, SK: { S: sk }, entity: { S: entity }, ...extra });
const year = { sessionsPerYear: 150, trainingDaysPerYear: 150, activeDaysPerYear: 250 };

describe('a year of storage', () => {
  it('scales per-session items by sessions, day ledgers by training days, and counts per-athlete and expiring items once', () => {
    const items = [
      item('trainingSession', 'SESSION#1'), item('trainingSession', 'SESSION#2'),
      item('trainingDay', 'DAY#2026-12-01'),
      item('profile', 'PROFILE'),
      item('illustrationUsage', 'ILLUSAGE#1', { expiresAt: { N: '1800000000' } }),
    ];
    const storage = yearOfStorage(items, { sessions: 2, trainingDays: 1 }, year);
    const of = (entity: string) => storage.entities.find((e) => e.entity === entity)!;
    expect(of('trainingSession').itemsPerYear).toBe(150);
    expect(of('trainingSession').tableBytesPerYear).toBe(storedSize(items[0]!).table * 150);
    expect(of('trainingDay').itemsPerYear).toBe(150);
    expect(of('profile')).toMatchObject({ growth: 'athlete', itemsPerYear: 1 });
    expect(of('illustrationUsage')).toMatchObject({ growth: 'expiring', itemsPerYear: 1 });
    expect(storage.tableBytesPerUser).toBe(storage.entities.reduce((sum, e) => sum + e.tableBytesPerYear, 0));
  });

  it('counts a day ledger once per day of the year, however many days the measured items span', () => {
    const days = ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'].map((day) => item('forgeDay', `FDAY#${day}`));
    const storage = yearOfStorage([...days, item('trainingSession', 'SESSION#1')], { sessions: 1, trainingDays: 1 }, year);
    const forgeDay = storage.entities.find((e) => e.entity === 'forgeDay')!;
    expect(forgeDay.itemsPerYear).toBe(150);
    expect(forgeDay.tableBytesPerYear).toBe(storedSize(days[0]!).table * 150);
  });

  it('counts GSI entries apart from the table (PITR bills the table only)', () => {
    const withIndex = item('activity', 'ACTIVITY#1', { GSI1PK: { S: 'USER#u#FORGE' }, GSI1SK: { S: '2026-12-01#a' } });
    const storage = yearOfStorage([withIndex, item('trainingSession', 'SESSION#1')], { sessions: 1, trainingDays: 1 }, year);
    const activity = storage.entities.find((e) => e.entity === 'activity')!;
    expect(activity.indexBytesPerItem.GSI1).toBe(storedSize(withIndex).indexes.GSI1);
    expect(storage.indexBytesPerUser).toBe(activity.indexBytesPerYear);
  });

  it('flags an entity it does not know and counts it per session', () => {
    const storage = yearOfStorage([item('somethingNew', 'X#1'), item('trainingSession', 'SESSION#1')], { sessions: 1, trainingDays: 1 }, year);
    expect(storage.entities.find((e) => e.entity === 'somethingNew')).toMatchObject({ growth: 'session (unlisted)', itemsPerYear: 150 });
  });
});
