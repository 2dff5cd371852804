import { dayQuery, dayResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-forge-day',
  method: 'GET',
  path: '/forge/day',
  handler: 'functions/forge/get-day.ts',
  access: 'user',
  // The profile is created with defaults on a first read, so routes that need the time zone also write.
  grants: ['table:read', 'table:write'],
  contract: {
    summary: "A day's totals (all sources, per source, synced sessions) and its activities; live (no-store)",
    tags: ['forge'],
    query: dayQuery,
    responses: { 200: { description: 'The day', schema: dayResponse } },
  },
} satisfies HttpRoute;
