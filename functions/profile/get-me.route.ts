import { profileSchema } from '../../shared/domain/profile/profile';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-me',
  method: 'GET',
  path: '/me',
  handler: 'functions/profile/get-me.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: "The caller's profile, created with defaults on first read",
    tags: ['profile'],
    responses: { 200: { description: 'Profile', schema: profileSchema } },
  },
} satisfies HttpRoute;
