import { ACTIVITY_SOURCES, type ActivitySource } from '../../shared/domain/forge/activity';
import type { ForgeDaySummary, SourceTotals } from '../../shared/domain/forge/day';
import { addDays, requireDayNumber } from '../../shared/domain/science/days';

/**
 * Forge Insights and Progression, computed from the day aggregates (`FDAY#<day>`) the stream
 * consumer keeps: pure functions of the day summaries of a range, so each route is one Query.
 */

const round1 = (value: number) => Math.round(value * 10) / 10;
const percent = (part: number, whole: number) => (whole > 0 ? round1((part / whole) * 100) : null);
const emptyBySource = () => Object.fromEntries(ACTIVITY_SOURCES.map((s) => [s, { calories: 0, minutes: 0, count: 0 }])) as Record<ActivitySource, SourceTotals>;

/** Days from `from` to `to` inclusive. */
export const daysBetween = (from: string, to: string) => requireDayNumber(to, 'to') - requireDayNumber(from, 'from') + 1;

interface Sums {
  calories: number;
  minutes: number;
  count: number;
  activeDays: number;
  syncedTrainingSessions: number;
  bySource: Record<ActivitySource, SourceTotals>;
}

function sumDays(days: ForgeDaySummary[]): Sums {
  const sums: Sums = { calories: 0, minutes: 0, count: 0, activeDays: 0, syncedTrainingSessions: 0, bySource: emptyBySource() };
  for (const day of days) {
    sums.calories += day.calories;
    sums.minutes += day.minutes;
    sums.count += day.count;
    sums.syncedTrainingSessions += day.syncedTrainingSessions;
    if (day.count > 0) sums.activeDays += 1;
    for (const source of ACTIVITY_SOURCES) {
      const into = sums.bySource[source];
      into.calories += day.bySource[source].calories;
      into.minutes += day.bySource[source].minutes;
      into.count += day.bySource[source].count;
    }
  }
  sums.calories = round1(sums.calories);
  sums.minutes = round1(sums.minutes);
  for (const totals of Object.values(sums.bySource)) {
    totals.calories = round1(totals.calories);
    totals.minutes = round1(totals.minutes);
  }
  return sums;
}

const within = (days: ForgeDaySummary[], from: string, to: string) => days.filter((d) => d.localDay >= from && d.localDay <= to);

export interface SourceShare extends SourceTotals {
  shareOfCalories: number | null;
  shareOfMinutes: number | null;
  shareOfCount: number | null;
}

export interface PeriodTotals {
  from: string;
  to: string;
  days: number;
  activeDays: number;
  calories: number;
  minutes: number;
  count: number;
  syncedTrainingSessions: number;
  avgCaloriesPerDay: number;
  avgMinutesPerDay: number;
  bySource: Record<ActivitySource, SourceShare>;
}

/** Totals, per-day averages and the share of each source over local days [from, to]. */
export function periodTotals(days: ForgeDaySummary[], from: string, to: string): PeriodTotals {
  const span = daysBetween(from, to);
  const sums = sumDays(within(days, from, to));
  const bySource = Object.fromEntries(
    ACTIVITY_SOURCES.map((source) => {
      const totals = sums.bySource[source];
      return [
        source,
        {
          ...totals,
          shareOfCalories: percent(totals.calories, sums.calories),
          shareOfMinutes: percent(totals.minutes, sums.minutes),
          shareOfCount: percent(totals.count, sums.count),
        },
      ];
    }),
  ) as Record<ActivitySource, SourceShare>;
  return {
    from,
    to,
    days: span,
    activeDays: sums.activeDays,
    calories: sums.calories,
    minutes: sums.minutes,
    count: sums.count,
    syncedTrainingSessions: sums.syncedTrainingSessions,
    avgCaloriesPerDay: round1(sums.calories / span),
    avgMinutesPerDay: round1(sums.minutes / span),
    bySource,
  };
}

export interface Trend {
  current: number;
  previous: number;
  change: number;
  changePercent: number | null;
  direction: 'up' | 'down' | 'flat';
}

/** Relative changes under this many percent count as flat. */
export const FLAT_PERCENT = 5;

export function trendOf(current: number, previous: number): Trend {
  const change = round1(current - previous);
  const changePercent = previous > 0 ? round1(((current - previous) / previous) * 100) : null;
  let direction: Trend['direction'];
  if (changePercent === null) direction = current > 0 ? 'up' : 'flat';
  else direction = Math.abs(changePercent) < FLAT_PERCENT ? 'flat' : changePercent > 0 ? 'up' : 'down';
  return { current: round1(current), previous: round1(previous), change, changePercent, direction };
}

export type InsightsPeriod = 'week' | 'month';
export const INSIGHTS_DAYS: Record<InsightsPeriod, number> = { week: 7, month: 30 };

/** The local days an insights request needs: the current period ending today and the one before it. */
export function insightsRange(period: InsightsPeriod, today: string) {
  const length = INSIGHTS_DAYS[period];
  const currentFrom = addDays(today, -(length - 1));
  return { from: addDays(currentFrom, -length), previousTo: addDays(currentFrom, -1), currentFrom, to: today };
}

/** Insights: the period ending today against the period before it, share per source, best day. */
export function insightsOf(days: ForgeDaySummary[], period: InsightsPeriod, today: string) {
  const range = insightsRange(period, today);
  const current = periodTotals(days, range.currentFrom, range.to);
  const previous = periodTotals(days, range.from, range.previousTo);
  let bestDay: { date: string; calories: number; minutes: number } | null = null;
  for (const day of within(days, range.currentFrom, range.to)) {
    if (day.count === 0) continue;
    if (!bestDay || day.calories > bestDay.calories || (day.calories === bestDay.calories && day.minutes > bestDay.minutes)) {
      bestDay = { date: day.localDay, calories: day.calories, minutes: day.minutes };
    }
  }
  let mainSource: ActivitySource | null = null;
  for (const source of ACTIVITY_SOURCES) {
    const minutes = current.bySource[source].minutes;
    if (minutes > 0 && (mainSource === null || minutes > current.bySource[mainSource].minutes)) mainSource = source;
  }
  return {
    period,
    current,
    previous,
    trends: {
      calories: trendOf(current.calories, previous.calories),
      minutes: trendOf(current.minutes, previous.minutes),
      count: trendOf(current.count, previous.count),
      activeDays: trendOf(current.activeDays, previous.activeDays),
    },
    bestDay,
    mainSource,
  };
}

export type ProgressionPeriod = 'week' | 'month' | 'quarter';

/** week → 4 weekly buckets, month → 12 weekly buckets, quarter → 6 monthly buckets (≈ 24 weeks). */
export const PROGRESSION_BUCKETS: Record<ProgressionPeriod, { granularity: 'week' | 'month'; count: number }> = {
  week: { granularity: 'week', count: 4 },
  month: { granularity: 'week', count: 12 },
  quarter: { granularity: 'month', count: 6 },
};

/** Monday of the (Monday-first) week of a day. */
export function weekStart(day: string): string {
  const n = requireDayNumber(day);
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  return addDays(day, -((n + 3) % 7));
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
function addMonths(firstOfMonth: string, delta: number): string {
  const [y, m] = firstOfMonth.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + delta, 1));
  return date.toISOString().slice(0, 10);
}

/** The buckets of a progression request, oldest first; the last one contains today. */
export function progressionBuckets(period: ProgressionPeriod, today: string): Array<{ start: string; end: string }> {
  const { granularity, count } = PROGRESSION_BUCKETS[period];
  const buckets: Array<{ start: string; end: string }> = [];
  if (granularity === 'week') {
    const current = weekStart(today);
    for (let i = count - 1; i >= 0; i--) {
      const start = addDays(current, -7 * i);
      buckets.push({ start, end: addDays(start, 6) });
    }
  } else {
    const current = monthStart(today);
    for (let i = count - 1; i >= 0; i--) {
      const start = addMonths(current, -i);
      buckets.push({ start, end: addDays(addMonths(start, 1), -1) });
    }
  }
  return buckets;
}

/** The local days a progression request reads. */
export function progressionRange(period: ProgressionPeriod, today: string) {
  const buckets = progressionBuckets(period, today);
  return { from: buckets[0]!.start, to: today };
}

/** Weekly or monthly series of the day aggregates, with totals, averages and the trend across the series. */
export function progressionOf(days: ForgeDaySummary[], period: ProgressionPeriod, today: string) {
  const { granularity } = PROGRESSION_BUCKETS[period];
  const buckets = progressionBuckets(period, today);
  const series = buckets.map(({ start, end }) => {
    const sums = sumDays(within(days, start, end));
    return {
      start,
      end,
      partial: end >= today,
      calories: sums.calories,
      minutes: sums.minutes,
      count: sums.count,
      activeDays: sums.activeDays,
      syncedTrainingSessions: sums.syncedTrainingSessions,
      bySource: sums.bySource,
    };
  });
  const all = sumDays(within(days, buckets[0]!.start, today));
  const n = series.length;
  const half = Math.floor(n / 2);
  const average = (items: typeof series, pick: (b: (typeof series)[number]) => number) => (items.length ? items.reduce((s, b) => s + pick(b), 0) / items.length : 0);
  const firstHalf = series.slice(0, half);
  const secondHalf = series.slice(n - half);
  return {
    period,
    granularity,
    from: buckets[0]!.start,
    to: today,
    series,
    totals: { calories: all.calories, minutes: all.minutes, count: all.count, activeDays: all.activeDays },
    averagePerBucket: {
      calories: round1(all.calories / n),
      minutes: round1(all.minutes / n),
      count: round1(all.count / n),
    },
    trends: {
      calories: trendOf(average(secondHalf, (b) => b.calories), average(firstHalf, (b) => b.calories)),
      minutes: trendOf(average(secondHalf, (b) => b.minutes), average(firstHalf, (b) => b.minutes)),
    },
  };
}
