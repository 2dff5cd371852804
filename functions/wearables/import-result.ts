import type { ImportResult } from '../../shared/domain/wearables/import-job';
import type { ProviderWorkout } from '../../shared/domain/wearables/provider';
import type { IngestOutcome } from '../../shared/wearables/ingest';

/** What a file became, for the job's answer; `ignored` (an older copy of a file imported later) still says what the file held. */
export function importResult(outcome: IngestOutcome, file: ProviderWorkout): ImportResult {
  const stored = outcome.outcome === 'ignored' ? null : outcome.workout;
  const durationMin = Math.round(((Date.parse(file.endAt) - Date.parse(file.startAt)) / 60_000) * 10) / 10;
  return {
    outcome: outcome.outcome,
    sessionId: outcome.outcome === 'linked' ? outcome.sessionId : null,
    workout: {
      provider: 'file',
      externalId: file.externalId,
      type: stored?.type ?? file.type,
      title: stored?.title ?? file.title,
      startAt: file.startAt,
      endAt: file.endAt,
      durationMin: stored?.durationMin ?? durationMin,
      distanceKm: stored?.distanceKm ?? file.distanceKm,
      calories: stored?.calories ?? file.calories,
      avgHr: stored?.avgHr ?? file.avgHr,
      maxHr: stored?.maxHr ?? file.maxHr,
      quality: stored?.quality ?? null,
      sampleCount: file.samples.length,
    },
  };
}
