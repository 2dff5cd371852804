import { createSessionBody, createSessionResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'create-session',
  method: 'POST',
  path: '/training/sessions',
  handler: 'functions/training/create-session.ts',
  access: 'user',
  grants: ['table:read', 'table:write', 'secret:openai:read'],
  // Below API Gateway's 29 s integration limit; the OpenAI attempt keeps 4 s for the offline fallback.
  timeoutSeconds: 29,
  contract: {
    summary: 'Create a draft session: from your own exercises (`exercises`), or written by a coach (OpenAI or the offline coach)',
    tags: ['training'],
    body: createSessionBody,
    responses: {
      201: { description: 'Draft session; coach-generated ones carry `generation` (provider, why offline, AI budget, tokens)', schema: createSessionResponse },
      404: { description: 'locationId is not one of your locations' },
    },
  },
} satisfies HttpRoute;
