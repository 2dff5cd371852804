import { profileSchema, profileUpdateSchema } from '../../shared/domain/profile/profile';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'put-me',
  method: 'PUT',
  path: '/me',
  handler: 'functions/profile/put-me.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: "Change some of the caller's profile fields",
    tags: ['profile'],
    body: profileUpdateSchema,
    responses: {
      200: { description: 'Updated profile', schema: profileSchema },
      409: { description: 'Changed concurrently; retry' },
      413: { description: 'Body over 1 MB' },
    },
  },
} satisfies HttpRoute;
