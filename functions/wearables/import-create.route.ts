import type { HttpRoute } from '../../infra/manifest-types';
import { importCreateBody, importCreatedAnswer } from './import-schemas';

export const route = {
  name: 'create-wearable-import',
  method: 'POST',
  path: '/wearables/imports',
  handler: 'functions/wearables/import-create.ts',
  access: 'user',
  grants: ['table:write', 'bucket:imports:upload'],
  contract: {
    summary:
      'Start importing a FIT, TCX or GPX file (up to 20 MB): answers an import job and a presigned upload URL; PUT the file there, then poll GET /wearables/imports/{id}',
    tags: ['wearables'],
    body: importCreateBody,
    responses: {
      201: { description: 'Job created, awaiting the upload', schema: importCreatedAnswer },
      400: { description: 'Too large (sizeBytes, too_big), or no known format (format, invalid_value)' },
    },
  },
} satisfies HttpRoute;
