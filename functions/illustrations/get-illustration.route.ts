import type { HttpRoute } from '../../infra/manifest-types';
import { illustrationAnswerSchema, illustrationQuery } from './schemas';

export const route = {
  name: 'get-illustration',
  method: 'GET',
  path: '/illustrations',
  handler: 'functions/illustrations/get-illustration.ts',
  access: 'user',
  grants: ['table:read', 'table:write', 'queue:illustrations:send'],
  contract: {
    summary: "An exercise's illustration: ready with its URLs, or pending while it is generated (queued on a miss); poll until ready",
    tags: ['illustrations'],
    query: illustrationQuery,
    responses: {
      200: { description: 'Ready (url, urls), pending (job) or failed (job with its error)', schema: illustrationAnswerSchema },
      400: { description: 'No catalog exercise matches `exercise` (code unknown_exercise)' },
    },
  },
} satisfies HttpRoute;
