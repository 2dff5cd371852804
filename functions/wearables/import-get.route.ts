import type { HttpRoute } from '../../infra/manifest-types';
import { importIdParams, importJobAnswer } from './import-schemas';

export const route = {
  name: 'get-wearable-import',
  method: 'GET',
  path: '/wearables/imports/{id}',
  handler: 'functions/wearables/import-get.ts',
  access: 'user',
  grants: ['table:read'],
  contract: {
    summary: "An import job's status: awaiting_upload, processing, completed (with what the file became) or failed (with why)",
    tags: ['wearables'],
    params: importIdParams,
    responses: { 200: { description: 'The job', schema: importJobAnswer }, 404: { description: 'Not yours, expired or never created' } },
  },
} satisfies HttpRoute;
