/**
 * Pure helpers of the Forge screens (tested in test/unit/frontend/forge-*.test.ts): sources and
 * their colours, what a day's totals mean next to Training's, trends, dates of the forms, the
 * calories-per-day series and the manual-activity form rules.
 */
import type { Activity, ActivitySource, ForgeDay, ManualActivityChanges, ManualActivityInput, Trend } from './types';

export const SOURCES = ['training_session', 'manual', 'wearable'] as const satisfies readonly ActivitySource[];

/** Source colours: distinct hues, each at least 4.5:1 against white (text and bars alike). */
export const SOURCE_COLORS: Record<ActivitySource, string> = { training_session: '#c2410c', manual: '#1d4ed8', wearable: '#047857' };

/** Activity types offered for a manual activity (labels in the dictionaries as `forge.type.<type>`). */
export const MANUAL_TYPES = ['walking', 'running', 'cycling', 'swimming', 'hiking', 'strength', 'yoga', 'sport', 'dance', 'housework', 'gardening', 'other'] as const;
export type ManualType = (typeof MANUAL_TYPES)[number];
export const isManualType = (type: string): type is ManualType => (MANUAL_TYPES as readonly string[]).includes(type);

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The day's totals are kept by the stream consumer a moment after an activity is written: until
 * they agree with the listed activities, the screen says it is updating and polls quickly.
 */
export function summaryMatchesActivities(day: Pick<ForgeDay, 'summary' | 'activities'>): boolean {
  const { summary, activities } = day;
  if (summary.count !== activities.length) return false;
  const calories = sum(activities.map((a) => a.calories ?? 0));
  const minutes = sum(activities.map((a) => a.durationMin));
  return Math.abs(round1(calories) - summary.calories) < 0.25 && Math.abs(round1(minutes) - summary.minutes) < 0.25;
}

/**
 * Why Forge's totals and Training's Today differ (seed scenarios): Training counts its sessions
 * only, Forge every source.
 */
export type DayScenario = 'empty' | 'trainingOnly' | 'mixed' | 'otherOnly';
export function dayScenario(summary: ForgeDay['summary']): DayScenario {
  const training = summary.bySource.training_session.count;
  const other = summary.bySource.manual.count + summary.bySource.wearable.count;
  if (training === 0 && other === 0) return 'empty';
  if (other === 0) return 'trainingOnly';
  return training === 0 ? 'otherOnly' : 'mixed';
}

/** What the other sources add on top of Training's own numbers. */
export function otherThanTraining(summary: ForgeDay['summary']): { calories: number; minutes: number } {
  return {
    calories: round1(summary.bySource.manual.calories + summary.bySource.wearable.calories),
    minutes: round1(summary.bySource.manual.minutes + summary.bySource.wearable.minutes),
  };
}

/** A trend in words: up / down by a percent, up from nothing, or about the same. */
export type TrendWords = { kind: 'up' | 'down'; percent: number } | { kind: 'upFromZero' } | { kind: 'flat' };
export function trendWords(trend: Trend): TrendWords {
  if (trend.direction === 'flat') return { kind: 'flat' };
  if (trend.changePercent === null) return trend.direction === 'up' ? { kind: 'upFromZero' } : { kind: 'flat' };
  return { kind: trend.direction, percent: Math.round(Math.abs(trend.changePercent)) };
}

/** A calendar day ± n days (YYYY-MM-DD, no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` value in this browser's time zone. */
export function toDateTimeLocal(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (this browser's time zone) as an ISO instant, or null when it is not one. */
export function fromDateTimeLocal(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Where a new activity starts by default: now (less its duration) on today's screen, noon on another day. */
export function defaultStart(day: string, isToday: boolean, now = new Date(), durationMin = 30): string {
  if (isToday) return toDateTimeLocal(new Date(now.getTime() - durationMin * 60_000).toISOString());
  return `${day}T12:00`;
}

/** Calories per day and source over [from, to] (every day listed, 0 when nothing was tracked). */
export function caloriesPerDay(activities: readonly Pick<Activity, 'localDay' | 'source' | 'calories'>[], from: string, to: string): { days: string[]; bySource: Record<ActivitySource, number[]> } {
  const days = daysBetween(from, to);
  const index = new Map(days.map((day, i) => [day, i]));
  const bySource = Object.fromEntries(SOURCES.map((source) => [source, days.map(() => 0)])) as Record<ActivitySource, number[]>;
  for (const activity of activities) {
    const i = index.get(activity.localDay);
    if (i === undefined) continue;
    bySource[activity.source][i] = round1(bySource[activity.source][i]! + (activity.calories ?? 0));
  }
  return { days, bySource };
}

/** The values typed in the manual-activity form (strings, as inputs hold them). */
export interface ActivityFormValues {
  type: string;
  title: string;
  start: string;
  durationMin: string;
  calories: string;
  distanceKm: string;
  avgHr: string;
  maxHr: string;
  notes: string;
}

export type FormField = keyof ActivityFormValues;
/** A field problem as a dictionary key and its placeholders (translated by the form). */
export type FieldProblem = { key: 'required' | 'number' | 'wholeNumber' | 'range' | 'future' | 'hrOrder' | 'tooLong'; vars?: Record<string, number> };

export function formValuesOf(activity: Activity | null, start: string): ActivityFormValues {
  const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  if (!activity) return { type: 'walking', title: '', start, durationMin: '30', calories: '', distanceKm: '', avgHr: '', maxHr: '', notes: '' };
  return {
    type: activity.type,
    title: activity.title,
    start: toDateTimeLocal(activity.startAt),
    durationMin: text(activity.durationMin),
    calories: text(activity.calories),
    distanceKm: text(activity.distanceKm),
    avgHr: text(activity.avgHr),
    maxHr: text(activity.maxHr),
    notes: activity.notes ?? '',
  };
}

/** Tolerated clock skew for a start "now" (the API allows 5 min too). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * The form as an API body (the same rules as the API, so mistakes are caught before sending and
 * said in the UI's language), or the problems per field.
 */
export function parseActivityForm(values: ActivityFormValues, now = new Date()): { body: ManualActivityInput } | { problems: Partial<Record<FormField, FieldProblem>> } {
  const problems: Partial<Record<FormField, FieldProblem>> = {};
  const number = (field: FormField, min: number, max: number, options: { integer?: boolean; required?: boolean } = {}): number | null => {
    const raw = values[field].trim().replace(',', '.');
    if (raw === '') {
      if (options.required) problems[field] = { key: 'required' };
      return null;
    }
    const value = Number(raw);
    if (!Number.isFinite(value)) problems[field] = { key: 'number' };
    else if (options.integer && !Number.isInteger(value)) problems[field] = { key: 'wholeNumber' };
    else if (value < min || value > max) problems[field] = { key: 'range', vars: { min, max } };
    else return value;
    return null;
  };
  const type = values.type.trim();
  if (!type) problems.type = { key: 'required' };
  else if (type.length > 60) problems.type = { key: 'tooLong', vars: { max: 60 } };
  const title = values.title.trim();
  if (title.length > 120) problems.title = { key: 'tooLong', vars: { max: 120 } };
  const startAt = fromDateTimeLocal(values.start);
  if (!values.start) problems.start = { key: 'required' };
  else if (!startAt) problems.start = { key: 'number' };
  else if (Date.parse(startAt) > now.getTime() + FUTURE_TOLERANCE_MS) problems.start = { key: 'future' };
  const durationMin = number('durationMin', 1, 1440, { integer: true, required: true });
  const calories = number('calories', 0, 20_000);
  const distanceKm = number('distanceKm', 0, 1000);
  const avgHr = number('avgHr', 20, 260, { integer: true });
  const maxHr = number('maxHr', 20, 260, { integer: true });
  if (avgHr !== null && maxHr !== null && avgHr > maxHr) problems.avgHr = { key: 'hrOrder' };
  const notes = values.notes.trim();
  if (notes.length > 2000) problems.notes = { key: 'tooLong', vars: { max: 2000 } };
  if (Object.keys(problems).length > 0) return { problems };
  return {
    body: {
      type,
      ...(title ? { title } : {}),
      startAt: startAt!,
      durationMin: durationMin!,
      calories,
      distanceKm,
      avgHr,
      maxHr,
      notes: notes || null,
    },
  };
}

/** Only what changed, for a PATCH (an empty object means nothing to send). */
export function changesOf(activity: Activity, body: ManualActivityInput): ManualActivityChanges {
  const changes: Record<string, unknown> = {};
  const title = body.title ?? body.type;
  if (body.type !== activity.type) changes.type = body.type;
  if (title !== activity.title) changes.title = title;
  if (Date.parse(body.startAt) !== Date.parse(activity.startAt)) changes.startAt = body.startAt;
  for (const field of ['durationMin', 'calories', 'distanceKm', 'avgHr', 'maxHr', 'notes'] as const) {
    const next = body[field] ?? null;
    if (next !== activity[field]) changes[field] = next;
  }
  return changes as ManualActivityChanges;
}

/** API field paths (`startAt`) to the form's fields (`start`). */
export const apiFieldToForm: Record<string, FormField> = {
  type: 'type',
  title: 'title',
  startAt: 'start',
  durationMin: 'durationMin',
  calories: 'calories',
  distanceKm: 'distanceKm',
  avgHr: 'avgHr',
  maxHr: 'maxHr',
  notes: 'notes',
};
