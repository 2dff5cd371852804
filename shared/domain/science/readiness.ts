import { clamp, isFiniteNumber, round } from './math';
import { countInLastDays, currentStreak } from './streak';
import type { LocalizedText } from './types';

/** Weights of the three parts (sum 1). */
export const READINESS_WEIGHTS = { recovery: 0.4, energy: 0.3, consistency: 0.3 } as const;
/** Hours after which recovery counts as complete. */
export const FULL_RECOVERY_HOURS = 48;
/** Target sessions per week; inside the band consistency's frequency part is full. */
export const TARGET_SESSIONS_PER_WEEK = { min: 3, max: 5 } as const;
/** Consecutive training days that give a full streak part. */
export const FULL_STREAK_DAYS = 3;

/**
 * Recovery 0–100 from hours since the last session: ease-out curve 100 × (1 − (1 − x)²) with
 * x = hours / 48, capped at 1: 0 h → 0, 12 h → 44, 24 h → 75, 36 h → 94, ≥ 48 h → 100; the slope
 * fades to 0 at 48 h so the curve joins its plateau smoothly. No session yet → 100.
 */
export function recoveryScore(hoursSinceLastSession: number | null): number {
  if (hoursSinceLastSession === null || !Number.isFinite(hoursSinceLastSession)) return 100;
  const x = clamp(hoursSinceLastSession / FULL_RECOVERY_HOURS, 0, 1);
  return round(100 * (1 - (1 - x) ** 2));
}

/** Energy 0–100: the latest wearable effort score inverted (100 − effort), or a neutral 50. */
export function energyScore(latestEffortScore: number | null): number {
  return isFiniteNumber(latestEffortScore) ? round(100 - clamp(latestEffortScore, 0, 100)) : 50;
}

/**
 * Consistency 0–100 = 0.7 × frequency + 0.3 × streak. Frequency: 100 inside 3–5 sessions/week,
 * proportional below 3, minus 10 per extra weekly session above 5 (floor 60: over-reaching is
 * not inconsistency). Streak: 100 × min(streak, 3) / 3.
 */
export function consistencyScore(streakDays: number, sessionsPerWeek: number): number {
  const { min, max } = TARGET_SESSIONS_PER_WEEK;
  const spw = Math.max(0, sessionsPerWeek);
  const frequency = spw < min ? (100 * spw) / min : spw <= max ? 100 : Math.max(60, 100 - 10 * (spw - max));
  const streak = (100 * clamp(streakDays, 0, FULL_STREAK_DAYS)) / FULL_STREAK_DAYS;
  return round(0.7 * frequency + 0.3 * streak);
}

export type ReadinessLabel = 'ready' | 'moderate' | 'recover';

export const READINESS_LABELS: Readonly<Record<ReadinessLabel, LocalizedText>> = {
  ready: { en: 'Ready to push', fr: 'Prêt à pousser' },
  moderate: { en: 'Train, but keep it moderate', fr: 'Entraînez-vous, mais modérément' },
  recover: { en: 'Favour recovery today', fr: 'Privilégiez la récupération aujourd’hui' },
};

export interface ReadinessInput {
  now: Date;
  /** End (or start) instant of the last completed session, ISO 8601. */
  lastSessionAt: string | null;
  latestEffortScore: number | null;
  /** Local day `YYYY-MM-DD` of each completed session (one entry per session). */
  sessionDays: readonly string[];
  /** The athlete's local today. */
  today: string;
}

export interface Readiness {
  /** 0–100, weighted sum of the parts. */
  score: number;
  label: ReadinessLabel;
  labelText: LocalizedText;
  recovery: { score: number; weight: number; hoursSinceLastSession: number | null };
  energy: { score: number; weight: number; source: 'wearable' | 'neutral' };
  consistency: { score: number; weight: number; streakDays: number; sessionsPerWeek: number };
}

/** Readiness 0–100: ≥ 75 'ready', ≥ 50 'moderate', else 'recover'. */
export function computeReadiness(input: ReadinessInput): Readiness {
  const last = input.lastSessionAt ? Date.parse(input.lastSessionAt) : NaN;
  const hours = Number.isFinite(last) ? Math.max(0, (input.now.getTime() - last) / 3_600_000) : null;
  const streakDays = currentStreak(input.sessionDays, input.today);
  const sessionsPerWeek = countInLastDays(input.sessionDays, input.today, 28) / 4;
  const recovery = recoveryScore(hours);
  const energy = energyScore(input.latestEffortScore);
  const consistency = consistencyScore(streakDays, sessionsPerWeek);
  const w = READINESS_WEIGHTS;
  const score = round(clamp(w.recovery * recovery + w.energy * energy + w.consistency * consistency, 0, 100));
  const label: ReadinessLabel = score >= 75 ? 'ready' : score >= 50 ? 'moderate' : 'recover';
  return {
    score,
    label,
    labelText: READINESS_LABELS[label],
    recovery: { score: recovery, weight: w.recovery, hoursSinceLastSession: hours === null ? null : round(hours, 1) },
    energy: { score: energy, weight: w.energy, source: isFiniteNumber(input.latestEffortScore) ? 'wearable' : 'neutral' },
    consistency: { score: consistency, weight: w.consistency, streakDays, sessionsPerWeek: round(sessionsPerWeek, 2) },
  };
}
