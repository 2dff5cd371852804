import { describe, expect, it } from 'vitest';
import { analysisStaleTime, freshUntil } from '../../../frontend/src/training/insights/freshness';
import { changedSinceSaved } from '../../../frontend/src/training/recovery/snapshot-cadence';
import type { SnapshotState } from '../../../frontend/src/training/live/live-position';

describe('how long the app keeps an analysis', () => {
  const now = Date.parse('2026-03-02T10:00:00.000Z');

  it('keeps Conseils until the server entry expires (7 days after generation)', () => {
    const answer = { expiresAt: '2026-03-08T10:00:00.000Z' };
    expect(freshUntil(answer)).toBe(Date.parse(answer.expiresAt));
    expect(analysisStaleTime(answer, now)).toBe(6 * 86_400_000);
  });

  it('keeps a stale analysis only until the server said it will rewrite it', () => {
    const answer = { expiresAt: '2026-03-08T10:00:00.000Z', stale: { refreshAt: '2026-03-03T10:00:00.000Z' } };
    expect(analysisStaleTime(answer, now)).toBe(86_400_000);
  });

  it('asks again at once for an answer already expired, and before any answer', () => {
    expect(analysisStaleTime({ expiresAt: '2026-03-02T09:59:59.000Z' }, now)).toBe(0);
    expect(analysisStaleTime(undefined, now)).toBe(0);
  });
});

describe('the live session\'s 30-s snapshot', () => {
  const state: SnapshotState = { step: 'session', exerciseIndex: 0, setIndex: 1, completedExercises: [], completedSets: [{ exerciseIndex: 0, setIndex: 0 }], pipelineState: { version: 2 } };

  it('is skipped when nothing changed since the last save', () => {
    expect(changedSinceSaved(state, JSON.stringify(state))).toBe(false);
  });

  it('is sent when the state moved on, or nothing was saved yet', () => {
    expect(changedSinceSaved({ ...state, setIndex: 2 }, JSON.stringify(state))).toBe(true);
    expect(changedSinceSaved(state, null)).toBe(true);
  });
});
