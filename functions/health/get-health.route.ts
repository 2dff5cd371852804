import * as z from '../../shared/zod';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-health',
  method: 'GET',
  path: '/health',
  handler: 'functions/health/get-health.ts',
  access: 'public',
  grants: [],
  contract: {
    summary: 'Liveness check',
    tags: ['system'],
    responses: { 200: { description: 'The API is up', schema: z.object({ status: z.literal('ok') }) } },
  },
} satisfies HttpRoute;
