import * as z from '../../shared/zod';
import { sessionResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const swapExerciseParams = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  index: z.coerce.number().check(z.int(), z.minimum(0), z.maximum(59), z.describe("The exercise's position over all blocks, as logged sets count it (0-based)")),
});

export const swapExerciseBody = z.strictObject({
  exerciseId: z.string().check(z.minLength(1), z.maxLength(60), z.describe('Catalog id of the exercise to do instead')),
});

export const route = {
  name: 'swap-exercise',
  method: 'POST',
  path: '/training/sessions/{id}/exercises/{index}/swap',
  handler: 'functions/training/swap-exercise.ts',
  access: 'user',
  grants: ['table:read', 'table:write', 'queue:enrichment:send'],
  contract: {
    summary: 'Swap a prescribed exercise for a catalog alternative (draft or active session; idempotent)',
    tags: ['training'],
    params: swapExerciseParams,
    body: swapExerciseBody,
    responses: {
      200: { description: 'The session with the new exercise (unchanged when it already was that exercise); logged sets are kept', schema: sessionResponse },
      404: { description: 'No such session' },
      409: { description: 'The session is completed' },
    },
  },
} satisfies HttpRoute;
