import { randomUUID } from 'node:crypto';
import type { ScheduledEvent } from 'aws-lambda';
import type { ScheduleEntry } from '../../manifest-types';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../settings';
import { invoke } from './invoke';
import { parseSchedule } from './schedule-expression';

export const scheduledEvent = (entry: ScheduleEntry, at = new Date()): ScheduledEvent => ({
  version: '0',
  id: randomUUID(),
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: LOCAL_ACCOUNT,
  time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  region: LOCAL_REGION,
  resources: [`arn:aws:events:${LOCAL_REGION}:${LOCAL_ACCOUNT}:rule/${entry.name}`],
  detail: {},
});

/** Runs one scheduled job now, as EventBridge would (`detail`: a hand-run's options, e.g. pre-generation's count). */
export const runJob = (entry: ScheduleEntry, detail: Record<string, unknown> = {}) =>
  invoke(entry.name, entry.handler, { ...scheduledEvent(entry), detail }, entry.timeoutSeconds ?? 300);

/** Fires each manifest schedule at its times (UTC) while the local runtime runs. */
export function startScheduler(schedules: ScheduleEntry[], log: (line: string) => void = () => undefined) {
  const timers = new Set<NodeJS.Timeout>();
  for (const entry of schedules) {
    const schedule = parseSchedule(entry.expression);
    const arm = () => {
      const delay = schedule.kind === 'rate' ? schedule.everyMs : schedule.next(new Date()).getTime() - Date.now();
      const timer = setTimeout(async () => {
        timers.delete(timer);
        try {
          await runJob(entry);
          log(`⏱ ${entry.name} ran`);
        } catch (error) {
          log(`✗ job ${entry.name}: ${(error as Error).message}`);
        }
        arm();
      }, Math.min(delay, 2_147_000_000));
      timer.unref();
      timers.add(timer);
    };
    arm();
  }
  return {
    stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
