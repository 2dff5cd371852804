import { progressionQuery, progressionResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-forge-progression',
  method: 'GET',
  path: '/forge/progression',
  handler: 'functions/forge/get-progression.ts',
  access: 'user',
  // The profile is created with defaults on a first read, so routes that need the time zone also write.
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Weekly (week, month) or monthly (quarter) series of the day totals',
    tags: ['forge'],
    query: progressionQuery,
    responses: { 200: { description: 'Progression', schema: progressionResponse } },
  },
} satisfies HttpRoute;
