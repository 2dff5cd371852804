import { historyQuery, sessionListResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'list-sessions',
  method: 'GET',
  path: '/training/sessions',
  handler: 'functions/training/list-sessions.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: { summary: 'Session history, newest first (light list items; the full session is GET /training/sessions/{id})', tags: ['training'], query: historyQuery, responses: { 200: { description: 'A page of list items', schema: sessionListResponse } } },
} satisfies HttpRoute;
