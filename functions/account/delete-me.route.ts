import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'delete-me',
  method: 'DELETE',
  path: '/me',
  handler: 'functions/account/delete-me.ts',
  access: 'user',
  grants: ['table:read', 'table:write', 'cognito:admin', 'kms:wearables', 'secret:wearables:read'],
  // An erasure that stopped halfway can be run again with the same token.
  allowErasedAccount: true,
  contract: { summary: "Delete all of the caller's data and the account (providers' notification subscriptions revoked first, best effort)", tags: ['profile'], responses: { 204: { description: 'Deleted' } } },
} satisfies HttpRoute;
