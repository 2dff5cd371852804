import { exportCsv, exportQuery, exportResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'export-me',
  method: 'GET',
  path: '/me/export',
  handler: 'functions/account/export-me.ts',
  access: 'user',
  grants: ['table:read'],
  contract: {
    summary: "Everything of the caller's, as JSON or CSV",
    tags: ['profile'],
    query: exportQuery,
    responses: {
      200: { description: 'The export: JSON, or text/csv with format=csv', schema: exportResponse, otherContent: { 'text/csv': exportCsv } },
    },
  },
} satisfies HttpRoute;
