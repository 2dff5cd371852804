import { uniformRandom } from '../shared/domain/rng';
import type { ProgressionPeriod } from '../shared/domain/insights/content';
import { progressionPeriods } from '../shared/domain/insights/content';

/**
 * One usage model for the whole bench: the simulated month of Conseils / Progression
 * (bench/insights-month.ts) and the AWS cost model (bench/cost.ts) both read ATHLETE_USAGE.
 *
 * The seed ("Flux AI Insights avec Cache") gives two numbers to align with: ~$50 a month for 1,000
 * active users WITHOUT cache, and $0.01–0.05 per generation. Their quotient is the seed's request
 * rate: 1,000–5,000 analyses a month, 1–5 per athlete (SEED_INSIGHTS below derives it). We take its
 * upper end (5 tab visits per athlete·month, the $0.01 price being the one closest to a small
 * model) and split it between the tabs. The seed's price per generation buys 5,000–25,000 output
 * tokens at gpt-5-mini prices, i.e. raw sessions in the prompt and default reasoning; our analyst
 * sends computed metrics with minimal reasoning (the month measures its tokens).
 * The seed's "95 % tier-1 hits" is its in-app service Map answering repeated reads of a tab within
 * 2 minutes; the app's query cache plays that part here (`returnsPerVisit`).
 */
export const SEED_INSIGHTS = {
  noCacheUsdPer1000UsersMonth: 50,
  usdPerGeneration: [0.01, 0.05] as const,
  withCacheUsdPer1000UsersMonth: [2, 5] as const,
};
/** Analyses an athlete would ask for in a month had nothing been cached: the seed's rate, upper end. */
export const SEED_VISITS_PER_MONTH = SEED_INSIGHTS.noCacheUsdPer1000UsersMonth / SEED_INSIGHTS.usdPerGeneration[0] / 1000;

export interface InsightsUsage {
  /** Sessions completed per week; each completion marks Conseils and the three Progression periods stale. */
  sessionsPerWeek: number;
  /** Days per week the athlete opens the app (every training day is one of them); each is one app visit. */
  activeDaysPerWeek: number;
  /** Visits of the Conseils tab per active day (as a probability; the seed's 5 visits/month split 60/40). */
  conseilsVisitsPerActiveDay: number;
  /** Visits of the Progression tab per active day, and which period each one reads. */
  progressionVisitsPerActiveDay: number;
  progressionPeriodShare: Readonly<Record<ProgressionPeriod, number>>;
  /** Later reads of the same tab in the same app visit (back from Today, Records…), 5–40 min after. */
  returnsPerVisit: number;
  /** Manual refreshes (`?refresh=1`) per athlete and month: Conseils, Progression (on the week period). */
  conseilsRefreshesPerMonth: number;
  progressionRefreshesPerMonth: number;
  /** Completed sessions already on file before the month starts (weeks), so analyses have history. */
  historyWeeks: number;
  /** Local hours the app is used in ([from, to), UTC profiles). */
  dayHours: readonly [number, number];
}

const ACTIVE_DAYS_PER_WEEK = 5;
const activeDaysPerMonth = (ACTIVE_DAYS_PER_WEEK * 30) / 7;

export const ATHLETE_USAGE: InsightsUsage = {
  sessionsPerWeek: 3,
  activeDaysPerWeek: ACTIVE_DAYS_PER_WEEK,
  conseilsVisitsPerActiveDay: (0.6 * SEED_VISITS_PER_MONTH) / activeDaysPerMonth,
  progressionVisitsPerActiveDay: (0.4 * SEED_VISITS_PER_MONTH) / activeDaysPerMonth,
  progressionPeriodShare: { week: 0.7, month: 0.2, quarter: 0.1 },
  returnsPerVisit: 1,
  conseilsRefreshesPerMonth: 0.3,
  progressionRefreshesPerMonth: 0.2,
  historyWeeks: 12,
  dayHours: [7, 22],
};
/** The name the bench used before the model was shared. */
export const SEED_USAGE = ATHLETE_USAGE;

export const MONTH_DAYS = 30;

/** A read of a tab; `visit` numbers the athlete's app visits (one per active day: the app's cache lives that long). */
export type UsageEvent =
  | { at: number; user: number; type: 'complete'; visit: number }
  | { at: number; user: number; type: 'insights'; refresh: boolean; visit: number }
  | { at: number; user: number; type: 'progression'; period: ProgressionPeriod; refresh: boolean; visit: number };


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

/** A Progression period drawn from the stated shares. */
function periodOf(random: () => number, share: InsightsUsage['progressionPeriodShare']): ProgressionPeriod {
  let left = random() * progressionPeriods.reduce((sum, p) => sum + share[p], 0);
  for (const period of progressionPeriods) {
    left -= share[period];
    if (left < 0) return period;
  }
  return 'week';
}

export interface UserMonth {
  /** Completions before the month (history), epoch ms. */
  history: number[];
  events: UsageEvent[];
}

const MINUTE = 60_000;

/**
 * One athlete's month from `start` (epoch ms, a UTC midnight): training days among the active days
 * of each week; on each active day one app visit, a session completed at a random time of it on
 * training days, tab visits at random times (each read again `returnsPerVisit` times 5–40 min
 * later, the same visit), manual refreshes spread over the month on existing reads.
 */
export function generateUserMonth(usage: InsightsUsage, user: number, start: number, random: () => number): UserMonth {
  const dayMs = 86_400_000;
  const [fromHour, toHour] = usage.dayHours;
  const lastMinute = (day: number) => start + day * dayMs + toHour * 3_600_000 - 1;
  const timeIn = (day: number) => start + day * dayMs + Math.floor((fromHour + random() * (toHour - fromHour)) * 3_600_000);
  const history: number[] = [];
  for (let week = -usage.historyWeeks; week < 0; week++) {
    for (const day of pickDays(random, week * 7, 7, weekly(random, usage.sessionsPerWeek))) history.push(timeIn(day));
  }
  const events: UsageEvent[] = [];
  const tabVisit = (day: number, read: (at: number) => UsageEvent) => {
    let at = timeIn(day);
    events.push(read(at));
    for (let i = countOf(random, usage.returnsPerVisit); i > 0; i--) {
      at = Math.min(lastMinute(day), at + Math.floor((5 + random() * 35) * MINUTE));
      events.push(read(at));
    }
  };
  for (let week = 0; week * 7 < MONTH_DAYS; week++) {
    const span = Math.min(7, MONTH_DAYS - week * 7);
    const scale = span / 7;
    const active = pickDays(random, week * 7, span, Math.max(weekly(random, usage.activeDaysPerWeek * scale), 0));
    const training = new Set(pickDays(random, 0, active.length, weekly(random, usage.sessionsPerWeek * scale)).map((i) => active[i]!));
    for (const day of active) {
      const visit = day;
      if (training.has(day)) events.push({ at: timeIn(day), user, type: 'complete', visit });
      for (let i = countOf(random, usage.conseilsVisitsPerActiveDay); i > 0; i--) tabVisit(day, (at) => ({ at, user, type: 'insights', refresh: false, visit }));
      for (let i = countOf(random, usage.progressionVisitsPerActiveDay); i > 0; i--) {
        const period = periodOf(random, usage.progressionPeriodShare);
        tabVisit(day, (at) => ({ at, user, type: 'progression', period, refresh: false, visit }));
      }
    }
  }
  events.sort((a, b) => a.at - b.at);
  markRefreshes(random, events, (e) => e.type === 'insights', countOf(random, usage.conseilsRefreshesPerMonth));
  markRefreshes(random, events, (e) => e.type === 'progression' && e.period === 'week', countOf(random, usage.progressionRefreshesPerMonth));
  return { history: history.sort((a, b) => a - b), events };
}

/** Turns `count` of the matching reads (random ones) into manual refreshes. */
function markRefreshes(random: () => number, events: UsageEvent[], matches: (event: UsageEvent) => boolean, count: number) {
  const candidates = events.filter((event) => event.type !== 'complete' && matches(event));
  for (const index of pickDays(random, 0, candidates.length, count)) {
    const event = candidates[index]!;
    if (event.type !== 'complete') event.refresh = true;
  }
}

/** Every athlete's month, generated from one seed. */
export function generateMonth(usage: InsightsUsage, users: number, start: number, seed = 1): UserMonth[] {
  const random = uniformRandom(seed);
  return Array.from({ length: users }, (_, user) => generateUserMonth(usage, user, start, random));
}

/** What a month of events holds, per athlete on average (printed next to the assumptions). */
export function describeMonth(months: UserMonth[]) {
  const count = (test: (event: UsageEvent) => boolean) => months.reduce((n, m) => n + m.events.filter(test).length, 0) / Math.max(1, months.length);
  return {
    completions: count((e) => e.type === 'complete'),
    conseilsReads: count((e) => e.type === 'insights'),
    progressionReads: count((e) => e.type === 'progression'),
    refreshes: count((e) => e.type !== 'complete' && e.refresh),
  };
}

/**
 * The app's query cache over one app visit (frontend/src/training/insights/useInsights.ts): an
 * answer is kept until the server's `expiresAt` (or, for a stale one, its `stale.refreshAt`); a
 * completed session drops them all (their keys sit under the session lists the completion
 * invalidates); a new visit starts empty (the cache is not persisted).
 */
export class AppQueryCache {
  private visit = -1;
  private readonly freshUntil = new Map<string, number>();

  /** True when `key` is answered from the app's cache at `at`. */
  hit(key: string, at: number, visit: number): boolean {
    this.enter(visit);
    const until = this.freshUntil.get(key);
    return until !== undefined && at < until;
  }

  store(key: string, until: number, visit: number): void {
    this.enter(visit);
    this.freshUntil.set(key, until);
  }

  /** A completed session. */
  invalidate(visit: number): void {
    this.enter(visit);
    this.freshUntil.clear();
  }

  private enter(visit: number) {
    if (visit !== this.visit) this.freshUntil.clear();
    this.visit = visit;
  }
}
