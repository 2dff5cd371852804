import { insightsQuery, insightsResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-forge-insights',
  method: 'GET',
  path: '/forge/insights',
  handler: 'functions/forge/get-insights.ts',
  access: 'user',
  // The profile is created with defaults on a first read, so routes that need the time zone also write.
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Last 7 or 30 days against the period before: totals, share per source, trends',
    tags: ['forge'],
    query: insightsQuery,
    responses: { 200: { description: 'Insights', schema: insightsResponse } },
  },
} satisfies HttpRoute;
