import { activityListResponse, historyQuery } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'list-forge-activities',
  method: 'GET',
  path: '/forge/activities',
  handler: 'functions/forge/list-activities.ts',
  access: 'user',
  // The profile is created with defaults on a first read, so routes that need the time zone also write.
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Activity history of all sources, newest first (5 min client cache)',
    tags: ['forge'],
    query: historyQuery,
    responses: { 200: { description: 'A page of activities', schema: activityListResponse } },
  },
} satisfies HttpRoute;
