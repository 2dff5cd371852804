import { recordListResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'get-records',
  method: 'GET',
  path: '/training/records',
  handler: 'functions/training/get-records.ts',
  access: 'user',
  grants: ['table:read'],
  contract: { summary: 'Personal records', tags: ['training'], responses: { 200: { description: 'Records', schema: recordListResponse } } },
} satisfies HttpRoute;
