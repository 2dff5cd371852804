import { zoneOffsetMs } from '../time/zoned';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Month names and abbreviations as the apps localise them (English and French), folded to lower case without dots. */
const MONTHS: Record<string, number> = {};
const monthNames: string[][] = [
  ['jan', 'january', 'janv', 'janvier'],
  ['feb', 'february', 'fev', 'févr', 'fevr', 'février', 'fevrier'],
  ['mar', 'march', 'mars'],
  ['apr', 'april', 'avr', 'avril'],
  ['may', 'mai'],
  ['jun', 'june', 'juin'],
  ['jul', 'july', 'juil', 'juillet'],
  ['aug', 'august', 'aou', 'août', 'aout'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'october', 'octobre'],
  ['nov', 'november', 'novembre'],
  ['dec', 'december', 'déc', 'décembre', 'decembre'],
];
monthNames.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

const TIME = String.raw`(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?`;
/** 2025-01-15 18:04:00, 2025-01-15T18:04 */
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})[ T]${TIME}$`, 'i');
/** 15 Jan 2025, 18:04 · 15 janv. 2025 à 18:04 */
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})\.?\s+([^\s\d,.]+)\.?\s+(\d{4}),?\s*(?:à|at)?\s*${TIME}$`, 'i');
/** Jan 15, 2025, 6:04 PM */
const MONTH_DAY = new RegExp(String.raw`^([^\s\d,.]+)\.?\s+(\d{1,2}),?\s+(\d{4}),?\s*(?:at)?\s*${TIME}$`, 'i');

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

function valid(clock: WallClock): WallClock | null {
  const date = new Date(Date.UTC(clock.year, clock.month - 1, clock.day));
  const sameDay = date.getUTCFullYear() === clock.year && date.getUTCMonth() === clock.month - 1 && date.getUTCDate() === clock.day;
  return sameDay && clock.hour < 24 && clock.minute < 60 && clock.second < 60 ? clock : null;
}

/** A date-time written without a zone, in the formats Strong and Hevy export; null when not one of them. */
export function parseWallClock(text: string): WallClock | null {
  const value = text.trim().replace(/\s+/g, ' ');
  const time = (h: string, m: string, s: string | undefined, meridiem: string | undefined) => ({ hour: hour24(Number(h), meridiem), minute: Number(m), second: Number(s ?? 0) });
  let match = ISO.exec(value);
  if (match) return valid({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), ...time(match[4]!, match[5]!, match[6], match[7]) });
  match = DAY_MONTH.exec(value);
  if (match) {
    const month = MONTHS[match[2]!.toLowerCase()];
    return month ? valid({ year: Number(match[3]), month, day: Number(match[1]), ...time(match[4]!, match[5]!, match[6], match[7]) }) : null;
  }
  match = MONTH_DAY.exec(value);
  if (match) {
    const month = MONTHS[match[1]!.toLowerCase()];
    return month ? valid({ year: Number(match[3]), month, day: Number(match[2]), ...time(match[4]!, match[5]!, match[6], match[7]) }) : null;
  }
  return null;
}

/** The instant a wall-clock time names in a time zone (in a DST gap, the offset in force before it). */
export function instantInZone(clock: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  let instant = asUtc - zoneOffsetMs(new Date(asUtc), timeZone);
  instant = asUtc - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** "1h 5m", "45m", "1h", "30s", "1:05:00" or plain seconds → seconds; null when empty or unreadable. */
export function parseDurationSec(text: string): number | null {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const clock = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (clock) return clock[3] === undefined ? Number(clock[1]) * 60 + Number(clock[2]) : Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const parts = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:m|min))?\s*(?:(\d+)\s*s)?$/.exec(value);
  if (!parts || (parts[1] ?? parts[2] ?? parts[3]) === undefined) return null;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}
