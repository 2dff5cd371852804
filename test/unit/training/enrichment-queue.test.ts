import { describe, expect, it } from 'vitest';
import { sessionsAheadInQueue, type EnrichmentQueueCounters } from '../../../shared/domain/training/enrichment-queue';

const counters = (issued: Record<number, number>, startedUpTo: Record<number, number>): EnrichmentQueueCounters => ({ issued, startedUpTo });

describe('enrichment queue position from counters', () => {
  it('counts same-priority tickets issued before mine and not yet started', () => {
    // Tickets 1..40 issued at priority 5, the worker has started up to 30: tickets 31..34 are ahead of 35.
    expect(sessionsAheadInQueue(counters({ 5: 40 }, { 5: 30 }), 5, 35)).toBe(4);
    expect(sessionsAheadInQueue(counters({ 5: 40 }, { 5: 30 }), 5, 31)).toBe(0);
  });

  it('puts every waiting session of a higher priority ahead, and none of a lower one', () => {
    const c = counters({ 3: 100, 5: 40, 9: 12 }, { 3: 10, 5: 30, 9: 2 });
    // Priority 9: 12 - 2 = 10 waiting, all ahead of a priority-5 ticket; priority 3's 90 are not.
    expect(sessionsAheadInQueue(c, 5, 35)).toBe(10 + 4);
    expect(sessionsAheadInQueue(c, 9, 3)).toBe(0);
    expect(sessionsAheadInQueue(c, 3, 11)).toBe(10 + 10 + 0);
  });

  it('never goes negative when the worker started tickets out of order', () => {
    expect(sessionsAheadInQueue(counters({ 5: 40 }, { 5: 38 }), 5, 35)).toBe(0);
    expect(sessionsAheadInQueue(counters({ 5: 3, 8: 2 }, { 5: 0, 8: 7 }), 5, 2)).toBe(1);
  });

  it('puts a session without a ticket last of its priority', () => {
    expect(sessionsAheadInQueue(counters({ 5: 40, 6: 5 }, { 5: 30, 6: 5 }), 5, undefined)).toBe(10);
  });

  it('answers from an empty counters item', () => {
    expect(sessionsAheadInQueue(counters({}, {}), 5, 1)).toBe(0);
  });
});
