import { analysisProblems, insightsQuery, insightsResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-insights',
  method: 'GET',
  path: '/training/insights',
  handler: 'functions/insights/get-insights.ts',
  access: 'user',
  // Writes: the cache item, its generation lease, the refresh counter and the AI usage.
  grants: ['table:read', 'table:write', 'secret:openai:read'],
  // Below API Gateway's 29 s integration limit; the OpenAI attempt keeps 4 s for the offline analyst.
  timeoutSeconds: 29,
  contract: {
    summary: 'Conseils: summary, trends, imbalances, weak points, recommendations and next week’s focus from the last 90 days (cached 7 days; `refresh=1` once per hour)',
    tags: ['training'],
    query: insightsQuery,
    responses: { 200: { description: 'The analysis, with the cache tier that served it', schema: insightsResponse }, ...analysisProblems },
  },
} satisfies HttpRoute;
