import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, LIMITS, scaleModel } from '../../../bench/scale-model';

describe('scale model', () => {
  const model = scaleModel(1_000_000);
  const partition = (prefix: string) => model.partitions.find((p) => p.partition.startsWith(prefix))!;

  it('derives the peak factor from the time zones: the busiest UTC hour over the mean hour', () => {
    expect(ASSUMPTIONS.localHourProfile.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
    expect(model.peak.utcProfile.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
    expect(model.peak.peakUtcHour).toBe(18);
    expect(model.peak.peakFactor).toBeCloseTo((Math.max(...model.peak.utcProfile) / 100) * 24, 9);
  });

  it('flags the unsharded poll and queue partitions at 1 M athletes, and clears their shards', () => {
    // Every provider pushes (a day's reconciliation + notified syncs): the unsharded poll partition would fill up only at ~10.7 M (1.7 M while Oura was polled).
    expect(partition('WEARABLE#POLL before').limitAtUsers).toBeGreaterThan(1e7);
    expect(partition('WEARABLE#POLL before').limitAtUsers).toBeLessThan(1.2e7);
    expect(partition('WEARABLE#POLL,').withBurst).toBeLessThan(1);
    // Since sessions store their prescription and lists deflated (~2.4 KB items), the unsharded queue comes within a few % of a partition in a burst.
    expect(partition('ENRICH#QUEUE before').withBurst).toBeGreaterThan(0.9);
    for (const p of model.partitions.filter((p) => !p.partition.includes('before'))) expect(p.withBurst).toBeLessThan(1);
  });

  it("the poller's limit is set by Oura's due devices per peak-hour run, now that it pushes: 25,920 per provider and run / (0.12 × (1 + 6 × peak) / 96) per MAU, past 1 M", () => {
    const oura = ASSUMPTIONS.connectedShare * ASSUMPTIONS.providerShare.oura!;
    const perMau = (oura * (1 + ASSUMPTIONS.notifiedSyncsPerDeviceDay.oura! * model.peak.peakFactor)) / 96;
    expect(model.wearables.pollerLimitUsers).toBeCloseTo(model.wearables.pollerCapacity / 3 / perMau, 3);
    // Polled every 15 min, Oura set it at 12,960 / 0.12 = 108,000 MAU.
    expect(model.wearables.pollerLimitUsers).toBeGreaterThan(6 * 108_000);
    expect(model.wearables.pollerLimitUsers).toBeGreaterThan(1_000_000);
  });

  it('puts the former COUNT position read far past a partition at a 10,000-job backlog, and the counters far below', () => {
    expect(model.queuePosition.before.rcuPerSec).toBeGreaterThan(100 * LIMITS.partitionRcu);
    expect(model.queuePosition.after.rcuPerSecCached).toBeLessThan(0.05 * LIMITS.partitionRcu);
    // At the breaking backlog the COUNT reads equal one partition's read capacity.
    const b = model.queuePosition.before.breakingBacklog;
    expect((b / ASSUMPTIONS.backlog.pollSeconds) * ((b / 2) * model.items.sessionBytes / 4096) * 0.5).toBeCloseTo(LIMITS.partitionRcu, 0);
  });

  it('scales linearly: half the athletes, half the peak load', () => {
    const half = scaleModel(500_000);
    expect(half.totalPeakRps).toBeCloseTo(model.totalPeakRps / 2, 6);
    expect(half.partitions[0]!.wcu).toBeCloseTo(model.partitions[0]!.wcu / 2, 6);
  });
});
