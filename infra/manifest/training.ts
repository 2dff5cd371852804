import type { ScheduleEntry } from '../manifest-types';

export const trainingSchedules: ScheduleEntry[] = [
  {
    name: 'daily-cleanup',
    handler: 'functions/training/cleanup-job.ts',
    expression: 'cron(30 3 * * ? *)',
    description: 'Delete recovery snapshots older than 7 days or of finished sessions',
    grants: ['table:read', 'table:write'],
    timeoutSeconds: 300,
  },
];
