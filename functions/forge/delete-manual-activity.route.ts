import { activityIdParams } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'delete-manual-activity',
  method: 'DELETE',
  path: '/forge/manual-activities/{id}',
  handler: 'functions/forge/delete-manual-activity.ts',
  access: 'user',
  // The profile is created with defaults on a first read, so routes that need the time zone also write.
  grants: ['table:read', 'table:write'],
  contract: {
    summary: 'Delete a manual activity',
    tags: ['forge'],
    params: activityIdParams,
    responses: {
      204: { description: 'Deleted' },
      404: { description: 'No such activity of yours' },
      409: { description: 'Read-only: delete the session in Training, or disconnect the wearable' },
    },
  },
} satisfies HttpRoute;
