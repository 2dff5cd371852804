import { activityResponse, manualActivityBody } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'create-manual-activity',
  method: 'POST',
  path: '/forge/manual-activities',
  handler: 'functions/forge/create-manual-activity.ts',
  access: 'user',
  // The profile is created with defaults on a first read, so routes that need the time zone also write.
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Log a manual activity',
    tags: ['forge'],
    body: manualActivityBody,
    responses: { 201: { description: 'Created (see id)', schema: activityResponse } },
  },
} satisfies HttpRoute;
