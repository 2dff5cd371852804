import type { ProgressionPeriod } from '../shared/domain/insights/content';
import { progressionPeriods } from '../shared/domain/insights/content';

/**
 * The usage a simulated month of Conseils / Progression follows. The seed gives no per-user
 * numbers (only "1,000 active users", tier shares of 95/4/1 % "after warmup" and −90–95 % AI cost),
 * so these are our stated assumptions for a monthly active athlete; every one is printed.
 * An "open" is a request that reaches the API: the app keeps each answer 10 minutes itself
 * (`staleTimes.insights`), so re-visits within that time never leave the phone.
 */
export interface InsightsUsage {
  /** Sessions completed per week; each completion invalidates Conseils and the three Progression periods. */
  sessionsPerWeek: number;
  /** Days per week the athlete opens the app (every training day is one of them). */
  activeDaysPerWeek: number;
  /** API requests for Conseils per active day (whole part every day, the fraction as a probability). */
  conseilsOpensPerActiveDay: number;
  /** API requests per active day for each Progression period (the tab opens on `week`). */
  progressionOpensPerActiveDay: Readonly<Record<ProgressionPeriod, number>>;
  /** Manual refreshes (`?refresh=1`) per athlete and month: Conseils, Progression (on the week period). */
  conseilsRefreshesPerMonth: number;
  progressionRefreshesPerMonth: number;
  /** Completed sessions already on file before the month starts (weeks), so analyses have history. */
  historyWeeks: number;
  /** Local hours the app is used in ([from, to), UTC profiles). */
  dayHours: readonly [number, number];
}

export const SEED_USAGE: InsightsUsage = {
  sessionsPerWeek: 3,
  activeDaysPerWeek: 5,
  conseilsOpensPerActiveDay: 1.5,
  progressionOpensPerActiveDay: { week: 1, month: 0.3, quarter: 0.15 },
  conseilsRefreshesPerMonth: 1,
  progressionRefreshesPerMonth: 1,
  historyWeeks: 12,
  dayHours: [7, 22],
};

export const MONTH_DAYS = 30;

export type UsageEvent =
  | { at: number; user: number; type: 'complete' }
  | { at: number; user: number; type: 'insights'; refresh: boolean }
  | { at: number; user: number; type: 'progression'; period: ProgressionPeriod; refresh: boolean };

/** Deterministic PRNG (mulberry32): the same seed gives the same month. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` distinct day indexes out of `from..from+span-1`. */
function pickDays(random: () => number, from: number, span: number, count: number): number[] {
  const days = Array.from({ length: span }, (_, i) => from + i);
  for (let i = days.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [days[i], days[j]] = [days[j]!, days[i]!];
  }
  return days.slice(0, Math.max(0, Math.min(span, count))).sort((a, b) => a - b);
}

/** Whole part always, the fraction with that probability (1.5 → 1 or 2, 2 on average half the time). */
const countOf = (random: () => number, mean: number) => Math.floor(mean) + (random() < mean - Math.floor(mean) ? 1 : 0);

/** A week's count of days: its mean spread over weeks (3.5 → 3 or 4), capped at 7. */
const weekly = (random: () => number, mean: number) => Math.min(7, countOf(random, mean));

export interface UserMonth {
  /** Completions before the month (history) and in it, epoch ms. */
  history: number[];
  events: UsageEvent[];
}

/**
 * One athlete's month from `start` (epoch ms, a UTC midnight): training days among the active days
 * of each week, opens at random times of the active days, a session completed at a random time of
 * each training day, manual refreshes spread over the month on existing opens.
 */
export function generateUserMonth(usage: InsightsUsage, user: number, start: number, random: () => number): UserMonth {
  const dayMs = 86_400_000;
  const [fromHour, toHour] = usage.dayHours;
  const timeIn = (day: number) => start + day * dayMs + Math.floor((fromHour + random() * (toHour - fromHour)) * 3_600_000);
  const history: number[] = [];
  for (let week = -usage.historyWeeks; week < 0; week++) {
    for (const day of pickDays(random, week * 7, 7, weekly(random, usage.sessionsPerWeek))) history.push(timeIn(day));
  }
  const events: UsageEvent[] = [];
  for (let week = 0; week * 7 < MONTH_DAYS; week++) {
    const span = Math.min(7, MONTH_DAYS - week * 7);
    const scale = span / 7;
    const active = pickDays(random, week * 7, span, Math.max(weekly(random, usage.activeDaysPerWeek * scale), 0));
    const training = pickDays(random, 0, active.length, weekly(random, usage.sessionsPerWeek * scale)).map((i) => active[i]!);
    for (const day of training) events.push({ at: timeIn(day), user, type: 'complete' });
    for (const day of active) {
      for (let i = countOf(random, usage.conseilsOpensPerActiveDay); i > 0; i--) events.push({ at: timeIn(day), user, type: 'insights', refresh: false });
      for (const period of progressionPeriods) {
        for (let i = countOf(random, usage.progressionOpensPerActiveDay[period]); i > 0; i--) events.push({ at: timeIn(day), user, type: 'progression', period, refresh: false });
      }
    }
  }
  events.sort((a, b) => a.at - b.at);
  markRefreshes(random, events, (e) => e.type === 'insights', countOf(random, usage.conseilsRefreshesPerMonth));
  markRefreshes(random, events, (e) => e.type === 'progression' && e.period === 'week', countOf(random, usage.progressionRefreshesPerMonth));
  return { history: history.sort((a, b) => a - b), events };
}

/** Turns `count` of the matching opens (random ones) into manual refreshes. */
function markRefreshes(random: () => number, events: UsageEvent[], matches: (event: UsageEvent) => boolean, count: number) {
  const candidates = events.filter((event) => event.type !== 'complete' && matches(event));
  for (const index of pickDays(random, 0, candidates.length, count)) {
    const event = candidates[index]!;
    if (event.type !== 'complete') event.refresh = true;
  }
}

/** Every athlete's month, generated from one seed. */
export function generateMonth(usage: InsightsUsage, users: number, start: number, seed = 1): UserMonth[] {
  const random = mulberry32(seed);
  return Array.from({ length: users }, (_, user) => generateUserMonth(usage, user, start, random));
}

/** What a month of events holds, per athlete on average (printed next to the assumptions). */
export function describeMonth(months: UserMonth[]) {
  const count = (test: (event: UsageEvent) => boolean) => months.reduce((n, m) => n + m.events.filter(test).length, 0) / Math.max(1, months.length);
  return {
    completions: count((e) => e.type === 'complete'),
    conseilsRequests: count((e) => e.type === 'insights'),
    progressionRequests: count((e) => e.type === 'progression'),
    refreshes: count((e) => e.type !== 'complete' && e.refresh),
  };
}
