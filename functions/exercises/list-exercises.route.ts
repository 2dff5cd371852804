import { exercisesQuery, exercisesResponse } from './schemas';
import type { HttpRoute } from '../../infra/manifest-types';

export const route = {
  name: 'list-exercises',
  method: 'GET',
  path: '/exercises',
  handler: 'functions/exercises/list-exercises.ts',
  access: 'user',
  grants: [],
  contract: {
    summary: 'The exercise catalog, filtered by discipline, coach and free text',
    tags: ['coaches'],
    query: exercisesQuery,
    responses: { 200: { description: 'Matching exercises in catalog order', schema: exercisesResponse } },
  },
} satisfies HttpRoute;
