import { activityIdParams, activityResponse, manualActivityPatchBody } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'patch-manual-activity',
  method: 'PATCH',
  path: '/forge/manual-activities/{id}',
  handler: 'functions/forge/patch-manual-activity.ts',
  access: 'user',
  // The profile is created with defaults on a first read, so routes that need the time zone also write.
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Edit a manual activity (synced and wearable activities are read-only)',
    tags: ['forge'],
    params: activityIdParams,
    body: manualActivityPatchBody,
    responses: {
      200: { description: 'Updated activity', schema: activityResponse },
      404: { description: 'No such activity of yours' },
      409: { description: 'Read-only (synced from Training or imported from a wearable), or changed meanwhile' },
    },
  },
} satisfies HttpRoute;
