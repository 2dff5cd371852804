/**
 * The plan read as a coach writes it: pure formatting of blocks, sets, times, distances, paces and
 * heart-rate zones (no React; the texts come from `PlanFormat.t`, so both languages are covered and
 * test/unit/frontend/plan-format.test.ts checks the English output).
 */
import type { LoggedSet } from '../../api/types';
import type { PrescribedBlock, PrescribedExercise, PrescribedSet } from '../../../../shared/domain/coaches/prescription';
import type { en } from './messages';

export type PlanKey = keyof typeof en;

export interface PlanFormat {
  t(key: PlanKey, vars?: Record<string, string | number>): string;
  /** A number in the UI's language with at most `digits` decimals (1 when not given). */
  n(value: number, digits?: number): string;
}

/** 75 → "1:15", 1980 → "33:00", 3725 → "1:02:05" (seconds rounded). */
export function formatDuration(totalSec: number): string {
  const total = Math.max(0, Math.round(totalSec));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Metres below 1 km ("400 m"), else kilometres ("1.5 km", "21.1 km"). */
export function formatDistance(metres: number, f: PlanFormat): string {
  return metres < 1000 ? `${f.n(metres, 0)} m` : `${f.n(metres / 1000, 2)} km`;
}

/** How a sport states its pace: running and walking per km, rowing and SkiErg per 500 m, swimming per 100 m, cycling in km/h. */
export type PaceSport = 'run' | 'row' | 'swim' | 'bike';

/**
 * The pace unit of an exercise, from its catalog entry (discipline and movement pattern); without
 * one, from the session's discipline. Strength, metcon and station work have no pace (null).
 */
export function paceSport(exercise: { discipline: string; movementPattern: string } | undefined, sessionDiscipline: string): PaceSport | null {
  const discipline = exercise?.discipline ?? sessionDiscipline;
  switch (discipline) {
    case 'running':
      return 'run';
    case 'rowing':
    case 'skierg':
      return 'row';
    case 'swimming':
      return 'swim';
    case 'cycling':
      return 'bike';
    case 'hyrox':
      // The runs between stations are running; the stations themselves have no pace.
      return exercise?.movementPattern === 'cyclical' ? 'run' : null;
    default:
      return null;
  }
}

/** A pace given in seconds per km, in the sport's unit: "5:30 /km", "2:05 /500 m", "1:45 /100 m", "30 km/h". */
export function formatPace(secPerKm: number, sport: PaceSport, f: PlanFormat): string {
  switch (sport) {
    case 'run':
      return `${formatDuration(secPerKm)} /km`;
    case 'row':
      return `${formatDuration(secPerKm / 2)} /500 m`;
    case 'swim':
      return `${formatDuration(secPerKm / 10)} /100 m`;
    case 'bike':
      return `${f.n(3600 / secPerKm, 1)} km/h`;
  }
}

export interface MaxHeartRate {
  bpm: number;
  source: 'profile' | 'age';
}

/** The profile's max heart rate, else Tanaka's estimate from the age (208 − 0.7 × age), else unknown. */
export function maxHeartRateOf(profile: { maxHeartRate: number | null; birthYear: number | null } | undefined, year: number): MaxHeartRate | null {
  if (profile?.maxHeartRate != null) return { bpm: profile.maxHeartRate, source: 'profile' };
  if (profile?.birthYear != null) return { bpm: Math.round(208 - 0.7 * (year - profile.birthYear)), source: 'age' };
  return null;
}

export interface ZoneRange {
  zone: number;
  minBpm: number;
  maxBpm: number;
}

/** Zones Z1–Z5 = 50–60–70–80–90–100 % of max heart rate. */
export function zoneRange(zone: number, maxHr: number): ZoneRange {
  return { zone, minBpm: Math.round(maxHr * (0.4 + zone * 0.1)), maxBpm: Math.round(maxHr * (0.5 + zone * 0.1)) };
}

/** "Z2 120–140 bpm", or just "Z2" when the athlete's max heart rate is unknown. */
export function zoneText(zone: number, range: Pick<ZoneRange, 'minBpm' | 'maxBpm'> | undefined): string {
  return range ? `Z${zone} ${range.minBpm}–${range.maxBpm} bpm` : `Z${zone}`;
}

/** Index of each block's first exercise with the blocks flattened in order (how logged sets and enrichment point at exercises). */
export function blockStarts(blocks: readonly Pick<PrescribedBlock, 'exercises'>[]): number[] {
  const starts: number[] = [];
  let next = 0;
  for (const block of blocks) {
    starts.push(next);
    next += block.exercises.length;
  }
  return starts;
}

/** Formats where the exercises are the lines of one round (not rows of sets). */
export const isRoundBased = (format: PrescribedBlock['format']): boolean => format === 'amrap' || format === 'emom' || format === 'for_time';

/** A superset's or circuit's rounds: as written, else the number of sets when every exercise has the same number. */
export function blockRounds(block: Pick<PrescribedBlock, 'rounds' | 'exercises'>): number | null {
  if (block.rounds != null) return block.rounds;
  const counts = new Set(block.exercises.map((exercise) => exercise.sets.length));
  const [only] = counts;
  return counts.size === 1 && only !== undefined && only > 1 ? only : null;
}

/** The block's format as a coach writes it ("8 rounds for time · cap 25 min", "EMOM · 12 min", "Superset · 4 rounds"); null for straight sets. */
export function blockFormatText(block: Pick<PrescribedBlock, 'format' | 'rounds' | 'timeCapMin' | 'exercises'>, f: PlanFormat): string | null {
  const minutes = (min: number) => f.t('plan.format.minutes', { min: f.n(min) });
  const rounds = (n: number) => (n === 1 ? f.t('plan.format.oneRound') : f.t('plan.format.rounds', { n }));
  const cap = block.timeCapMin != null ? f.t('plan.format.cap', { min: f.n(block.timeCapMin) }) : null;
  const join = (...parts: (string | null)[]) => parts.filter((part): part is string => !!part).join(' · ');
  switch (block.format) {
    case 'straight':
      return cap ? join(f.t('plan.format.straight'), cap) : null;
    case 'for_time': {
      const head = block.rounds == null ? f.t('plan.format.forTime') : block.rounds === 1 ? f.t('plan.format.forTimeOneRound') : f.t('plan.format.forTimeRounds', { n: block.rounds });
      return join(head, cap);
    }
    case 'amrap':
      return join(f.t('plan.format.amrap'), block.timeCapMin != null ? minutes(block.timeCapMin) : null);
    case 'emom': {
      // One set a minute: without a stated length, the minutes are the sets.
      const length = block.timeCapMin ?? block.exercises.reduce((sum, exercise) => sum + exercise.sets.length, 0);
      return join(f.t('plan.format.emom'), minutes(length));
    }
    case 'superset':
    case 'circuit': {
      const n = blockRounds(block);
      return join(f.t(block.format === 'superset' ? 'plan.format.superset' : 'plan.format.circuit'), n != null ? rounds(n) : null, cap);
    }
    case 'intervals':
    case 'stations':
      return join(
        f.t(block.format === 'intervals' ? 'plan.format.intervals' : 'plan.format.stations'),
        block.rounds != null && block.rounds > 1 ? rounds(block.rounds) : null,
        cap,
      );
  }
}

const SET_FIELDS = ['type', 'reps', 'loadKg', 'durationSec', 'distanceM', 'calories', 'targetRpe', 'targetRir', 'targetHrZone', 'targetPaceSecPerKm', 'restSec'] as const;

/** Same target (every field, rest included unless `ignoreRest`). */
export function sameSet(a: PrescribedSet, b: PrescribedSet, ignoreRest = false): boolean {
  return SET_FIELDS.every((field) => (ignoreRest && field === 'restSec') || a[field] === b[field]);
}

export interface SetGroup {
  set: PrescribedSet;
  count: number;
  /** Index of the group's first set in the exercise. */
  from: number;
}

/** Identical consecutive sets, grouped: [warm-up 5@40, warm-up 5@40, working 5@100 ×3] → 2 groups. */
export function groupSets(sets: readonly PrescribedSet[]): SetGroup[] {
  const groups: SetGroup[] = [];
  sets.forEach((set, index) => {
    const last = groups.at(-1);
    if (last && sameSet(last.set, set)) last.count += 1;
    else groups.push({ set, count: 1, from: index });
  });
  return groups;
}

/**
 * How an exercise is written in its block: one line of the round (AMRAP, EMOM, For Time with the
 * same work each time), one line per round (superset or circuit done round by round), else its
 * grouped sets.
 */
export function exerciseLayout(block: Pick<PrescribedBlock, 'format' | 'rounds' | 'exercises'>, exercise: PrescribedExercise): 'round-line' | 'per-round' | 'grouped' {
  const [first, ...rest] = exercise.sets;
  if (!first) return 'grouped';
  if (isRoundBased(block.format) && rest.every((set) => sameSet(first, set, true))) return 'round-line';
  if ((block.format === 'superset' || block.format === 'circuit') && rest.every((set) => sameSet(first, set)) && exercise.sets.length === blockRounds(block)) {
    return 'per-round';
  }
  return 'grouped';
}

export interface SetContext {
  f: PlanFormat;
  /** The exercise's pace unit (null: no pace shown, e.g. strength or a station). */
  sport: PaceSport | null;
  /** The athlete's bpm range of a zone, when known. */
  zone(zone: number): Pick<ZoneRange, 'minBpm' | 'maxBpm'> | undefined;
}

const repsText = (reps: number, f: PlanFormat) => (reps === 1 ? f.t('plan.rep') : f.t('plan.reps', { n: reps }));
const loadText = (loadKg: number, f: PlanFormat) => `@ ${f.n(loadKg, 2)} kg`;

/** Distance, calories or time of a set without its reps ("800 m in 4:24", "15 cal", "0:45"), or null. */
function workText(set: PrescribedSet, f: PlanFormat): string | null {
  const amount = set.distanceM != null ? formatDistance(set.distanceM, f) : set.calories != null ? f.t('plan.calories', { n: set.calories }) : null;
  if (set.durationSec == null) return amount;
  return amount ? f.t('plan.in', { what: amount, time: formatDuration(set.durationSec) }) : formatDuration(set.durationSec);
}

/** What `count` identical sets ask for: "3 × 5 @ 100 kg", "10 reps", "4 × 0:12", "800 m in 4:24"; null when nothing is measured. */
export function setQuantity(set: PrescribedSet, count: number, f: PlanFormat): string | null {
  const load = set.loadKg != null ? loadText(set.loadKg, f) : null;
  let core: string | null;
  if (set.reps != null) {
    core = count > 1 && load ? String(set.reps) : repsText(set.reps, f);
    if (set.durationSec != null) core = f.t('plan.in', { what: core, time: formatDuration(set.durationSec) });
  } else {
    core = workText(set, f);
  }
  const text = [core, load].filter(Boolean).join(' ');
  if (!text) return count > 1 ? `${count} × ${f.t('plan.noTarget')}` : null;
  return count > 1 ? `${count} × ${text}` : text;
}

/** Targets beside the quantity: RPE, RIR, HR zone with bpm, pace in the sport's unit, rest. */
export function setTargets(set: PrescribedSet, ctx: SetContext, withRest = true): string[] {
  const { f } = ctx;
  const parts: string[] = [];
  if (set.targetRpe != null) parts.push(f.t('plan.rpe', { n: f.n(set.targetRpe) }));
  if (set.targetRir != null) parts.push(f.t('plan.rir', { n: set.targetRir }));
  if (set.targetHrZone != null) parts.push(zoneText(set.targetHrZone, ctx.zone(set.targetHrZone)));
  if (set.targetPaceSecPerKm != null && ctx.sport) parts.push(formatPace(set.targetPaceSecPerKm, ctx.sport, f));
  if (withRest && set.restSec > 0) parts.push(f.t('plan.rest', { time: formatDuration(set.restSec) }));
  return parts;
}

/** A group of sets: its type ("Warm-up", when types matter) and "2 × 5 @ 40 kg · rest 1:00". */
export function describeGroup(group: Pick<SetGroup, 'set' | 'count'>, ctx: SetContext, showType: boolean): { type: string | null; text: string } {
  const quantity = setQuantity(group.set, group.count, ctx.f);
  const text = [quantity, ...setTargets(group.set, ctx)].filter(Boolean).join(' · ');
  return { type: showType ? ctx.f.t(`plan.setType.${group.set.type}`) : null, text: text || ctx.f.t('plan.noTarget') };
}

/** Set types are shown when an exercise mixes them or has anything but working sets. */
export const showsSetTypes = (sets: readonly PrescribedSet[]): boolean => sets.some((set) => set.type !== 'working');

/** One line of a round: "9 × Burpee", "12 × Kettlebell swing @ 24 kg", "340 m Run · Z2" (no rest: the clock sets it). */
export function roundLine(set: PrescribedSet, name: string, ctx: SetContext): string {
  const { f } = ctx;
  let head: string;
  if (set.reps != null) {
    head = `${set.reps} × ${name}`;
    if (set.durationSec != null) head = f.t('plan.in', { what: head, time: formatDuration(set.durationSec) });
  } else {
    const work = workText(set, f);
    head = work ? `${work} ${name}` : name;
  }
  if (set.loadKg != null) head = `${head} ${loadText(set.loadKg, f)}`;
  return [head, ...setTargets(set, ctx, false)].join(' · ');
}

type LoggedLike = Pick<LoggedSet, 'reps' | 'loadKg' | 'durationSec' | 'distanceM' | 'rpe' | 'rir'>;

/** What was done in a logged set: "5 reps @ 100 kg · RPE 8", "800 m in 4:10". */
export function describeLogged(set: LoggedLike, f: PlanFormat): string {
  const amount = set.reps != null ? repsText(set.reps, f) : set.distanceM != null ? formatDistance(set.distanceM, f) : null;
  let head = amount;
  if (set.durationSec != null) head = amount ? f.t('plan.in', { what: amount, time: formatDuration(set.durationSec) }) : formatDuration(set.durationSec);
  if (set.reps != null && set.distanceM != null) head = `${head} · ${formatDistance(set.distanceM, f)}`;
  const parts = [[head, set.loadKg != null ? loadText(set.loadKg, f) : null].filter(Boolean).join(' ')];
  if (set.rpe != null) parts.push(f.t('plan.rpe', { n: f.n(set.rpe) }));
  if (set.rir != null) parts.push(f.t('plan.rir', { n: set.rir }));
  return parts.filter(Boolean).join(' · ') || '✓';
}
