import { enrichmentProgressSchema } from '../../shared/domain/training/enrichment-status';
import { sessionIdParams } from '../training/schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-enrichment',
  method: 'GET',
  path: '/training/sessions/{id}/enrichment',
  handler: 'functions/enrichment/get-enrichment.ts',
  access: 'user',
  grants: ['table:read'],
  contract: {
    summary: 'Enrichment status, queue position and estimated wait; the content once enriched',
    tags: ['training'],
    params: sessionIdParams,
    responses: { 200: { description: 'Progress or content', schema: enrichmentProgressSchema }, 404: { description: 'No such session' } },
  },
} satisfies HttpRoute;
