import { analysisProblems, progressionQuery, progressionResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-progression',
  method: 'GET',
  path: '/training/progression',
  handler: 'functions/insights/get-progression.ts',
  access: 'user',
  // Writes: the cache item, its generation lease, the refresh counter and the AI usage.
  grants: ['table:read', 'table:write', 'secret:openai:read'],
  // Below API Gateway's 29 s integration limit; the OpenAI attempt keeps 4 s for the offline analyst.
  timeoutSeconds: 29,
  contract: {
    summary: 'Progression over 4 / 12 / 24 weeks: two paragraphs, three recommendations and the weekly series (cached 24 h; `refresh=1` once per hour)',
    tags: ['training'],
    query: progressionQuery,
    responses: { 200: { description: 'The analysis, with the cache tier that served it', schema: progressionResponse }, ...analysisProblems },
  },
} satisfies HttpRoute;
