import { todaySchema } from '../../shared/domain/training/today';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-today',
  method: 'GET',
  path: '/training/today',
  handler: 'functions/training/get-today.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  contract: {
    summary: "Open sessions, goals, locations, devices, today's training stats, readiness and ACWR",
    tags: ['training'],
    responses: { 200: { description: 'Today', schema: todaySchema } },
  },
} satisfies HttpRoute;
