import type { HttpRoute } from '../../infra/manifest-types';
import { importReportSchema, importSessionsBody, MAX_IMPORT_BODY_BYTES } from './import-schemas';

export const route = {
  name: 'import-sessions',
  method: 'POST',
  path: '/training/imports',
  handler: 'functions/training/import-sessions.ts',
  access: 'user',
  grants: ['table:read', 'table:write'],
  timeoutSeconds: 29,
  memoryMb: 1024,
  maxBodyBytes: MAX_IMPORT_BODY_BYTES,
  contract: {
    summary:
      'Import a Strong or Hevy CSV export: each workout becomes a completed session (metrics, records, Forge activity); importing the same file again adds nothing',
    tags: ['training'],
    body: importSessionsBody,
    responses: {
      200: { description: 'What was imported, skipped (and why) and which exercise names need a mapping', schema: importReportSchema },
      400: { description: 'The file cannot be read (errors[].params.line names the line), or a mapping names an exercise not in the catalog' },
      413: { description: 'Body above 6 MB' },
    },
  },
} satisfies HttpRoute;
