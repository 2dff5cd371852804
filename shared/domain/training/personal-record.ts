import * as z from '../../zod';
import { RECORD_KINDS, RECORD_UNITS, type RecordKind, type SessionBest } from '../science/records';

export const recordKindSchema = z.enum(RECORD_KINDS);
export const recordUnitSchema = z.enum(['kg', 'm', 'sec_per_km', 'sec']);

/** The athlete's best value of one exercise and kind (one item per pair). */
export const personalRecordSchema = z.object({
  userId: z.string(),
  exerciseId: z.string(),
  kind: recordKindSchema,
  value: z.number(),
  unit: recordUnitSchema,
  /** The record this one beat; null for the first value ever. Set by the store, not the caller. */
  previousValue: z.nullable(z.number()),
  /** The session that set it (null for records from elsewhere, e.g. an import). */
  sessionId: z.nullable(z.string()),
  achievedAt: z.iso.datetime(),
  /** What produced the value (null when it does not apply to the kind). */
  formula: z.nullable(z.enum(['epley', 'brzycki', 'actual'])),
  reps: z.nullable(z.number()),
  loadKg: z.nullable(z.number()),
  distanceM: z.nullable(z.number()),
  durationSec: z.nullable(z.number()),
  updatedAt: z.iso.datetime(),
});
export type PersonalRecord = z.infer<typeof personalRecordSchema>;

/** What a caller offers as a record; the store fills previousValue and updatedAt. */
export type RecordCandidate = Omit<PersonalRecord, 'previousValue' | 'updatedAt'>;

/** Pace: lower wins. Every other kind: higher wins. */
export const lowerIsBetter = (kind: RecordKind): boolean => kind === 'best_pace';

export const beats = (kind: RecordKind, candidate: number, current: number): boolean =>
  lowerIsBetter(kind) ? candidate < current : candidate > current;

/** A session best (from `sessionBests`/`detectRecords`) as a record candidate. */
export function candidateFromBest(input: { userId: string; best: SessionBest; sessionId: string | null; achievedAt: string }): RecordCandidate {
  const { best } = input;
  return {
    userId: input.userId,
    exerciseId: best.exerciseId,
    kind: best.kind,
    value: best.value,
    unit: RECORD_UNITS[best.kind],
    sessionId: input.sessionId,
    achievedAt: input.achievedAt,
    formula: best.formula ?? null,
    reps: best.reps ?? null,
    loadKg: best.loadKg ?? null,
    distanceM: best.distanceM ?? null,
    durationSec: best.durationSec ?? null,
  };
}
