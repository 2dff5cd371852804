import { insightsQuery, insightsResponse, progressionQuery, progressionResponse } from '../../functions/insights/schemas';
import type { HttpRoute } from '../manifest-types';

const tags = ['training'];
const problems = {
  400: { description: 'A query parameter is invalid (errors[] names it)' },
  429: { description: 'Manual refresh already used this hour; `Retry-After` says when the next one is allowed' },
};

/** Conseils and Progression: AI insights on a two-tier cache (memory 2 min, table 7 d / 24 h), then generation. */
export const insightsRoutes: HttpRoute[] = [
  {
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
      tags,
      query: insightsQuery,
      responses: { 200: { description: 'The analysis, with the cache tier that served it', schema: insightsResponse }, ...problems },
    },
  },
  {
    name: 'get-progression',
    method: 'GET',
    path: '/training/progression',
    handler: 'functions/insights/get-progression.ts',
    access: 'user',
    grants: ['table:read', 'table:write', 'secret:openai:read'],
    timeoutSeconds: 29,
    contract: {
      summary: 'Progression over 4 / 12 / 24 weeks: two paragraphs, three recommendations and the weekly series (cached 24 h; `refresh=1` once per hour)',
      tags,
      query: progressionQuery,
      responses: { 200: { description: 'The analysis, with the cache tier that served it', schema: progressionResponse }, ...problems },
    },
  },
];
