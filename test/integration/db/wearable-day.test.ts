import { describe, expect, it } from 'vitest';
import { getWearableDay, listWearableDays, putWearableDay, wearableDayKeysOf } from '../../../shared/db/entities/wearable-day';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { wearableDay } from '../../support/forge';

const ctx = repositoryTableContext;

describe('wearable day repository', () => {
  it('puts a provider day idempotently; a later import replaces it, an older one never does', async () => {
    const userId = uniqueUserId();
    const day = wearableDay(userId);
    expect(await putWearableDay(ctx(), day)).toBe('written');
    expect(await putWearableDay(ctx(), day)).toBe('written'); // same import again: same item
    expect(await getWearableDay(ctx(), userId, day.localDay, 'garmin')).toEqual(day);
    expect(await putWearableDay(ctx(), { ...day, steps: 12000, importedAt: '2026-03-11T06:00:00.000Z' })).toBe('written');
    expect(await putWearableDay(ctx(), { ...day, steps: 1, importedAt: '2026-03-10T20:00:00Z' })).toBe('ignored');
    expect((await getWearableDay(ctx(), userId, day.localDay, 'garmin'))!.steps).toBe(12000);
  });

  it("lists every provider's days in a range, only the caller's, and finds one provider's keys", async () => {
    const alice = uniqueUserId();
    const bob = uniqueUserId();
    for (const localDay of ['2026-03-09', '2026-03-10', '2026-03-12']) {
      await putWearableDay(ctx(), wearableDay(alice, { localDay }));
      await putWearableDay(ctx(), wearableDay(alice, { localDay, provider: 'polar' }));
    }
    await putWearableDay(ctx(), wearableDay(bob, { localDay: '2026-03-10' }));
    const days = await listWearableDays(ctx(), alice, '2026-03-10', '2026-03-12');
    expect(days.map((d) => `${d.localDay}/${d.provider}`)).toEqual(['2026-03-10/garmin', '2026-03-10/polar', '2026-03-12/garmin', '2026-03-12/polar']);
    expect(await listWearableDays(ctx(), bob, '2026-03-01', '2026-03-31')).toHaveLength(1);
    expect((await wearableDayKeysOf(ctx(), alice, 'polar')).map((k) => k.SK)).toEqual(['WDAY#2026-03-09#polar', 'WDAY#2026-03-10#polar', 'WDAY#2026-03-12#polar']);
  });

  it('reads with GetItem/Query only', async () => {
    const userId = uniqueUserId();
    await putWearableDay(ctx(), wearableDay(userId));
    expect(await commandsOf(() => getWearableDay(ctx(), userId, '2026-03-10', 'garmin'))).toEqual(['GetItem']);
    expect(await commandsOf(() => listWearableDays(ctx(), userId, '2026-03-01', '2026-03-31'))).toEqual(['Query']);
  });
});
