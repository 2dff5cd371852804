/**
 * EventBridge schedule expressions in UTC: `rate(5 minutes)` and
 * `cron(minutes hours day-of-month month day-of-week year)` with *, ?, lists, ranges, steps and names.
 */
export type Schedule = { kind: 'rate'; everyMs: number } | { kind: 'cron'; next(after: Date): Date };

const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

export function parseSchedule(expression: string): Schedule {
  const rate = /^rate\((\d+)\s+(minute|minutes|hour|hours|day|days)\)$/.exec(expression.trim());
  if (rate) {
    const amount = Number(rate[1]);
    if (amount < 1) throw new Error(`Invalid rate in "${expression}": must be at least 1`);
    return { kind: 'rate', everyMs: amount * UNIT_MS[rate[2]!.replace(/s$/, '')]! };
  }
  const cron = /^cron\((.+)\)$/.exec(expression.trim());
  if (!cron) throw new Error(`Unsupported schedule "${expression}": use rate(...) or cron(...)`);
  const fields = cron[1]!.trim().split(/\s+/);
  if (fields.length !== 6) throw new Error(`cron needs 6 fields (min hour dom month dow year): "${expression}"`);
  const [min, hour, dom, month, dow, year] = fields as [string, string, string, string, string, string];
  if (dom !== '?' && dow !== '?') throw new Error(`cron "${expression}": one of day-of-month or day-of-week must be "?"`);
  const minutes = parseField(min, 0, 59);
  const hours = parseField(hour, 0, 23);
  const days = dom === '?' ? null : parseField(dom, 1, 31);
  const months = parseField(month, 1, 12, MONTHS, 1);
  const weekdays = dow === '?' ? null : parseField(dow, 1, 7, DAYS, 1);
  const years = parseField(year, 1970, 2199);

  return {
    kind: 'cron',
    next(after: Date): Date {
      const t = new Date(after.getTime());
      t.setUTCSeconds(0, 0);
      t.setUTCMinutes(t.getUTCMinutes() + 1);
      const limit = after.getTime() + 5 * 366 * 86_400_000;
      while (t.getTime() <= limit) {
        const dayOk =
          years.has(t.getUTCFullYear()) &&
          months.has(t.getUTCMonth() + 1) &&
          (days ? days.has(t.getUTCDate()) : true) &&
          (weekdays ? weekdays.has(t.getUTCDay() + 1) : true);
        if (!dayOk) {
          t.setUTCHours(0, 0, 0, 0);
          t.setUTCDate(t.getUTCDate() + 1);
        } else if (!hours.has(t.getUTCHours())) {
          t.setUTCMinutes(0);
          t.setUTCHours(t.getUTCHours() + 1);
        } else if (!minutes.has(t.getUTCMinutes())) {
          t.setUTCMinutes(t.getUTCMinutes() + 1);
        } else {
          return t;
        }
      }
      throw new Error(`cron "${expression}" never fires`);
    },
  };
}

function parseField(field: string, min: number, max: number, names: string[] = [], nameOffset = 0): Set<number> {
  const values = new Set<number>();
  const toNumber = (token: string): number => {
    const index = names.indexOf(token.toUpperCase());
    const value = index >= 0 ? index + nameOffset : Number(token);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`"${token}" is out of range ${min}-${max}`);
    return value;
  };
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/') as [string, string | undefined];
    const step = stepText ? Number(stepText) : 1;
    if (!Number.isInteger(step) || step < 1) throw new Error(`Invalid step in "${part}"`);
    let from = min;
    let to = max;
    if (range !== '*' && range !== '?') {
      const [a, b] = range.split('-') as [string, string | undefined];
      from = toNumber(a);
      to = b !== undefined ? toNumber(b) : stepText ? max : from;
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}
