import { exercisesQuery, exercisesResponse } from '../../functions/exercises/schemas';
import type { HttpRoute } from '../manifest-types';

/** The exercise catalog (coaches only prescribe from it). POST /training/sessions is in training-routes. */
export const coachRoutes: HttpRoute[] = [
  {
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
  },
];
